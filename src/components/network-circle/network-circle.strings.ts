import type { Table } from '../../core/localize.js';

/** The circle's own strings. The working part (network-circle.editor.ts) has its own table. */
const da = {
  title: 'Mit netværk',
  me: 'Mig',
  ring1: 'tættest på',
  ring2: 'tæt på',
  ring3: 'længere væk',
  ring4: 'langt væk',
  where: 'ring {n}, {ring}',
  family: 'Familie',
  friends: 'Venner',
  work: 'Arbejde/skole',
  professionals: 'Fagpersoner',
  others: 'Andre',
  canHelp: 'Kan hjælpe i svære situationer',
  env: 'En del af miljøet med rusmidler',
  list: 'Vis som liste',
  hidden: 'Der er ikke plads til alle i cirklen. Se alle i listen.',
  person: 'Person {n}',
  required: 'Tilføj mindst én person.',
};
export type NetworkCircleStrings = typeof da;

export const NETWORK_CIRCLE_STRINGS: Table<NetworkCircleStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
