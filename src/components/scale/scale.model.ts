/**
 * The 0–10 scale's pure model: no DOM. The value is a whole number from 0 to 10, or null
 * while the participant has not answered (there is no preselected value: a starting point
 * biases answers).
 */
import { checkArray, checkInt, checkText, fail, isRecord, ok, type Check } from '../../core/validation.js';

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

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

/** Validates a scale value: null (unanswered) or a whole number 0–10. */
export function checkScaleValue(v: unknown, field = 'value'): Check<ScaleValue> {
  if (v === null || v === undefined) return ok(null);
  return checkInt(field, v, SCALE_MIN, SCALE_MAX);
}

/** Reads the `value` attribute: empty means unanswered; anything not a number stays invalid. */
export function parseScaleAttribute(s: string | null): unknown {
  if (s === null || s.trim() === '') return null;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s;
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

const clamp = (n: number) => Math.max(SCALE_MIN, Math.min(SCALE_MAX, n));

/**
 * The value after a keyboard step. From "unanswered" any step lands on 0, the start of the
 * scale, so the keyboard never suggests a middle answer (End still jumps to 10).
 */
export function stepScale(v: ScaleValue, delta: number): number {
  return v === null ? SCALE_MIN : clamp(v + delta);
}

/** The number under a pointer at `fraction` (0 = start of track, 1 = end): 11 equal cells. */
export function valueAtFraction(fraction: number): number {
  const cells = SCALE_MAX - SCALE_MIN + 1;
  return clamp(SCALE_MIN + Math.floor(Math.max(0, Math.min(0.9999, fraction)) * cells));
}
