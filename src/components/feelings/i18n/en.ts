import type { FeelingsStrings } from '../feelings.strings.js';
import words from './words.en.js';

export default {
  ...words,
  question: 'How are you feeling right now?',
  hintOne: 'Choose one card.',
  hintMany: 'Choose up to {max} cards.',
  chosen: 'You have chosen {count} of {max}.',
  full: 'You can choose at most {max} cards. Tap a chosen card to remove it.',
  before: 'At check-in you chose',
  talk: 'For the conversation',
  changed: 'When you checked in, you were {before} – now you are {after}.',
  same: 'When you checked in, you were {before} – now you are still {after}.',
  waiting: 'When you checked in, you were {before}.',
  whatHappened: 'What has happened?',
  howWasGroup: 'How has it been to be in the group today?',
} satisfies FeelingsStrings;
