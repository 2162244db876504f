import type { Table } from '../../core/localize.js';

/**
 * Danish, from the method (seeds/003 meetings 1, 2 and 6; the four-field form from 001/004).
 * `row.*` are written to follow "ved …" in the questions; headings capitalise them.
 * The editor has its own table (plus-minus.editor.strings.ts), loaded with it.
 */
const da = {
  'title.two': 'Plus og minus',
  'title.four': 'Plus og minus: fortsætte eller ændre',
  'title.evaluation': 'Evaluering: plus og minus',
  'q.four.plus': 'Hvad er godt ved {x}?',
  'q.four.minus': 'Hvad er dårligt ved {x}?',
  'q.evaluation.plus': 'Hvad har været plusser ved {x}?',
  'q.evaluation.minus': 'Hvad har været minusser ved {x}?',
  'row.continue': 'at fortsætte som nu',
  'row.change': 'at stoppe eller ændre forbruget',
  'row.group': 'at mødes i gruppen',
  'row.substances': 'at tale om rusmidler',
  'row.dreams': 'at tale om drømme om det gode liv',
  'row.plans': 'at tale om forandring af forbruget og lave nødplaner',
  topic: 'Det handler om',
  plus: 'Plus',
  minus: 'Minus',
  'q.two.plus': 'Hvad kan du godt lide ved det? Hvad gør det godt for dig i dit liv?',
  'q.two.minus': 'Hvad er dårligt ved det? Hvilke problemer giver det dig?',
  write: 'Skriv her',
  add: 'Tilføj',
  weight: 'betyder {w}/10',
  by: 'Hvem sagde det?',
  saidBy: 'sagt af {name}',
  added: 'Tilføjet: {text}',
  keys: 'Pil op og ned: gå. Enter: ret. Alt og pil: flyt. Delete: fjern.',
};
/** The sheet's strings (the editor's are PlusMinusEditorStrings). */
export type PlusMinusStrings = typeof da;

export const PLUS_MINUS_STRINGS: Table<PlusMinusStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
