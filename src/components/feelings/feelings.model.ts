/**
 * The feelings cards' pure model: no DOM. A participant answers "Hvordan har du det lige nu?"
 * with one card (or up to three) from the deck of their persona, at check-in and again at
 * check-out, where the check-in choice is kept for comparison (seeds/003, 4.2.3).
 *
 * The value is a complete record, so a host can store it and give it back later:
 *   { version: 1, persona: 'young-woman', phase: 'check-out', feelings: ['ok', 'happy'],
 *     checkIn: ['afraid'] }
 */
import { checkArray, checkEnum, checkText, fail, isRecord, ok, type Check, isVersioned, notVersioned } from '../../core/validation.js';
import { FEELINGS, PERSONAS, type FeelingId, type PersonaId } from './ids.js';

export { FEELINGS, PERSONAS, type FeelingId, type PersonaId };

/** A card: one of the five feelings, or the blank card the facilitator can add ("andet"). */
export type FeelingCardId = FeelingId | 'other';
export const FEELING_CARDS: readonly FeelingCardId[] = [...FEELINGS, 'other'];

export const FEELINGS_PHASES = ['check-in', 'check-out'] as const;
export type FeelingsPhase = (typeof FEELINGS_PHASES)[number];

/** A participant may pick at most three cards ("both ok, sad and afraid"). */
export const MAX_FEELING_CARDS = 3;
/** The longest word a facilitator can put on a card. */
export const MAX_CARD_LABEL = 40;

/**
 * The order of the cards on screen. Deliberately not the paper list (vred … glad), which reads
 * as a line from bad to good: here no end of the row is "better" and ok is not in the middle.
 * The blank card, when shown, comes last.
 */
export const FEELINGS_DECK: readonly FeelingId[] = ['sad', 'happy', 'angry', 'ok', 'afraid'];

export interface FeelingsValue {
  version: 1;
  /** Whose faces were shown: young-man, young-woman, middle-aged-man, middle-aged-woman. */
  persona: PersonaId;
  phase: FeelingsPhase;
  /** The cards chosen now, in the order they were chosen; 0–3, no repeats. */
  feelings: FeelingCardId[];
  /** At check-out: the cards chosen at check-in, kept for comparison. */
  checkIn?: FeelingCardId[];
  /** The facilitator's word on the blank card, when a chosen card is `other`. */
  otherLabel?: string;
}

/** Facilitator's relabelling of cards, e.g. `{ sad: 'Trist', other: 'Træt' }`. */
export type FeelingCardLabels = Partial<Record<FeelingCardId, string>>;

/** Validates a list of cards: at most `max`, known ids, no card twice. */
export function checkFeelingCards(field: string, v: unknown, max = MAX_FEELING_CARDS): Check<FeelingCardId[]> {
  const r = checkArray(field, v, (x, f) => checkEnum(f, x, FEELING_CARDS), max);
  if (!r.ok) return r;
  const i = r.value.findIndex((c, j) => r.value.indexOf(c) !== j);
  return i < 0 ? r : fail(`${field}[${i}]`, 'must not repeat a card');
}

/** A card word: text of 1–40 characters after trimming. */
export function checkCardLabel(field: string, v: unknown): Check<string> {
  const r = checkText(field, v, { max: MAX_CARD_LABEL });
  if (!r.ok) return r;
  const s = r.value.trim();
  return s ? ok(s) : fail(field, 'must not be empty');
}

/**
 * Validates a feelings value (null = nothing chosen yet) and returns a normalised copy
 * without unknown fields. `max` is how many cards this picker allows (1–3).
 */
export function checkFeelingsValue(v: unknown, field = 'value', max = MAX_FEELING_CARDS): Check<FeelingsValue | null> {
  if (v === null || v === undefined) return ok(null);
  if (!isVersioned(v)) return notVersioned(field, v, 'an object like { version: 1, persona, phase, feelings: [] }');
  const persona = checkEnum(`${field}.persona`, v.persona, PERSONAS);
  if (!persona.ok) return persona;
  const phase = checkEnum(`${field}.phase`, v.phase, FEELINGS_PHASES);
  if (!phase.ok) return phase;
  const feelings = checkFeelingCards(`${field}.feelings`, v.feelings, max);
  if (!feelings.ok) return feelings;
  const out: FeelingsValue = { version: 1, persona: persona.value, phase: phase.value, feelings: feelings.value };
  if (v.checkIn !== undefined) {
    if (phase.value !== 'check-out') return fail(`${field}.checkIn`, 'belongs to a check-out value only');
    const checkIn = checkFeelingCards(`${field}.checkIn`, v.checkIn);
    if (!checkIn.ok) return checkIn;
    if (checkIn.value.length) out.checkIn = checkIn.value;
  }
  if (v.otherLabel !== undefined) {
    const label = checkCardLabel(`${field}.otherLabel`, v.otherLabel);
    if (!label.ok) return label;
    out.otherLabel = label.value;
  }
  return ok(out);
}

/**
 * What a host may give as the check-in choice at check-out: a list of cards, a check-in value
 * from an earlier picker, or a space- or comma-separated attribute ("afraid sad").
 */
export function checkCheckIn(v: unknown, field = 'checkIn'): Check<FeelingCardId[]> {
  if (v === null || v === undefined || v === '') return ok([]);
  if (typeof v === 'string') return checkFeelingCards(field, v.trim().split(/[\s,]+/));
  if (isRecord(v)) {
    const r = checkFeelingsValue(v, field);
    return r.ok ? ok(r.value!.feelings) : r;
  }
  return checkFeelingCards(field, v);
}

/** Validates the facilitator's labels; returns a copy with trimmed words. */
export function checkCardLabels(v: unknown, field = 'labels'): Check<FeelingCardLabels> {
  if (v === null || v === undefined) return ok({});
  if (!isRecord(v)) return fail(field, 'must be an object like { sad: "Trist" }');
  const out: FeelingCardLabels = {};
  for (const [k, x] of Object.entries(v)) {
    if (!(FEELING_CARDS as readonly string[]).includes(k)) return fail(`${field}.${k}`, `is not a card; use one of: ${FEELING_CARDS.join(', ')}`);
    const r = checkCardLabel(`${field}.${k}`, x);
    if (!r.ok) return r;
    out[k as FeelingCardId] = r.value;
  }
  return ok(out);
}

/**
 * The cards after the participant taps `card`. With `max` 1 the card replaces the choice (a
 * radio group). Otherwise it toggles; a fourth card is refused and `full` says so.
 */
export function toggleFeelingCard(cards: readonly FeelingCardId[], card: FeelingCardId, max: number): { cards: FeelingCardId[]; full: boolean } {
  if (max <= 1) return { cards: [card], full: false };
  if (cards.includes(card)) return { cards: cards.filter((c) => c !== card), full: false };
  if (cards.length >= max) return { cards: cards.slice(), full: true };
  return { cards: [...cards, card], full: false };
}

/** The check-out that follows a check-in: same persona, nothing chosen yet, check-in kept. */
export function startCheckOut(checkIn: FeelingsValue): FeelingsValue {
  const out: FeelingsValue = { version: 1, persona: checkIn.persona, phase: 'check-out', feelings: [] };
  const was = checkIn.phase === 'check-in' ? checkIn.feelings : (checkIn.checkIn ?? []);
  if (was.length) out.checkIn = was.slice();
  if (checkIn.otherLabel && was.includes('other')) out.otherLabel = checkIn.otherLabel;
  return out;
}

/** True when both lists hold the same cards, in any order. */
export function sameFeelingCards(a: readonly FeelingCardId[], b: readonly FeelingCardId[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** The cards in the order they are shown: the deck, then the blank card if present. */
export function feelingsDeck(withOther: boolean): FeelingCardId[] {
  return withOther ? [...FEELINGS_DECK, 'other'] : FEELINGS_DECK.slice();
}
