import type { ChangeCircleStrings } from '../change-circle.strings.js';

export default {
  question: 'Where are you right now?',
  topic: 'The change',
  precontemplation: 'Precontemplation',
  'precontemplation.say': 'It is not a problem for me.',
  contemplation: 'Contemplation',
  'contemplation.say': 'Maybe I should change something. I am not sure.',
  preparation: 'Preparation',
  'preparation.say': 'I want to change it. I am finding out how.',
  action: 'Action',
  'action.say': 'I am busy changing it.',
  maintenance: 'Maintenance',
  'maintenance.say': 'I am holding on to the new way.',
  lapse: 'Lapse or relapse',
  'lapse.say': 'It did not go the way I wanted. I will try again.',
  here: 'I am here now',
  normal: 'Moving back and forth is quite normal. After a lapse you do not start over: you are thinking it over again.',
  trail: 'How you have moved',
  trailItem: '{date}: {stage}',
  group: '{n} from the group',
  readiness: 'Readiness: {level}',
  low: 'low',
  medium: 'medium',
  high: 'high',
  focus: 'What you can work on:',
  'focus.low':
    "Listen for the participant's own thoughts and feelings about their use.\nLook together at the gap between the participant's goals and what happens now.\nExplore whether there are other ways to change the situation.\nTalk about wishes for life, and how the use fits in.\nStrengthen hope: what could become possible?\nMake the pros and cons visible, and find the doubt (the ambivalence).",
  'focus.medium':
    "Make the doubt (the ambivalence) visible, and work with it.\nLet the participant tell you about the pros and cons of carrying on and of changing.\nFind what the participant believes helps, is possible and is worth the price.\nReflect back the participant's own positive words about change, and ask open questions.",
  'focus.high': 'Make the goal clear together with the participant.\nHelp to keep up the drive and the direction.\nGive praise, and keep on supporting.',
  lapseNote: 'A lapse is a normal part of change. Talk about what happened, and what helped before.',
} satisfies ChangeCircleStrings;
