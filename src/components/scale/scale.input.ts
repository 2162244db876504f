/**
 * How the participant's input becomes an answer: keys and a pointer on the track. Pure like
 * the model (no DOM), and internal: hosts assign numbers to `value`.
 */
import type { ScaleValue } from './scale.model.js';
import { SCALE_MAX, SCALE_MIN } from './scale.range.js';

const clamp = (n: number) => Math.max(SCALE_MIN, Math.min(SCALE_MAX, n));

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 2, PageDown: -2 };

/**
 * The answer a key leads to (APG slider and radio group), or undefined for a key the scale
 * does not use. Arrows step 1 and PageUp/PageDown 2 (1 in the radio group, where `from` is the
 * focused button). From "unanswered" any step lands on 0, the start of the scale, so the
 * keyboard never suggests a middle answer. Home is 0, End 10, a digit its own number.
 */
export function scaleKey(key: string, from: ScaleValue, radio = false): number | undefined {
  const step = STEPS[key];
  if (step) return from === null ? SCALE_MIN : clamp(from + (radio ? Math.sign(step) : step));
  return key === 'Home' ? SCALE_MIN : key === 'End' ? SCALE_MAX : /^\d$/.test(key) ? +key : undefined;
}

/** The number under a pointer at `fraction` (0 = start of track, 1 = end): 11 equal cells. */
export function valueAtFraction(fraction: number): number {
  const cells = SCALE_MAX - SCALE_MIN + 1;
  return SCALE_MIN + Math.floor(Math.max(0, Math.min(0.9999, fraction)) * cells);
}
