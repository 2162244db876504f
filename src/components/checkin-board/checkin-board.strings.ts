import type { Table } from '../../core/localize.js';
import { FEELINGS_WORDS } from '../feelings/words.js';

const da = {
  ...FEELINGS_WORDS,
  group: 'Sådan har gruppen det',
  logbook: 'Logbog: tjek ind og tjek ud',
  participant: 'Deltager',
  notChosen: 'Ikke valgt endnu',
  missing: 'Mangler at vælge',
  showNames: 'Vis navne',
  cell: '{phase} for {name}: {cards}',
  editor: '{phase} for {name}',
  full: 'Højst {max} kort for hver deltager.',
  done: 'Færdig',
  remove: 'Fjern',
  removeName: 'Fjern {name}',
  removed: 'Fjernet: {name}.',
  add: 'Tilføj deltager',
  name: 'Navn eller initialer',
  cards: 'Kortsæt',
  addButton: 'Tilføj',
  nameMissing: 'Skriv et navn eller initialer.',
  tooMany: 'Der kan højst være {max} deltagere.',
  empty: 'Ingen deltagere endnu.',
};
export type BoardStrings = typeof da;

export const BOARD_STRINGS: Table<BoardStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
