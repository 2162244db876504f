import type { Table } from '../../core/localize.js';
import { FEELINGS_WORDS } from './words.js';

const da = {
  ...FEELINGS_WORDS,
  question: 'Hvordan har du det lige nu?',
  hintOne: 'Vælg et kort.',
  hintMany: 'Vælg op til {max} kort.',
  chosen: 'Du har valgt {count} af {max}.',
  full: 'Du kan højst vælge {max} kort. Tryk på et valgt kort for at fjerne det.',
  before: 'Ved tjek ind valgte du',
  talk: 'Til samtalen',
  changed: 'Da du tjekkede ind, var du {before} – nu er du {after}.',
  same: 'Da du tjekkede ind, var du {before} – nu er du stadig {after}.',
  waiting: 'Da du tjekkede ind, var du {before}.',
  whatHappened: 'Hvad er sket?',
  howWasGroup: 'Hvordan har det været at være i gruppen i dag?',
};
export type FeelingsStrings = typeof da;

export const FEELINGS_STRINGS: Table<FeelingsStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
