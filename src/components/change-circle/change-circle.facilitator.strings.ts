import type { Table } from '../../core/localize.js';

/**
 * The facilitator's strings: readiness and focus points after seeds/001, in our own words.
 * Only the lazily loaded facilitator part imports this table, so participants' screens never
 * download it; the other languages load on first use like the main table's. Hosts override
 * them through the element's `strings` too. `focus.<readiness>` holds one focus point per line.
 */
const da = {
  readiness: 'Parathed: {level}',
  low: 'lav',
  medium: 'middel',
  high: 'høj',
  focus: 'Det kan I arbejde med:',
  'focus.low':
    'Lyt efter deltagerens egne tanker og følelser om forbruget.\nSe sammen på forskellen mellem deltagerens mål og det, der sker nu.\nUndersøg, om der er andre veje til at ændre situationen.\nTal om ønsker for livet, og om hvordan forbruget passer ind.\nStyrk håbet: Hvad kunne blive muligt?\nGør fordele og ulemper synlige, og find tvivlen (ambivalensen).',
  'focus.medium':
    'Gør tvivlen (ambivalensen) synlig, og arbejd med den.\nLad deltageren fortælle om fordele og ulemper ved at fortsætte og ved at ændre.\nFind det, deltageren selv tror hjælper, er muligt og er prisen værd.\nSig deltagerens egne gode ord om forandring tilbage, og stil åbne spørgsmål.',
  'focus.high': 'Gør målet klart sammen med deltageren.\nHjælp med at holde fast i lysten og retningen.\nGiv ros, og bliv ved med at støtte.',
  lapseNote: 'Et slip er en normal del af en forandring. Tal om, hvad der skete, og hvad der hjalp før.',
};
export type ChangeCircleFacilitatorStrings = typeof da;

export const CHANGE_CIRCLE_FACILITATOR_STRINGS: Table<ChangeCircleFacilitatorStrings> = {
  da,
  nb: () => import('./i18n/facilitator.nb.js'),
  sv: () => import('./i18n/facilitator.sv.js'),
  en: () => import('./i18n/facilitator.en.js'),
};
