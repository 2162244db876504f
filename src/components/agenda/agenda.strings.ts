import type { Table } from '../../core/localize.js';

/** What everyone sees. The facilitator's controls have their own table (agenda.editor.strings.ts). */
const da = {
  heading: 'Dagsorden',
  progress: '{passed} af {total} punkter',
  empty: 'Der er ingen punkter endnu.',
  'kind.point': 'Punkt',
  'kind.break': 'Pause',
  'kind.meal': 'Fællesspisning',
  'state.planned': 'Senere',
  'state.now': 'Nu',
  'state.done': 'Færdig',
  'state.skipped': 'Sprunget over',
  minutes: '{n} min',
  minutesLeft: '{n} min tilbage',
  timeUp: 'Tiden er gået',
  responsible: 'Ansvarlig: {name}',
  checklist: 'Huskeliste',
};
export type AgendaStrings = typeof da;

export const AGENDA_STRINGS: Table<AgendaStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
