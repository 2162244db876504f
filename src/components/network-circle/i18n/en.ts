import type { NetworkCircleStrings } from '../network-circle.strings.js';

export default {
  title: 'My network',
  me: 'Me',
  ring1: 'closest',
  ring2: 'close',
  ring3: 'further away',
  ring4: 'far away',
  where: 'ring {n}, {ring}',
  family: 'Family',
  friends: 'Friends',
  work: 'Work/school',
  professionals: 'Professionals',
  others: 'Others',
  canHelp: 'Can help in hard situations',
  env: 'Part of the drug and alcohol scene',
  list: 'Show as list',
  hidden: 'There is not room for everyone in the circle. See everyone in the list.',
  person: 'Person {n}',
  required: 'Add at least one person.',
} satisfies NetworkCircleStrings;
