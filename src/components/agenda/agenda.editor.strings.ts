import type { Table } from '../../core/localize.js';

/** The facilitator's controls, loaded with the editor. Hosts override them through `strings` too. */
const da = {
  start: 'Start',
  done: 'Færdig',
  reopen: 'Åbn igen',
  skip: 'Spring over',
  up: 'Op',
  down: 'Ned',
  edit: 'Ret',
  add: 'Tilføj punkt',
  move: 'Flyt {title}',
  moveHint: 'Træk, eller brug pil op og pil ned.',
  moved: '{title} er nu nummer {n} af {total}.',
  template: 'Skabelon',
  useTemplate: 'Brug skabelonen',
  undoWhat: 'Fortryd ({what})',
  'did.state': '{title}: {state}',
  'did.move': 'Flyttet: {title}',
  'did.template': 'Skabelon: {title}',
  'tpl.meeting-1': 'Møde 1: Velkommen',
  'tpl.meeting-2': 'Møde 2: Alkohol og stoffer',
  'tpl.meeting-3': 'Møde 3: Abstinenser og trang',
  'tpl.meeting-4': 'Møde 4: Forandring',
  'tpl.meeting-5': 'Møde 5: Hold fast',
  'tpl.meeting-6': 'Møde 6: Afslutning',
  'tpl.weekly': 'Gruppesession (16 uger)',
  'tpl.youth': 'Gruppemøde for unge',
};
export type AgendaEditorStrings = typeof da;

export const AGENDA_EDITOR_STRINGS: Table<AgendaEditorStrings> = {
  da,
  nb: () => import('./i18n/editor.nb.js'),
  sv: () => import('./i18n/editor.sv.js'),
  en: () => import('./i18n/editor.en.js'),
};
