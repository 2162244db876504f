import type { Table } from '../../core/localize.js';

/**
 * Danish strings. Stage keys are the stage ids; `<stage>.say` is the participant's own
 * first-person sentence. The facilitator's strings (readiness, focus points) have their own
 * table, loaded with the facilitator part (change-circle.facilitator.strings.ts).
 */
const da = {
  question: 'Hvor er du lige nu?',
  topic: 'Forandringen',
  precontemplation: 'Førovervejelse',
  'precontemplation.say': 'Det er ikke et problem for mig.',
  contemplation: 'Overvejelse',
  'contemplation.say': 'Måske skal jeg ændre noget. Jeg er ikke sikker.',
  preparation: 'Forberedelse',
  'preparation.say': 'Jeg vil ændre det. Jeg finder ud af hvordan.',
  action: 'Handling',
  'action.say': 'Jeg er i gang med at ændre det.',
  maintenance: 'Vedligeholdelse',
  'maintenance.say': 'Jeg holder fast i det nye.',
  lapse: 'Slip eller tilbagefald',
  'lapse.say': 'Det gik ikke, som jeg ville. Jeg prøver igen.',
  here: 'Her er jeg nu',
  normal: 'Det er helt normalt at flytte sig frem og tilbage. Efter et slip starter du ikke forfra: du er i overvejelse igen.',
  trail: 'Sådan har du flyttet dig',
  trailItem: '{date}: {stage}',
  group: '{n} fra gruppen',
};
export type ChangeCircleStrings = typeof da;

export const CHANGE_CIRCLE_STRINGS: Table<ChangeCircleStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
