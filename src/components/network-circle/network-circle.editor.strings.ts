import type { Table } from '../../core/localize.js';

/** Strings of the lazily loaded part (the add/edit form, the list, the facilitator's controls). Hosts override them through `strings` too. */
const da = {
  ringTitle: 'Ring {n}: {ring}',
  save: 'Gem',
  cancel: 'Annullér',
  editTitle: 'Ret {name}',
  name: 'Navn eller forbogstaver',
  nameMissing: 'Skriv et navn eller forbogstaver.',
  phone: 'Telefon',
  note: 'Note',
  symbol: 'Symbol',
  ring: 'Hvor tæt på dig?',
  sector: 'Hvor kender du personen fra?',
  'sym.none': 'Intet symbol',
  'sym.heart': 'Hjerte',
  'sym.home': 'Hus',
  'sym.star': 'Stjerne',
  'sym.paw': 'Dyr',
  'sym.work': 'Arbejde',
  'sym.health': 'Sundhed',
  'sym.music': 'Musik',
  'sym.ball': 'Sport',
  added: '{name} er tilføjet.',
  prompts: 'Spørgsmål, der kan hjælpe',
  rings: 'Antal ringe',
  sectors: 'Del cirklen i grupper',
};
export type NetworkEditorStrings = typeof da;

export const NETWORK_EDITOR_STRINGS: Table<NetworkEditorStrings> = {
  da,
  nb: () => import('./i18n/editor.nb.js'),
  sv: () => import('./i18n/editor.sv.js'),
  en: () => import('./i18n/editor.en.js'),
};
