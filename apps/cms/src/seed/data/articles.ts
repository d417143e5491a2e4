// Seed for the `article` collection: one article on self-injury, written for the clinic's blog.
import { bold, h, link, ol, p, ul, type Blocks } from './blocks';
import type { Seo } from './types';

export type SensitiveTopicKind =
  | 'self_harm'
  | 'suicide'
  | 'abuse'
  | 'eating_disorders'
  | 'substance_use'
  | 'trauma'
  | 'other';

export type ArticleSeed = {
  title: string;
  slug: string;
  /** At most 300 characters. */
  excerpt: string;
  body: Blocks;
  /** Slugs from topics.ts. */
  topicSlugs: string[];
  /** Slugs from approaches.ts. */
  approachSlugs: string[];
  /** Therapist slugs from therapists.ts. */
  authorSlug: string;
  reviewedBySlug: string;
  /** ISO date (YYYY-MM-DD). */
  lastReviewedAt: string;
  sensitiveTopic?: { kind: SensitiveTopicKind; message?: string };
  commentsEnabled: boolean;
  seo?: Seo;
};

const whyPeopleSelfInjureBody: Blocks = [
  h(2, 'Self-injury is a way of coping'),
  p(
    "If you hurt yourself on purpose when things feel unbearable, or you care about someone who does, you probably have questions. " +
      "Why would anyone do this? Why is it so hard to stop? Is there something wrong with me, or with them?",
  ),
  p(
    'Here is the short answer: ',
    bold('self-injury is usually a way of coping with emotional pain that feels overwhelming.'),
    " It is not a character flaw, a sign of weakness or something a person chooses lightly. It is a way someone has found, " +
      'often alone and often at a young age, to get through moments that felt like too much.',
  ),
  p(
    'This article looks at what happens in the brain, why the urge can keep coming back, and what helps. Understanding the “why” ' +
      'can leave room for less shame and more kindness, and that is often where change begins.',
  ),

  h(2, 'What happens in the brain'),
  p(
    'Our brains and bodies have built-in systems for handling pain and stress. Researchers are still learning how they fit together, ' +
      'but a few chemical messengers seem to play a part in self-injury.',
  ),
  ul([
    [
      bold('Endorphins.'),
      " These are the body's own pain relievers. When the body is hurt, it releases endorphins, which can dull physical pain and " +
        'bring a brief feeling of calm or numbness. For someone flooded with emotional pain, that short calm can feel like a release.',
    ],
    [
      bold('Dopamine.'),
      ' Dopamine is involved in how the brain learns from relief and reward. When something brings relief, even for a few minutes, ' +
        'the brain takes note and files it away as a way out. That learning is part of why the urge can return the next time distress builds.',
    ],
    [
      bold('Serotonin.'),
      ' Serotonin is one of the chemical messengers involved in regulating mood. Some research suggests that differences in how the ' +
        'serotonin system works may make intense emotions and urges harder to manage, though the picture is far from simple.',
    ],
  ]),
  p(
    'No single chemical explains self-injury, and none of this means a person is “broken”. It shows a brain doing what brains do: ' +
      'looking for the quickest way to stop pain, and remembering what seemed to work.',
  ),

  h(2, 'It is about relief, not attention'),
  p(
    'One of the most hurtful myths about self-injury is that people do it “for attention”. In fact, most people who self-injure work ' +
      'hard to hide it. They may cover up, avoid certain activities, or carry a lot of shame about being found out.',
  ),
  p(
    'What people describe much more often is ',
    bold('relief'),
    ": from feelings that are too intense, from a numbness that feels empty, from racing thoughts, or from memories that won't let go. " +
      'Some say it helps them feel something when they feel nothing, or feel in control when everything else is not. ' +
      'When someone does let others see their pain, that is a sign they need care, not a reason to dismiss them.',
  ),

  h(2, 'The cycle that keeps it going'),
  p('Self-injury often follows a pattern that feeds itself. Many people recognize something like this:'),
  ol([
    'Distress builds: after an argument, a memory, loneliness, or a feeling that has no name.',
    'An urge to self-injure grows, and it can start to feel like the only way out.',
    'The person acts on the urge.',
    'Relief comes, but it does not last long.',
    'Shame, guilt or fear follow, often along with the need to hide what happened.',
    'Those feelings add to the distress, and the cycle is ready to start again.',
  ]),
  p(
    'Each step is a place where something different could happen. Therapy often works on several at once: lowering distress, ' +
      'getting through urges, and meeting shame with compassion.',
  ),

  h(2, 'Your brain can learn new ways'),
  p(
    'If the brain can learn that self-injury brings relief, it can also learn other paths. This ability to change is called ',
    bold('neuroplasticity'),
    ': throughout life, the brain keeps building and strengthening connections based on what we do and practise.',
  ),
  p(
    'Each time someone gets through an urge in a different way, by reaching out, using a skill or letting it pass, that new path gets ' +
      'a little stronger. Progress is rarely a straight line, and a hard day does not erase what has been learned. For many people, ' +
      'healing looks like urges that come less often and are easier to move through.',
  ),

  h(2, 'Therapies that can help'),
  p(
    'Several kinds of therapy can help people find new ways of coping, and many therapists combine them. These are the ones we offer.',
  ),
  h(3, 'Dialectical Behaviour Therapy (DBT)'),
  p(
    'DBT was first developed for people living with very intense emotions, including people who self-injure. It teaches practical skills, such as:',
  ),
  ul([
    [
      bold('Distress tolerance:'),
      ' ways to get through a wave of emotion without making things worse, like grounding, slow breathing or turning your attention elsewhere for a while.',
    ],
    [
      bold('Emotion regulation:'),
      ' learning to name what you feel, understand where it comes from, and lower how often emotions take over.',
    ],
  ]),
  h(3, 'Somatic and trauma-focused therapy, including EMDR and IFS'),
  p(
    'For many people, self-injury is connected to trauma or to painful experiences that still feel present. ',
    bold('Somatic therapy'),
    ' helps you notice what is happening in your body and learn ways to settle your nervous system. ',
    bold('EMDR'),
    ' (Eye Movement Desensitization and Reprocessing) can help painful memories feel less charged, so they set off less of a storm. ',
    bold('Internal Family Systems (IFS)'),
    ' sees the part of you that turns to self-injury as a protector that is trying to help, and gets to know it with curiosity instead of blame.',
  ),
  h(3, 'Mindfulness'),
  p(
    'Mindfulness helps you notice thoughts, feelings and urges without being swept away by them. Many people discover that an urge ' +
      "behaves like a wave: it rises, peaks and passes, even when it feels as if it won't. The pause between the urge and the action is " +
      'where new choices become possible.',
  ),

  h(2, 'How to support someone who self-injures'),
  p(
    "If you've learned that someone you care about is hurting themselves, it is normal to feel scared, sad, confused or even angry. " +
      'How you respond can make a real difference. These things tend to help:',
  ),
  ul([
    [
      bold('Listen without judgement.'),
      " Stay as calm as you can and let them tell you what it's like for them. You don't need perfect words; being there matters more.",
    ],
    [
      bold("Don't demand that they stop."),
      ' Self-injury is a way of coping. Asking someone to give it up with nothing in its place can leave them with more distress and more reason to hide.',
    ],
    [
      bold('Avoid ultimatums.'),
      ' Threats and “stop or else” tend to increase shame and secrecy, not safety.',
    ],
    [
      bold('Encourage professional help.'),
      ' Let them know therapy can help, and offer to help find a therapist or make a first call together, if they want that.',
    ],
    [
      bold('Ask about safety.'),
      " If you are worried they may be thinking about suicide, it's okay to ask directly. Asking does not put the idea in their head. " +
        'If they are in immediate danger, call 911.',
    ],
    [
      bold('Look after yourself too.'),
      ' Supporting someone can be heavy. You deserve support too.',
    ],
  ]),

  h(2, 'You are not alone'),
  p(
    "If you are struggling with self-injury, you deserve support, and you don't have to wait until things get worse to reach out. " +
      'Help is available at any hour:',
  ),
  ul([
    [bold('9-8-8 Suicide Crisis Helpline:'), ' call or text 9-8-8, 24 hours a day, 7 days a week.'],
    [
      bold('Hope for Wellness Help Line:'),
      ' 1-855-242-3310, or chat online at ',
      link('https://www.hopeforwellness.ca', 'hopeforwellness.ca'),
      '. For all Indigenous peoples across Canada, 24 hours a day.',
    ],
    [bold('Kids Help Phone:'), ' 1-800-668-6868, or text CONNECT to 686868. For young people, 24 hours a day.'],
    [bold('911:'), ' if you or someone else is in immediate danger.'],
  ]),
  p('You can find these and other supports on our ', link('/get-help', 'Get help'), ' page.'),
  p(
    "When you're ready, Northern Therapy Clinic offers therapy by secure video and phone across Northeastern Ontario. You can call us at ",
    link('tel:+17055351639', '705-535-1639'),
    ' or e-mail ',
    link('mailto:info@northerntherapyclinic.ca', 'info@northerntherapyclinic.ca'),
    ' to ask a question or request a consultation. We are not a crisis service: if you need help right now, please use the lines above.',
  ),
];

export const articles: ArticleSeed[] = [
  {
    title: 'Why some people self-injure, and what happens in the brain',
    slug: 'why-people-self-injure',
    excerpt:
      'Self-injury is usually a way of coping with overwhelming emotional pain, not a character flaw or a bid for attention. ' +
      'A look at what happens in the brain, why the urge returns, and how therapy and the people around you can help.',
    body: whyPeopleSelfInjureBody,
    topicSlugs: ['self-injury', 'emotions-and-coping', 'supporting-someone'],
    approachSlugs: ['dbt', 'emdr', 'ifs', 'somatic-therapy', 'mindfulness'],
    authorSlug: 'maya-thompson',
    reviewedBySlug: 'elise-gagnon',
    lastReviewedAt: '2026-11-01',
    sensitiveTopic: {
      kind: 'self_harm',
      message:
        'This article talks about self-injury and the feelings behind it. It does not describe methods. ' +
        'If you are finding things hard right now, you can call or text 9-8-8 at any time.',
    },
    commentsEnabled: false,
    seo: {
      metaTitle: 'Why some people self-injure, and what happens in the brain',
      metaDescription:
        'Self-injury is a way of coping with emotional pain. What happens in the brain, why the urge returns, and how therapy can help.',
    },
  },
];
