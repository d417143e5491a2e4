// Seed for the `therapist` collection: three SAMPLE profiles (invented people) for staff to replace.
import { p, type Blocks } from './blocks';
import type { Label } from './types';

export type TherapistSeed = {
  name: string;
  slug: string;
  pronouns?: string;
  credentials?: string;
  role?: string;
  /** At most 400 characters. */
  shortBio: string;
  bio: Blocks;
  /** Slugs from approaches.ts. */
  approachSlugs: string[];
  focusAreas: Label[];
  languages: Label[];
  offersVideo: boolean;
  offersPhone: boolean;
  offersInPerson: boolean;
  acceptingNewClients: boolean;
  /** Funding the therapist can bill (the website's therapist finder filters on these). */
  billsNihb: boolean;
  billsJordansPrinciple: boolean;
  billsBenefits: boolean;
  billsPrivate: boolean;
  order: number;
  /** Private to staff; never leaves the CMS. */
  editorNotes?: string;
};

/** Said plainly in every sample profile, short and long. */
export const SAMPLE_PROFILE_NOTICE =
  "This is a sample profile that the clinic will replace with a real therapist's biography.";

const SAMPLE_EDITOR_NOTE = 'Sample profile from the seed data: replace the name, photo, credentials and text, or delete it.';

export const therapists: TherapistSeed[] = [
  {
    name: 'Maya Thompson',
    slug: 'maya-thompson',
    pronouns: 'she/her',
    credentials: 'MA, RP',
    role: 'Registered Psychotherapist',
    shortBio:
      `${SAMPLE_PROFILE_NOTICE} Maya works with adults and older teens who are living with the effects of trauma, ` +
      'intense emotions or self-injury, using DBT skills and EMDR.',
    bio: [
      p(SAMPLE_PROFILE_NOTICE),
      p(
        'Maya is a Registered Psychotherapist with the College of Registered Psychotherapists of Ontario. She works with adults and ' +
          'older teens who are coping with trauma, strong emotions that are hard to manage, and self-injury.',
      ),
      p(
        'In sessions, Maya draws on DBT skills for getting through hard moments and EMDR for working with painful memories, once a ' +
          'person feels steady enough. She aims to go at a pace that feels manageable, and to explain each step before trying it.',
      ),
    ],
    approachSlugs: ['dbt', 'emdr', 'mindfulness'],
    focusAreas: [{ text: 'Trauma' }, { text: 'Self-injury' }, { text: 'Emotion regulation' }, { text: 'Anxiety' }],
    languages: [{ text: 'English' }],
    offersVideo: true,
    offersPhone: false,
    offersInPerson: false,
    acceptingNewClients: true,
    billsNihb: true,
    billsJordansPrinciple: false,
    billsBenefits: true,
    billsPrivate: true,
    order: 1,
    editorNotes: SAMPLE_EDITOR_NOTE,
  },
  {
    name: 'Élise Gagnon',
    slug: 'elise-gagnon',
    pronouns: 'she/her',
    credentials: 'MSW, RSW',
    role: 'Registered Social Worker',
    shortBio:
      `${SAMPLE_PROFILE_NOTICE} Élise offers therapy in English and French to youth, adults and families, ` +
      'drawing on Internal Family Systems and somatic therapy.',
    bio: [
      p(SAMPLE_PROFILE_NOTICE),
      p(
        'Élise is a Registered Social Worker with the Ontario College of Social Workers and Social Service Workers. She offers ' +
          'therapy in English and French to youth, adults and families.',
      ),
      p(
        'Élise uses Internal Family Systems to help people understand the different parts of themselves with curiosity, and somatic ' +
          'approaches to notice how stress shows up in the body. She also works with parents and caregivers who are supporting a young ' +
          'person through a hard time.',
      ),
    ],
    approachSlugs: ['ifs', 'somatic-therapy'],
    focusAreas: [
      { text: 'Youth and families' },
      { text: 'Supporting a loved one' },
      { text: 'Grief and loss' },
      { text: 'Stress' },
    ],
    languages: [{ text: 'English' }, { text: 'French' }],
    offersVideo: true,
    offersPhone: true,
    offersInPerson: false,
    acceptingNewClients: true,
    billsNihb: true,
    billsJordansPrinciple: true,
    billsBenefits: false,
    billsPrivate: true,
    order: 2,
    editorNotes: SAMPLE_EDITOR_NOTE,
  },
  {
    name: 'Sam Kowalski',
    slug: 'sam-kowalski',
    pronouns: 'they/them',
    credentials: 'MEd, RP',
    role: 'Registered Psychotherapist',
    shortBio:
      `${SAMPLE_PROFILE_NOTICE} Sam works with adults on anxiety, stress and life changes, ` +
      'using mindfulness, somatic therapy and DBT skills.',
    bio: [
      p(SAMPLE_PROFILE_NOTICE),
      p(
        'Sam is a Registered Psychotherapist with the College of Registered Psychotherapists of Ontario. They work with adults who are ' +
          'dealing with anxiety, ongoing stress, burnout and big life changes.',
      ),
      p(
        'Sam often combines mindfulness practices with somatic and DBT skills, so that people leave sessions with a few practical ' +
          'things to try between appointments. Sessions are by secure video or by phone, whichever works better for you.',
      ),
    ],
    approachSlugs: ['mindfulness', 'somatic-therapy', 'dbt'],
    focusAreas: [{ text: 'Anxiety' }, { text: 'Stress and burnout' }, { text: 'Life transitions' }],
    languages: [{ text: 'English' }],
    offersVideo: true,
    offersPhone: true,
    offersInPerson: false,
    acceptingNewClients: false,
    billsNihb: false,
    billsJordansPrinciple: false,
    billsBenefits: true,
    billsPrivate: true,
    order: 3,
    editorNotes: SAMPLE_EDITOR_NOTE,
  },
];
