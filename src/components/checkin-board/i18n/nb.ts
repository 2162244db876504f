import words from '../../feelings/i18n/words.nb.js';
import type { BoardStrings } from '../checkin-board.strings.js';

export default {
  ...words,
  group: 'Slik har gruppen det',
  logbook: 'Loggbok: sjekk inn og sjekk ut',
  participant: 'Deltaker',
  notChosen: 'Ikke valgt ennå',
  missing: 'Har ikke valgt ennå',
  showNames: 'Vis navn',
  cell: '{phase} for {name}: {cards}',
  editor: '{phase} for {name}',
  full: 'Høyst {max} kort for hver deltaker.',
  done: 'Ferdig',
  remove: 'Fjern',
  removeName: 'Fjern {name}',
  removed: 'Fjernet: {name}.',
  add: 'Legg til deltaker',
  name: 'Navn eller initialer',
  cards: 'Kortsett',
  addButton: 'Legg til',
  nameMissing: 'Skriv et navn eller initialer.',
  tooMany: 'Det kan være høyst {max} deltakere.',
  empty: 'Ingen deltakere ennå.',
} satisfies BoardStrings;
