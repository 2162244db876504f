import type { FeelingsStrings } from '../feelings.strings.js';
import words from './words.nb.js';

export default {
  ...words,
  question: 'Hvordan har du det akkurat nå?',
  hintOne: 'Velg ett kort.',
  hintMany: 'Velg opptil {max} kort.',
  chosen: 'Du har valgt {count} av {max}.',
  full: 'Du kan velge høyst {max} kort. Trykk på et valgt kort for å fjerne det.',
  before: 'Da du sjekket inn, valgte du',
  talk: 'Til samtalen',
  changed: 'Da du sjekket inn, var du {before} – nå er du {after}.',
  same: 'Da du sjekket inn, var du {before} – nå er du fortsatt {after}.',
  waiting: 'Da du sjekket inn, var du {before}.',
  whatHappened: 'Hva har skjedd?',
  howWasGroup: 'Hvordan har det vært å være i gruppen i dag?',
} satisfies FeelingsStrings;
