/**
 * The 0–10 scale's pure model: no DOM. The value is a whole number from 0 to 10, or null
 * while the participant has not answered (there is no preselected value: a starting point
 * biases answers).
 */
import { checkArray, checkInt, checkText, fail, isRecord, ok, type Check } from '../../core/validation.js';
import { SCALE_MAX, SCALE_MIN } from './scale.range.js';

export type ScaleValue = number | null;

/** An earlier answer shown as a faint mark, e.g. `{ value: 4, label: 'Møde 1' }`. */
export interface ScaleMark {
  value: number;
  label?: string;
}

export const SCALE_PRESETS = [
  'importance',
  'willingness',
  'confidence',
  'craving',
  'motivation-importance',
  'motivation-belief',
  'motivation-readiness',
] as const;
export type ScalePreset = (typeof SCALE_PRESETS)[number];

export const SCALE_PRESENTATIONS = ['slider', 'buttons'] as const;
export type ScalePresentation = (typeof SCALE_PRESENTATIONS)[number];
export const SCALE_ORIENTATIONS = ['horizontal', 'vertical'] as const;
export type ScaleOrientation = (typeof SCALE_ORIENTATIONS)[number];

/**
 * Validates a scale value: null (unanswered) or a whole number 0–10. Text is read as a native
 * `<input type="range">` reads it, so markup and frameworks that hand over strings work: `''`
 * (what Vue's v-model writes for null) is unanswered, `' 7 '` is 7, anything else that is not a
 * number stays invalid (`'1e1'` is not 10).
 */
export function checkScaleValue(v: unknown, field = 'value'): Check<ScaleValue> {
  if (typeof v === 'string') v = v.trim() === '' ? null : /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  if (v === null || v === undefined) return ok(null);
  return checkInt(field, v, SCALE_MIN, SCALE_MAX);
}

/** Validates earlier answers (at most 52: a weekly course for a year). */
export function checkScaleHistory(v: unknown, field = 'history'): Check<ScaleMark[]> {
  if (v === null || v === undefined) return ok([]);
  return checkArray(
    field,
    v,
    (x, f) => {
      if (!isRecord(x)) return fail(f, 'must be an object like { value: 4, label: "Møde 1" }');
      const value = checkInt(`${f}.value`, x.value, SCALE_MIN, SCALE_MAX);
      if (!value.ok) return value;
      const label = checkText(`${f}.label`, x.label, { max: 60, optional: true });
      if (!label.ok) return label;
      return ok(label.value ? { value: value.value, label: label.value } : { value: value.value });
    },
    52,
  );
}
