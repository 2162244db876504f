import type { AgendaStrings } from '../agenda.strings.js';

export default {
  heading: 'Agenda',
  progress: '{passed} of {total} items',
  empty: 'There are no items yet.',
  'kind.point': 'Item',
  'kind.break': 'Break',
  'kind.meal': 'Shared meal',
  'state.planned': 'Later',
  'state.now': 'Now',
  'state.done': 'Done',
  'state.skipped': 'Skipped',
  minutes: '{n} min',
  minutesLeft: '{n} min left',
  timeUp: 'Time is up',
  responsible: 'Responsible: {name}',
  checklist: 'Checklist',
} satisfies AgendaStrings;
