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
  'action.say': 'I have started to change it.',
  maintenance: 'Maintenance',
  'maintenance.say': 'I am holding on to the new way.',
  lapse: 'Lapse or relapse',
  'lapse.say': 'It did not go the way I wanted. I will try again.',
  here: 'I am here now',
  normal: 'Moving back and forth is quite normal. After a lapse you do not start over: you are thinking it over again.',
  trail: 'How you have moved',
  trailItem: '{date}: {stage}',
  group: '{n} from the group',
} satisfies ChangeCircleStrings;
