import type { Table } from '../../core/localize.js';

/**
 * The texts of the seed questions (presets) and the facilitator's follow-up questions, loaded
 * the first time a scale uses a preset or the facilitator view, so a plain scale does not carry
 * them. Other languages: the same modules as SCALE_STRINGS (they hold every key).
 */
const da = {
  'importance.question': 'Hvor vigtigt er det for dig at nå dit mål?',
  'importance.min': 'Slet ikke vigtigt',
  'importance.max': 'Meget vigtigt',
  'willingness.question': 'Hvor villig er du til at arbejde for dit mål?',
  'willingness.min': 'Slet ikke villig',
  'willingness.max': 'Meget villig',
  'confidence.question': 'Hvor sikker er du på, at du kan nå dit mål?',
  'confidence.min': 'Slet ikke sikker',
  'confidence.max': 'Helt sikker',
  'craving.question': 'Hvor meget trang har du lige nu?',
  'craving.min': 'Ingen trang',
  'craving.max': 'Meget stærk trang',
  'motivation-importance.question': 'Hvor vigtigt er det for dig at ændre dit forbrug?',
  'motivation-importance.min': 'Slet ikke vigtigt',
  'motivation-importance.max': 'Meget vigtigt',
  'motivation-belief.question': 'Hvor meget tror du på, at du kan ændre det?',
  'motivation-belief.min': 'Tror slet ikke på det',
  'motivation-belief.max': 'Tror helt på det',
  'motivation-readiness.question': 'Hvor klar er du til at ændre det?',
  'motivation-readiness.min': 'Slet ikke klar',
  'motivation-readiness.max': 'Helt klar',
  followUpsTitle: 'Spørgsmål til samtalen',
  whyNotLower: 'Hvad gør, at du er på {value} og ikke på {other}?',
  whatHaveYouDone: 'Hvad har du gjort for at være på {value}?',
  oneStepUp: 'Hvad skal der til for at komme et trin højere?',
  keepItUp: 'Hvad kan du gøre for at holde fast i det?',
  othersPlace: 'Hvor ville andre mon placere dig på skalaen?',
  cravingWhyNotHigher: 'Hvad gør, at din trang er på {value} og ikke på {other}?',
  cravingOneStepDown: 'Hvad kan hjælpe, så trangen kommer et trin ned?',
  cravingWhatHelps: 'Hvad har hjulpet dig før, når trangen var stærk?',
  clear: 'Ryd svaret',
};
export type ScaleTextStrings = typeof da;

export const SCALE_TEXTS: Table<ScaleTextStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
