// French (Canada) versions of the seed approaches, keyed by the English slug. Written in French
// from the start, with the names Quebec and Ontario services use (TCD, EMDR, IFS…).
import { bold, h, p, ul } from '../blocks';
import type { ApproachSeed } from '../approaches';

export type ApproachSeedFr = Omit<ApproachSeed, 'order'>;

export const approachesFr: Record<string, ApproachSeedFr> = {
  dbt: {
    name: 'TCD',
    fullName: 'Thérapie comportementale dialectique',
    slug: 'tcd',
    summary:
      'Une thérapie axée sur les habiletés, qui conjugue l’acceptation de soi et l’apprentissage de nouvelles façons de vivre ' +
      'les émotions intenses, de traverser une crise et de prendre soin de ses relations.',
    description: [
      p(
        'La thérapie comportementale dialectique (TCD, ou DBT en anglais) a été mise au point par la psychologue Marsha Linehan, ' +
          'd’abord auprès de personnes aux prises avec des émotions très intenses, de l’automutilation et des idées suicidaires. ' +
          'On l’utilise aujourd’hui bien plus largement, surtout quand les émotions montent trop fort, trop vite, et qu’il est difficile de redescendre.',
      ),
      p(
        '« Dialectique » veut dire tenir ensemble deux idées qui semblent tirer dans des directions opposées. En TCD, ces deux idées sont ',
        bold('l’acceptation'),
        ' (vous faites de votre mieux avec ce que vous avez en ce moment) et ',
        bold('le changement'),
        ' (et vous pouvez apprendre des habiletés qui rendent la vie plus vivable).',
      ),
      p('La TCD enseigne des habiletés concrètes dans quatre domaines :'),
      ul([
        [bold('La pleine conscience'), ' : remarquer ce qui se passe en vous et autour de vous, sans le juger.'],
        [bold('La tolérance à la détresse'), ' : traverser un moment douloureux sans empirer les choses.'],
        [bold('La régulation des émotions'), ' : comprendre ses émotions et réduire la fréquence et la force avec lesquelles elles nous submergent.'],
        [bold('L’efficacité interpersonnelle'), ' : demander ce dont on a besoin et poser ses limites tout en prenant soin de ses relations.'],
      ]),
      p(
        'Les programmes complets de TCD combinent souvent un groupe d’habiletés et une thérapie individuelle. Avec nous, votre intervenant·e ' +
          'peut voir avec vous quelles habiletés conviennent à vos objectifs et comment les pratiquer au quotidien.',
      ),
    ],
  },
  emdr: {
    name: 'EMDR',
    fullName: 'Désensibilisation et retraitement par les mouvements oculaires',
    slug: 'emdr',
    summary:
      'Une thérapie structurée pour les souvenirs pénibles. Pendant que vous évoquez brièvement un souvenir, vous suivez des mouvements ' +
      'des yeux, des tapotements ou des sons alternés, ce qui peut en diminuer la charge avec le temps.',
    description: [
      p(
        'L’EMDR (de l’anglais Eye Movement Desensitization and Reprocessing) a été développée par la psychologue Francine Shapiro à la fin ' +
          'des années 1980. On y a recours surtout pour des souvenirs de traumatismes et d’autres expériences difficiles qui restent très vifs, ' +
          'ou qui déclenchent encore de fortes réactions aujourd’hui.',
      ),
      p(
        'En EMDR, vous gardez en tête une partie d’un souvenir pendant de courts moments, tout en portant attention à quelque chose qui bouge ' +
          'd’un côté à l’autre (la main de votre thérapeute, un point à l’écran) ou à des tapotements ou des sons qui alternent. C’est ce qu’on appelle la ',
        bold('stimulation bilatérale'),
        '. Au fil des séances, bien des gens constatent que le souvenir devient moins bouleversant, et que les croyances qui s’y rattachent, ' +
          'comme « je ne suis pas en sécurité » ou « c’est de ma faute », commencent à changer.',
      ),
      p(
        'On ne commence pas par le souvenir le plus dur. Les premières rencontres servent à connaître votre histoire et à bâtir des moyens de ' +
          'vous sentir stable (ancrage, exercices de retour au calme), pour avoir sur quoi vous appuyer. C’est vous qui gardez le contrôle du rythme, ' +
          'et vous pouvez faire une pause en tout temps.',
      ),
      p('L’EMDR peut se faire par vidéo sécurisée : votre thérapeute peut utiliser un mouvement à l’écran ou vous montrer comment faire vous-même les tapotements.'),
    ],
  },
  ifs: {
    name: 'IFS',
    fullName: 'Systèmes familiaux intérieurs',
    slug: 'ifs',
    summary:
      'Une approche douce qui voit l’esprit comme formé de différentes « parties », chacune essayant d’aider à sa façon, et qui vous aide ' +
      'à les accueillir avec curiosité et compassion plutôt qu’à les combattre.',
    description: [
      p(
        'Le modèle des systèmes familiaux intérieurs (IFS, de l’anglais Internal Family Systems) a été créé par Richard Schwartz, un thérapeute ' +
          'familial qui remarquait que ses clients parlaient souvent d’eux-mêmes en parties : « une partie de moi veut demander de l’aide, une autre veut se cacher ». ' +
          'L’IFS prend cela au sérieux : chaque partie a une raison d’agir comme elle le fait, même quand sa façon d’aider crée des problèmes.',
      ),
      p('Dans le langage de l’IFS, on distingue quelques types de parties :'),
      ul([
        [bold('Les protecteurs'), ' cherchent à vous garder en sécurité, par exemple en planifiant, en critiquant, en restant occupés ou en engourdissant vite la douleur.'],
        [bold('Les exilés'), ' portent de vieilles blessures (honte, peur, solitude) que les autres parties s’efforcent de tenir à l’écart.'],
        [bold('Le Soi'), ' est le cœur calme, curieux et bienveillant que chacun possède, même quand on a du mal à le sentir.'],
      ]),
      p(
        'En thérapie, vous apprenez à connaître vos parties à partir de ce lieu plus calme, à un rythme que vos protecteurs peuvent accepter. ' +
          'Le but n’est pas de vous débarrasser d’une partie, mais de comprendre ce qui l’inquiète, pour qu’elle n’ait plus à travailler aussi fort.',
      ),
    ],
  },
  'somatic-therapy': {
    name: 'Thérapie somatique',
    fullName: 'Approches somatiques (axées sur le corps)',
    slug: 'therapie-somatique',
    summary:
      'Une thérapie qui s’intéresse au corps autant qu’aux pensées et aux émotions : remarquer les sensations, la respiration et le mouvement ' +
      'pour aider le système nerveux à se déposer après le stress et les traumatismes.',
    description: [
      p(
        '« Somatique » veut dire « qui concerne le corps ». Les approches somatiques forment une famille plutôt qu’une seule méthode, et partent ' +
          'd’une idée simple : le stress et les traumatismes s’inscrivent dans le corps autant que dans l’esprit. Un cœur qui s’emballe, une poitrine serrée, ' +
          'l’impression d’être engourdi ou loin de tout sont des réactions du système nerveux face à une menace, et elles peuvent durer bien après le danger.',
      ),
      p('En séance, votre thérapeute peut vous inviter à remarquer ce qui se passe dans votre corps pendant que vous parlez, et à essayer de petites choses qui aident à vous poser :'),
      ul([
        'l’ancrage, comme sentir vos pieds au sol ou nommer ce que vous voyez autour de vous;',
        'ralentir ou approfondir la respiration;',
        'repérer l’endroit du corps où vous vous sentez plus calme, et y rester un moment;',
        'des mouvements doux ou des changements de posture.',
      ]),
      p(
        'Le travail se fait lentement, pour que vous restiez dans ce que certains thérapeutes appellent votre ',
        bold('fenêtre de tolérance'),
        ' : la zone où l’on peut ressentir quelque chose sans être submergé. La thérapie somatique se fait très bien par vidéo et ne comporte aucun toucher.',
      ),
    ],
  },
  mindfulness: {
    name: 'Pleine conscience',
    fullName: 'Thérapie basée sur la pleine conscience',
    slug: 'pleine-conscience',
    summary:
      'Apprendre à porter attention au moment présent, volontairement et avec bienveillance plutôt qu’avec jugement, pour que les pensées, ' +
      'les émotions et les envies aient moins d’emprise sur vous.',
    description: [
      p(
        'La pleine conscience, c’est porter attention à ce qui se passe maintenant, volontairement, sans le juger. Elle puise dans des traditions ' +
          'contemplatives et a été adaptée aux soins de santé dans des programmes comme la réduction du stress basée sur la pleine conscience (MBSR) ' +
          'et la thérapie cognitive basée sur la pleine conscience (MBCT). Ses habiletés font aussi partie de la TCD et de bien d’autres thérapies.',
      ),
      p(
        'Il ne s’agit pas de faire le vide ni d’être calme en permanence. Il s’agit de remarquer. Quand vous pouvez constater ',
        bold('« j’ai la pensée que je suis un échec »'),
        ' au lieu d’y croire d’emblée, ou voir une envie monter et redescendre comme une vague, vous gagnez un peu d’espace pour choisir la suite.',
      ),
      h(3, 'À quoi ça peut ressembler en thérapie'),
      ul([
        'de courtes pratiques de quelques minutes, faites ensemble en séance;',
        'porter attention à la respiration, aux sons ou à la sensation d’être assis;',
        'apporter une attention consciente aux gestes de tous les jours, comme marcher ou boire un thé;',
        'pratiquer l’autocompassion quand quelque chose est difficile.',
      ]),
      p(
        'Pour certaines personnes, surtout après un traumatisme, tourner l’attention vers l’intérieur peut être inconfortable au début. Votre ' +
          'intervenant·e peut adapter les pratiques : garder les yeux ouverts, se concentrer sur ce qui est à l’extérieur du corps, ou faire très court.',
      ),
    ],
  },
};
