// French (Canada) versions of the seed topics, keyed by the English slug.
import type { TopicSeed } from '../topics';

export const topicsFr: Record<string, TopicSeed> = {
  'self-injury': {
    name: 'Automutilation',
    slug: 'automutilation',
    description:
      'Comprendre pourquoi certaines personnes se font du mal pour composer avec une souffrance émotionnelle, et comment on trouve d’autres chemins.',
  },
  trauma: {
    name: 'Traumatisme',
    slug: 'traumatisme',
    description:
      'Comment des expériences accablantes marquent le corps et l’esprit, et comment la guérison peut se faire à un rythme qui reste sécuritaire.',
  },
  'emotions-and-coping': {
    name: 'Émotions et adaptation',
    slug: 'emotions-et-adaptation',
    description:
      'Donner un sens aux émotions intenses et développer des moyens de traverser la vague, de se calmer et de prendre soin de soi.',
  },
  anxiety: {
    name: 'Anxiété',
    slug: 'anxiete',
    description:
      'Ce que l’inquiétude, la panique et la peur font dans le corps, et des moyens concrets de se sentir plus solide au quotidien.',
  },
  'supporting-someone': {
    name: 'Soutenir un proche',
    slug: 'soutenir-un-proche',
    description:
      'Pour les parents, les ami·e·s et les partenaires : comment aider une personne qui traverse une période difficile, sans s’oublier soi-même.',
  },
  'therapy-explained': {
    name: 'La thérapie, expliquée',
    slug: 'la-therapie-expliquee',
    description:
      'Ce qui se passe en thérapie, comment fonctionnent les séances virtuelles et en quoi consistent des approches comme la TCD, l’EMDR et l’IFS.',
  },
};
