// Seed for the `approach` collection: the kinds of therapy the clinic offers.
import { bold, h, p, ul, type Blocks } from './blocks';

export type ApproachSeed = {
  name: string;
  fullName?: string;
  slug: string;
  /** At most 300 characters. */
  summary: string;
  description: Blocks;
  order: number;
};

export const approaches: ApproachSeed[] = [
  {
    name: 'DBT',
    fullName: 'Dialectical Behaviour Therapy',
    slug: 'dbt',
    summary:
      'A skills-based therapy that balances accepting yourself as you are with learning new ways to handle strong emotions, ' +
      'get through a crisis and manage relationships.',
    description: [
      p(
        'Dialectical Behaviour Therapy (DBT) was developed by psychologist Marsha Linehan, first for people who lived with ' +
          'very intense emotions, self-injury and thoughts of suicide. Today it is used for a much wider range of concerns, ' +
          'especially when emotions feel too big, too fast or too hard to come down from.',
      ),
      p(
        'The word “dialectical” means holding two ideas together that seem to pull in opposite directions. In DBT the two ideas are ',
        bold('acceptance'),
        ' (you are doing what you can with what you have right now) and ',
        bold('change'),
        ' (and you can learn new skills that make life more manageable).',
      ),
      p('DBT teaches practical skills in four areas:'),
      ul([
        [bold('Mindfulness'), ': noticing what is happening inside and around you, without judging it.'],
        [bold('Distress tolerance'), ': getting through a painful moment without making things worse.'],
        [bold('Emotion regulation'), ': understanding your emotions and lowering how often and how strongly they overwhelm you.'],
        [bold('Interpersonal effectiveness'), ': asking for what you need and setting limits while caring for your relationships.'],
      ]),
      p(
        'Full DBT programs often include a skills group as well as individual therapy. In sessions with us, your therapist can talk ' +
          'with you about which DBT skills fit your goals and how to practise them in daily life.',
      ),
    ],
    order: 1,
  },
  {
    name: 'EMDR',
    fullName: 'Eye Movement Desensitization and Reprocessing',
    slug: 'emdr',
    summary:
      'A structured therapy for distressing memories. While you briefly recall a memory, you follow side-to-side eye movements, ' +
      'taps or tones, which can help the memory feel less charged over time.',
    description: [
      p(
        'Eye Movement Desensitization and Reprocessing (EMDR) was developed by psychologist Francine Shapiro in the late 1980s. ' +
          'It is used mainly to help people with memories of trauma and other hard experiences that still feel vivid, ' +
          'or that keep setting off strong reactions in the present.',
      ),
      p(
        'In EMDR you hold part of a memory in mind for short periods while paying attention to something that moves from side to side, ' +
          'such as your therapist\'s hand or a dot on a screen, or to alternating taps or sounds. This is called ',
        bold('bilateral stimulation'),
        '. Many people find that, over several sessions, the memory becomes less upsetting and the beliefs attached to it, ' +
          'such as “I am not safe” or “it was my fault”, begin to shift.',
      ),
      p(
        'EMDR does not start with the hardest memory. The first sessions are about getting to know your history and building ways to ' +
          'feel steady, such as grounding and calming exercises, so that you have something to lean on. You stay in control of the pace, ' +
          'and you can pause at any time.',
      ),
      p(
        'EMDR can be done by secure video. Your therapist may use on-screen movement or show you how to tap for yourself.',
      ),
    ],
    order: 2,
  },
  {
    name: 'IFS',
    fullName: 'Internal Family Systems',
    slug: 'ifs',
    summary:
      'A gentle approach that sees the mind as made up of different “parts”, each trying to help in its own way, and helps you ' +
      'relate to them with curiosity and compassion instead of fighting them.',
    description: [
      p(
        'Internal Family Systems (IFS) was developed by Richard Schwartz, a family therapist who noticed that his clients often ' +
          'described themselves in parts: “part of me wants to reach out, and part of me wants to hide.” IFS takes this seriously. ' +
          'It sees every part as having a reason for what it does, even when its way of helping causes problems.',
      ),
      p('In IFS language, there are a few kinds of parts:'),
      ul([
        [bold('Protectors'), ' try to keep you safe, for example by planning, criticizing, staying busy, or stepping in to numb pain quickly.'],
        [bold('Exiles'), ' carry old hurts, such as shame, fear or loneliness, that other parts work hard to keep out of sight.'],
        [bold('The Self'), ' is the calm, curious and caring core that everyone has, even when it is hard to feel.'],
      ]),
      p(
        'In therapy, you get to know your parts from that calmer place, at a pace your protectors can accept. The aim is not to get rid of ' +
          'any part, but to understand what it is worried about, so that it no longer has to work so hard.',
      ),
    ],
    order: 3,
  },
  {
    name: 'Somatic therapy',
    fullName: 'Somatic (body-based) therapy',
    slug: 'somatic-therapy',
    summary:
      'Therapy that pays attention to the body as well as thoughts and feelings: noticing sensations, breath and movement to help ' +
      'your nervous system settle after stress and trauma.',
    description: [
      p(
        '“Somatic” means “of the body”. Somatic therapy is a family of approaches, rather than one method, that start from a simple idea: ' +
          'stress and trauma are held in the body as well as the mind. A racing heart, a tight chest or feeling numb and far away are ' +
          'ways the nervous system responds to threat, and they can continue long after the danger has passed.',
      ),
      p(
        'In sessions, your therapist may invite you to notice what is happening in your body as you talk, and to try small things that help ' +
          'you feel more settled, such as:',
      ),
      ul([
        'grounding, like feeling your feet on the floor or naming what you can see around you;',
        'slowing or deepening the breath;',
        'noticing where in your body you feel calmer, and spending time there;',
        'gentle movement or changes in posture.',
      ]),
      p(
        'The work goes slowly, so that you stay within what some therapists call your ',
        bold('window of tolerance'),
        ': the zone where you can feel something without being overwhelmed by it. Somatic therapy can be done by video and involves no touch.',
      ),
    ],
    order: 4,
  },
  {
    name: 'Mindfulness',
    fullName: 'Mindfulness-based therapy',
    slug: 'mindfulness',
    summary:
      'Learning to pay attention to the present moment on purpose, with kindness instead of judgement, so that thoughts, feelings ' +
      'and urges have less of a hold on you.',
    description: [
      p(
        'Mindfulness means paying attention to what is happening right now, on purpose, without judging it. It has roots in ' +
          'contemplative traditions and has been adapted for health care in programs such as Mindfulness-Based Stress Reduction ' +
          'and Mindfulness-Based Cognitive Therapy. Mindfulness skills are also part of DBT and many other therapies.',
      ),
      p(
        'Mindfulness is not about emptying your mind or feeling calm all the time. It is about noticing. When you can notice ',
        bold('“I am having the thought that I am a failure”'),
        ' instead of simply believing it, or notice an urge rising and falling like a wave, you gain a little room to choose what to do next.',
      ),
      h(3, 'What it can look like in therapy'),
      ul([
        'short practices of a few minutes, done together in session;',
        'paying attention to the breath, sounds, or the feeling of sitting;',
        'bringing mindful attention to everyday things, like walking or drinking tea;',
        'practising self-compassion when something is hard.',
      ]),
      p(
        'For some people, especially after trauma, turning attention inward can feel uncomfortable at first. Your therapist can adapt ' +
          'practices, for example by keeping your eyes open, focusing on things outside your body, or keeping them very short.',
      ),
    ],
    order: 5,
  },
];
