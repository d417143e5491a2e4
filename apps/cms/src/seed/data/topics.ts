// Seed for the `topic` collection: the subjects articles are grouped by.

export type TopicSeed = {
  name: string;
  slug: string;
  /** At most 300 characters. */
  description: string;
};

export const topics: TopicSeed[] = [
  {
    name: 'Self-injury',
    slug: 'self-injury',
    description:
      'Understanding why some people hurt themselves to cope with emotional pain, and how people find other ways through.',
  },
  {
    name: 'Trauma',
    slug: 'trauma',
    description:
      'How overwhelming experiences can affect the mind and body, and how healing can happen at a pace that feels safe.',
  },
  {
    name: 'Emotions and coping',
    slug: 'emotions-and-coping',
    description:
      'Making sense of strong feelings and building skills to ride them out, calm down and take care of yourself.',
  },
  {
    name: 'Anxiety',
    slug: 'anxiety',
    description:
      'What worry, panic and fear do in the body, and practical ways to feel steadier day to day.',
  },
  {
    name: 'Supporting someone',
    slug: 'supporting-someone',
    description:
      'For family members, friends and partners: how to help someone who is struggling, and how to look after yourself too.',
  },
  {
    name: 'Therapy explained',
    slug: 'therapy-explained',
    description:
      'What happens in therapy, how virtual sessions work, and what different approaches such as DBT, EMDR and IFS involve.',
  },
];
