import type { NetworkCircleStrings } from '../network-circle.strings.js';

export default {
  title: 'Mitt nätverk',
  me: 'Jag',
  ring1: 'närmast',
  ring2: 'nära',
  ring3: 'längre bort',
  ring4: 'långt bort',
  where: 'ring {n}, {ring}',
  family: 'Familj',
  friends: 'Vänner',
  work: 'Arbete/skola',
  professionals: 'Yrkespersoner',
  others: 'Andra',
  canHelp: 'Kan hjälpa i svåra situationer',
  env: 'En del av miljön med alkohol och droger',
  list: 'Visa som lista',
  hidden: 'Alla får inte plats i cirkeln. Se alla i listan.',
  person: 'Person {n}',
  required: 'Lägg till minst en person.',
} satisfies NetworkCircleStrings;
