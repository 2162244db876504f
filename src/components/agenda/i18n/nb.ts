import type { AgendaStrings } from '../agenda.strings.js';

export default {
  heading: 'Dagsorden',
  progress: '{passed} av {total} punkter',
  empty: 'Det er ingen punkter ennå.',
  'kind.point': 'Punkt',
  'kind.break': 'Pause',
  'kind.meal': 'Felles måltid',
  'state.planned': 'Senere',
  'state.now': 'Nå',
  'state.done': 'Ferdig',
  'state.skipped': 'Hoppet over',
  minutes: '{n} min',
  minutesLeft: '{n} min igjen',
  timeUp: 'Tiden er ute',
  responsible: 'Ansvarlig: {name}',
  checklist: 'Huskeliste',
} satisfies AgendaStrings;
