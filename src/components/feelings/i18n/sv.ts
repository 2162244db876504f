import type { FeelingsStrings } from '../feelings.strings.js';
import words from './words.sv.js';

export default {
  ...words,
  question: 'Hur mår du just nu?',
  hintOne: 'Välj ett kort.',
  hintMany: 'Välj upp till {max} kort.',
  chosen: 'Du har valt {count} av {max}.',
  full: 'Du kan välja högst {max} kort. Tryck på ett valt kort för att ta bort det.',
  before: 'När du checkade in valde du',
  talk: 'Till samtalet',
  changed: 'När du checkade in var du {before} – nu är du {after}.',
  same: 'När du checkade in var du {before} – nu är du fortfarande {after}.',
  waiting: 'När du checkade in var du {before}.',
  whatHappened: 'Vad har hänt?',
  howWasGroup: 'Hur har det varit att vara i gruppen i dag?',
} satisfies FeelingsStrings;
