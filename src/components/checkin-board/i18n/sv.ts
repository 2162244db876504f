import words from '../../feelings/i18n/words.sv.js';
import type { BoardStrings } from '../checkin-board.strings.js';

export default {
  ...words,
  group: 'Så mår gruppen',
  logbook: 'Loggbok: incheckning och utcheckning',
  participant: 'Deltagare',
  notChosen: 'Inte valt än',
  missing: 'Har inte valt än',
  showNames: 'Visa namn',
  cell: '{phase} för {name}: {cards}',
  editor: '{phase} för {name}',
  full: 'Högst {max} kort för varje deltagare.',
  done: 'Klar',
  remove: 'Ta bort',
  removeName: 'Ta bort {name}',
  removed: 'Borttagen: {name}.',
  add: 'Lägg till deltagare',
  name: 'Namn eller initialer',
  cards: 'Kortlek',
  addButton: 'Lägg till',
  nameMissing: 'Skriv ett namn eller initialer.',
  tooMany: 'Det kan vara högst {max} deltagare.',
  empty: 'Inga deltagare än.',
} satisfies BoardStrings;
