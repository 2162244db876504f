import words from '../../feelings/i18n/words.en.js';
import type { BoardStrings } from '../checkin-board.strings.js';

export default {
  ...words,
  group: 'How the group is feeling',
  logbook: 'Logbook: check-in and check-out',
  participant: 'Participant',
  notChosen: 'Not chosen yet',
  missing: 'Not chosen yet',
  showNames: 'Show names',
  cell: '{phase} for {name}: {cards}',
  editor: '{phase} for {name}',
  full: 'At most {max} cards for each participant.',
  done: 'Done',
  remove: 'Remove',
  removeName: 'Remove {name}',
  removed: 'Removed: {name}.',
  add: 'Add participant',
  name: 'Name or initials',
  cards: 'Card set',
  addButton: 'Add',
  nameMissing: 'Write a name or initials.',
  tooMany: 'There can be at most {max} participants.',
  empty: 'No participants yet.',
} satisfies BoardStrings;
