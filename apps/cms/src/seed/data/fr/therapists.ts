// French (Canada) versions of the sample therapist profiles, keyed by the English slug. Names,
// credentials, photo, session formats and "accepting new clients" are shared with English.
import { p, type Blocks } from '../blocks';
import type { Label } from '../types';

export type TherapistSeedFr = {
  slug: string;
  pronouns?: string;
  role?: string;
  shortBio: string;
  bio: Blocks;
  focusAreas: Label[];
  languages: Label[];
};

export const SAMPLE_PROFILE_NOTICE_FR =
  'Ceci est un profil fictif : la clinique le remplacera par la biographie d’une vraie personne de son équipe.';

export const therapistsFr: Record<string, TherapistSeedFr> = {
  'maya-thompson': {
    slug: 'maya-thompson',
    pronouns: 'elle',
    role: 'Psychothérapeute autorisée',
    shortBio:
      `${SAMPLE_PROFILE_NOTICE_FR} Maya accompagne des adultes et des adolescent·e·s plus âgé·e·s qui vivent avec les suites d’un traumatisme, ` +
      'des émotions intenses ou de l’automutilation, à l’aide des habiletés de la TCD et de l’EMDR. Ses séances se donnent en anglais.',
    bio: [
      p(SAMPLE_PROFILE_NOTICE_FR),
      p(
        'Maya est psychothérapeute autorisée, membre de l’Ordre des psychothérapeutes autorisés de l’Ontario. Elle travaille avec des adultes et des ' +
          'adolescent·e·s plus âgé·e·s aux prises avec un traumatisme, des émotions difficiles à gérer ou de l’automutilation.',
      ),
      p(
        'En séance, Maya s’appuie sur les habiletés de la TCD pour traverser les moments durs, et sur l’EMDR pour travailler les souvenirs douloureux ' +
          'lorsque la personne se sent assez stable. Elle avance à un rythme qui reste gérable et explique chaque étape avant de l’essayer. ' +
          'Elle offre ses séances en anglais seulement.',
      ),
    ],
    focusAreas: [{ text: 'Traumatisme' }, { text: 'Automutilation' }, { text: 'Régulation des émotions' }, { text: 'Anxiété' }],
    languages: [{ text: 'Anglais' }],
  },
  'elise-gagnon': {
    slug: 'elise-gagnon',
    pronouns: 'elle',
    role: 'Travailleuse sociale inscrite',
    shortBio:
      `${SAMPLE_PROFILE_NOTICE_FR} Élise offre la thérapie en français et en anglais aux jeunes, aux adultes et aux familles, ` +
      'en s’inspirant des systèmes familiaux intérieurs (IFS) et des approches somatiques.',
    bio: [
      p(SAMPLE_PROFILE_NOTICE_FR),
      p(
        'Élise est travailleuse sociale inscrite auprès de l’Ordre des travailleurs sociaux et des techniciens en travail social de l’Ontario. ' +
          'Elle reçoit en français comme en anglais des jeunes, des adultes et des familles.',
      ),
      p(
        'Élise utilise les systèmes familiaux intérieurs pour aider chacun à accueillir avec curiosité les différentes parties de soi, et des approches ' +
          'somatiques pour repérer comment le stress se manifeste dans le corps. Elle accompagne aussi des parents et des proches aidants qui soutiennent ' +
          'un ou une jeune dans une période difficile.',
      ),
    ],
    focusAreas: [{ text: 'Jeunes et familles' }, { text: 'Soutenir un proche' }, { text: 'Deuil et perte' }, { text: 'Stress' }],
    languages: [{ text: 'Français' }, { text: 'Anglais' }],
  },
  'sam-kowalski': {
    slug: 'sam-kowalski',
    pronouns: 'iel',
    role: 'Psychothérapeute autorisé·e',
    shortBio:
      `${SAMPLE_PROFILE_NOTICE_FR} Sam accompagne des adultes qui vivent de l’anxiété, du stress ou de grands changements, ` +
      'avec la pleine conscience, la thérapie somatique et les habiletés de la TCD. Ses séances se donnent en anglais.',
    bio: [
      p(SAMPLE_PROFILE_NOTICE_FR),
      p(
        'Sam est psychothérapeute autorisé·e, membre de l’Ordre des psychothérapeutes autorisés de l’Ontario. Iel travaille avec des adultes qui composent ' +
          'avec l’anxiété, un stress qui dure, l’épuisement professionnel ou de grands changements de vie.',
      ),
      p(
        'Sam combine souvent des pratiques de pleine conscience avec des habiletés somatiques et de la TCD, pour que chaque personne reparte avec quelques ' +
          'outils concrets à essayer entre les rendez-vous. Les séances se font par vidéo sécurisée ou par téléphone, selon ce qui vous convient, en anglais.',
      ),
    ],
    focusAreas: [{ text: 'Anxiété' }, { text: 'Stress et épuisement' }, { text: 'Transitions de vie' }],
    languages: [{ text: 'Anglais' }],
  },
};
