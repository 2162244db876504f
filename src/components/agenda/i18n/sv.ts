import type { AgendaStrings } from '../agenda.strings.js';

export default {
  heading: 'Dagordning',
  progress: '{passed} av {total} punkter',
  empty: 'Det finns inga punkter än.',
  'kind.point': 'Punkt',
  'kind.break': 'Paus',
  'kind.meal': 'Gemensam måltid',
  'state.planned': 'Senare',
  'state.now': 'Nu',
  'state.done': 'Klar',
  'state.skipped': 'Överhoppad',
  minutes: '{n} min',
  minutesLeft: '{n} min kvar',
  timeUp: 'Tiden är slut',
  responsible: 'Ansvarig: {name}',
  checklist: 'Checklista',
} satisfies AgendaStrings;
