// French (Canada) version of the seed article, keyed by the English slug. Written in French for
// French-speaking readers (not a word-for-word translation), with the terms Quebec and Ontario
// services use: « automutilation », TCD, EMDR, IFS, approches somatiques, pleine conscience.
import { bold, h, link, ol, p, ul, type Blocks } from '../blocks';
import type { ArticleSeed } from '../articles';

export type ArticleSeedFr = Pick<ArticleSeed, 'title' | 'slug' | 'excerpt' | 'body' | 'lastReviewedAt' | 'sensitiveTopic' | 'seo'>;

const comprendreAutomutilationBody: Blocks = [
  h(2, 'L’automutilation, une façon de tenir le coup'),
  p(
    'Si vous vous faites du mal volontairement quand tout devient insupportable, ou si vous tenez à quelqu’un qui le fait, vous avez sûrement des questions. ' +
      'Pourquoi en arriver là? Pourquoi est-ce si difficile d’arrêter? Est-ce que quelque chose ne va pas chez moi, ou chez l’autre?',
  ),
  p(
    'La réponse courte : ',
    bold('l’automutilation est le plus souvent une façon de composer avec une douleur émotionnelle qui déborde.'),
    ' Ce n’est ni un défaut de caractère, ni de la faiblesse, ni un choix fait à la légère. C’est un moyen qu’une personne a trouvé, ' +
      'souvent seule et souvent jeune, pour passer à travers des moments qui étaient trop lourds.',
  ),
  p(
    'Voici ce qui se passe dans le cerveau, pourquoi l’envie peut revenir, et ce qui aide. Comprendre le « pourquoi » laisse moins de place à la honte ' +
      'et plus de place à la douceur envers soi, et c’est souvent là que le changement commence.',
  ),

  h(2, 'Ce qui se passe dans le cerveau'),
  p(
    'Le corps et le cerveau ont leurs propres systèmes pour gérer la douleur et le stress. La recherche n’a pas encore tout compris de leur fonctionnement, ' +
      'mais quelques messagers chimiques semblent jouer un rôle dans l’automutilation.',
  ),
  ul([
    [
      bold('Les endorphines.'),
      ' Ce sont les analgésiques naturels du corps. Quand le corps est blessé, il en libère, ce qui peut atténuer la douleur physique et apporter ' +
        'un bref sentiment de calme ou d’engourdissement. Pour une personne envahie par la souffrance, ce court répit peut ressembler à un soulagement.',
    ],
    [
      bold('La dopamine.'),
      ' Elle intervient dans la façon dont le cerveau apprend de ce qui le soulage. Quand quelque chose apaise, ne serait-ce que quelques minutes, ' +
        'le cerveau le retient comme une porte de sortie. C’est en partie pour cela que l’envie revient quand la détresse remonte.',
    ],
    [
      bold('La sérotonine.'),
      ' Elle participe à la régulation de l’humeur. Certaines recherches laissent croire que des différences dans ce système rendraient les émotions ' +
        'intenses et les envies plus difficiles à gérer, mais le portrait est loin d’être simple.',
    ],
  ]),
  p(
    'Aucune substance n’explique à elle seule l’automutilation, et rien de tout cela ne veut dire qu’une personne est « brisée ». On voit plutôt un cerveau ' +
      'qui fait ce que font les cerveaux : chercher le moyen le plus rapide de faire cesser la douleur, et se souvenir de ce qui a semblé marcher.',
  ),

  h(2, 'Une question de soulagement, pas d’attention'),
  p(
    'Un des mythes les plus blessants veut que les gens s’automutilent « pour attirer l’attention ». En réalité, la plupart des personnes qui le font ' +
      'se donnent beaucoup de mal pour le cacher : elles se couvrent, évitent certaines activités et vivent souvent avec une grande honte d’être découvertes.',
  ),
  p(
    'Ce que les gens décrivent bien plus souvent, c’est un ',
    bold('soulagement'),
    ' : d’émotions trop fortes, d’un vide qui engourdit, de pensées qui tournent en boucle ou de souvenirs qui collent. Certaines personnes disent que ' +
      'ça les aide à ressentir quelque chose quand elles ne sentent plus rien, ou à garder le contrôle quand tout le reste leur échappe. ' +
      'Quand quelqu’un laisse voir sa souffrance, c’est le signe qu’il a besoin de soins, pas une raison de le prendre à la légère.',
  ),

  h(2, 'Le cercle qui entretient l’automutilation'),
  p('L’automutilation suit souvent un cycle qui se nourrit de lui-même. Bien des gens s’y reconnaissent :'),
  ol([
    'La détresse monte : après une dispute, un souvenir, la solitude ou une émotion qu’on n’arrive pas à nommer.',
    'L’envie de se faire du mal grandit, jusqu’à sembler la seule issue.',
    'La personne passe à l’acte.',
    'Le soulagement arrive, mais il ne dure pas.',
    'La honte, la culpabilité ou la peur suivent, souvent avec le besoin de cacher ce qui s’est passé.',
    'Ces émotions s’ajoutent à la détresse, et le cycle est prêt à recommencer.',
  ]),
  p(
    'Chaque étape est un endroit où autre chose peut se produire. La thérapie travaille souvent sur plusieurs à la fois : faire baisser la détresse, ' +
      'traverser les envies et répondre à la honte avec compassion.',
  ),

  h(2, 'Le cerveau peut apprendre d’autres chemins'),
  p(
    'Si le cerveau peut apprendre que l’automutilation soulage, il peut aussi en apprendre d’autres. Cette capacité de changer s’appelle la ',
    bold('neuroplasticité'),
    ' : tout au long de la vie, le cerveau crée et renforce des connexions selon ce que nous faisons et pratiquons.',
  ),
  p(
    'Chaque fois qu’une personne traverse une envie autrement (en parlant à quelqu’un, en utilisant une habileté ou en laissant passer la vague), ce nouveau ' +
      'chemin se renforce un peu. Les progrès sont rarement en ligne droite, et une mauvaise journée n’efface pas ce qui a été appris. Pour bien des gens, ' +
      'guérir, c’est voir les envies revenir moins souvent et devenir plus faciles à traverser.',
  ),

  h(2, 'Les thérapies qui peuvent aider'),
  p('Plusieurs thérapies aident à trouver d’autres façons de composer avec la souffrance, et bien des intervenant·e·s les combinent. Voici celles que nous offrons.'),
  h(3, 'La thérapie comportementale dialectique (TCD)'),
  p('La TCD a d’abord été conçue pour des personnes qui vivent des émotions très intenses, y compris des personnes qui s’automutilent. Elle enseigne des habiletés concrètes, comme :'),
  ul([
    [bold('La tolérance à la détresse :'), ' des moyens de traverser une vague d’émotions sans empirer les choses, comme l’ancrage, la respiration lente ou détourner son attention un moment.'],
    [bold('La régulation des émotions :'), ' apprendre à nommer ce qu’on ressent, à comprendre d’où ça vient et à réduire la fréquence à laquelle les émotions prennent le dessus.'],
  ]),
  h(3, 'Les approches somatiques et axées sur le trauma, dont l’EMDR et l’IFS'),
  p(
    'Pour beaucoup de gens, l’automutilation est liée à un traumatisme ou à des expériences douloureuses qui semblent encore présentes. Les ',
    bold('approches somatiques'),
    ' vous aident à remarquer ce qui se passe dans votre corps et à apprendre à apaiser votre système nerveux. L’',
    bold('EMDR'),
    ' (désensibilisation et retraitement par les mouvements oculaires) peut rendre les souvenirs pénibles moins chargés, pour qu’ils déclenchent moins de tempêtes. ' +
      'Le modèle des ',
    bold('systèmes familiaux intérieurs (IFS)'),
    ' voit la partie de vous qui se tourne vers l’automutilation comme une protectrice qui essaie d’aider, et apprend à la connaître avec curiosité plutôt qu’avec reproche.',
  ),
  h(3, 'La pleine conscience'),
  p(
    'La pleine conscience aide à remarquer les pensées, les émotions et les envies sans se laisser emporter. Bien des gens découvrent qu’une envie se comporte ' +
      'comme une vague : elle monte, atteint un sommet et redescend, même quand on a l’impression qu’elle ne passera jamais. C’est dans la pause entre ' +
      'l’envie et le geste que de nouveaux choix deviennent possibles.',
  ),

  h(2, 'Comment soutenir une personne qui s’automutile'),
  p(
    'Apprendre qu’une personne qu’on aime se fait du mal peut faire peur, rendre triste, confus, voire fâché : c’est normal. Votre façon de réagir peut faire ' +
      'une vraie différence. Voici ce qui aide, en général :',
  ),
  ul([
    [bold('Écoutez sans juger.'), ' Restez aussi calme que possible et laissez la personne raconter ce qu’elle vit. Pas besoin des mots parfaits : votre présence compte davantage.'],
    [bold('N’exigez pas qu’elle arrête.'), ' L’automutilation est une façon de tenir le coup. Demander d’y renoncer sans rien pour la remplacer peut augmenter la détresse et le besoin de se cacher.'],
    [bold('Évitez les ultimatums.'), ' Les menaces et les « arrête, sinon… » alimentent la honte et le secret, pas la sécurité.'],
    [bold('Encouragez l’aide professionnelle.'), ' Dites-lui que la thérapie peut aider, et offrez de chercher une ou un thérapeute avec elle, ou de faire un premier appel ensemble, si elle le souhaite.'],
    [
      bold('Parlez de sécurité.'),
      ' Si vous craignez qu’elle pense au suicide, vous pouvez le lui demander directement : poser la question ne met pas l’idée dans la tête. ' +
        'Si elle est en danger immédiat, composez le 911.',
    ],
    [bold('Prenez soin de vous aussi.'), ' Soutenir quelqu’un peut être lourd. Vous aussi, vous méritez du soutien.'],
  ]),

  h(2, 'Vous n’êtes pas seul·e'),
  p('Si l’automutilation fait partie de votre vie, vous méritez du soutien, et vous n’avez pas à attendre que ça empire pour en parler. De l’aide est offerte à toute heure, en français :'),
  ul([
    [bold('9-8-8 : Ligne d’aide en cas de crise de suicide :'), ' appelez ou textez le 9-8-8, 24 heures sur 24, 7 jours sur 7, en français ou en anglais.'],
    [
      bold('Ligne d’écoute d’espoir pour le mieux-être :'),
      ' 1-855-242-3310, ou clavardage sur ',
      link('https://www.espoirpourlemieuxetre.ca', 'espoirpourlemieuxetre.ca'),
      '. Pour tous les peuples autochtones du Canada, jour et nuit, en français comme en anglais.',
    ],
    [bold('Jeunesse, J’écoute :'), ' 1-800-668-6868, ou textez PARLER au 686868. Pour les jeunes, 24 heures sur 24.'],
    [bold('911 :'), ' si vous ou une autre personne êtes en danger immédiat.'],
  ]),
  p('Vous trouverez ces lignes et d’autres ressources sur notre page ', link('/fr/aide', 'Obtenir de l’aide'), '.'),
  p(
    'Quand vous serez prêt·e, Northern Therapy Clinic offre la thérapie par vidéo sécurisée et par téléphone dans tout le Nord-Est de l’Ontario, ' +
      'et certaines de nos intervenantes reçoivent en français. Vous pouvez nous appeler au ',
    link('tel:+17055351639', '705-535-1639'),
    ' ou nous écrire à ',
    link('mailto:info@northerntherapyclinic.ca', 'info@northerntherapyclinic.ca'),
    ' pour poser une question ou demander une consultation. Nous ne sommes pas un service de crise : si vous avez besoin d’aide tout de suite, utilisez les lignes ci-dessus.',
  ),
];

export const articlesFr: Record<string, ArticleSeedFr> = {
  'why-people-self-injure': {
    title: 'Comprendre l’automutilation : ce qui se passe dans le cerveau',
    slug: 'comprendre-l-automutilation',
    excerpt:
      'L’automutilation est le plus souvent une façon de composer avec une douleur émotionnelle qui déborde, pas un défaut ni une façon d’attirer l’attention. ' +
      'Ce qui se passe dans le cerveau, pourquoi l’envie revient, et comment la thérapie et l’entourage peuvent aider.',
    body: comprendreAutomutilationBody,
    lastReviewedAt: '2026-11-15',
    sensitiveTopic: {
      kind: 'self_harm',
      message:
        'Cet article parle d’automutilation et des émotions qui l’accompagnent. Il ne décrit aucune méthode. ' +
        'Si c’est difficile pour vous en ce moment, vous pouvez appeler ou texter le 9-8-8 en tout temps.',
    },
    seo: {
      metaTitle: 'Comprendre l’automutilation : ce qui se passe dans le cerveau',
      metaDescription:
        'L’automutilation, une façon de composer avec la souffrance. Ce qui se passe dans le cerveau, pourquoi l’envie revient, et comment la thérapie aide.',
    },
  },
};
