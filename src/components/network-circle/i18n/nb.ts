import type { NetworkCircleStrings } from '../network-circle.strings.js';

export default {
  title: 'Nettverket mitt',
  me: 'Meg',
  ring1: 'nærmest',
  ring2: 'nær',
  ring3: 'lenger unna',
  ring4: 'langt unna',
  where: 'ring {n}, {ring}',
  family: 'Familie',
  friends: 'Venner',
  work: 'Jobb/skole',
  professionals: 'Fagpersoner',
  others: 'Andre',
  canHelp: 'Kan hjelpe i vanskelige situasjoner',
  env: 'En del av rusmiljøet',
  list: 'Vis som liste',
  hidden: 'Det er ikke plass til alle i sirkelen. Se alle i listen.',
  person: 'Person {n}',
  required: 'Legg til minst én person.',
} satisfies NetworkCircleStrings;
