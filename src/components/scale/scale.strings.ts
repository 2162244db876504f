import type { Table } from '../../core/localize.js';
import type { ScaleEarlierStrings } from './scale.extras.js';
import type { ScaleTextStrings } from './scale.texts.js';

/**
 * The scale's own strings. Danish is in the entry; the preset questions and the facilitator's
 * follow-ups are in scale.texts.ts, loaded when a preset or the facilitator view is used, and
 * the earlier-answers line in scale.extras.ts. The other languages hold every key
 * (./i18n/*.ts) and load on first use.
 */
const da = {
  question: 'Hvor er du på skalaen?',
  min: 'Slet ikke',
  max: 'Rigtig meget',
  valueText: '{value} af 10',
  unanswered: 'Ikke besvaret',
  hint: 'Tryk på et tal',
  outOf: 'af 10',
};
export type ScaleBaseStrings = typeof da;
/** Every string of the scale, for `strings` overrides and translations. */
export type ScaleStrings = ScaleBaseStrings & ScaleTextStrings & ScaleEarlierStrings;

export const SCALE_STRINGS: Table<ScaleBaseStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
