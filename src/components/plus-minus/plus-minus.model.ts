/**
 * The plus/minus sheet's pure model: no DOM. A sheet is a grid of rows × {plus, minus}:
 * - `two`: one row (no row id), the pluses and minuses of one chosen substance;
 * - `four`: rows `continue` and `change` (pros and cons of going on as now and of changing);
 * - `evaluation`: meeting 6's table, rows `group`, `substances`, `dreams`, `plans`.
 * There is no score or verdict anywhere: the sheet is a conversation aid.
 */
import {
  checkArray,
  checkEnum,
  checkId,
  checkInt,
  checkText,
  checkUniqueIds,
  fail,
  isRecord,
  ok,
  type Check,
  isVersioned,
  notVersioned,
} from '../../core/validation.js';

export const PLUS_MINUS_LAYOUTS = ['two', 'four', 'evaluation'] as const;
export type PlusMinusLayout = (typeof PLUS_MINUS_LAYOUTS)[number];
export const PLUS_MINUS_SIDES = ['plus', 'minus'] as const;
export type PlusMinusSide = (typeof PLUS_MINUS_SIDES)[number];

/** The rows of each layout; `two` has one row without an id. */
export const PLUS_MINUS_ROWS: Record<PlusMinusLayout, readonly string[]> = {
  two: [''],
  four: ['continue', 'change'],
  evaluation: ['group', 'substances', 'dreams', 'plans'],
};

import { cellKey, ENTRIES_MAX, ENTRY_MAX, NAME_MAX, TOPIC_MAX } from './plus-minus.limits.js';

/** One thing said: "Jeg slapper af", "Jeg mangler penge". */
export interface PlusMinusEntry {
  /** Stable id (1–64 letters, digits, _ . : -). */
  id: string;
  side: PlusMinusSide;
  /** The row in `four` and `evaluation` layouts; absent in `two`. */
  row?: string;
  text: string;
  /** How much it matters, 0–10 (the 0–10 scale); absent when not weighed. */
  weight?: number;
  /** Who said it (the group poster); shown only on the facilitator surface. */
  by?: string;
}

export interface PlusMinusValue {
  version: 1;
  layout: PlusMinusLayout;
  /** What the sheet is about, e.g. the chosen substance. */
  topic: string;
  entries: PlusMinusEntry[];
}

export const emptyPlusMinus = (layout: PlusMinusLayout = 'two'): PlusMinusValue => ({ version: 1, layout, topic: '', entries: [] });

/** Validates one entry for `layout`; returns a normalised copy (no empty optional fields). */
export function checkPlusMinusEntry(x: unknown, f: string, layout: PlusMinusLayout): Check<PlusMinusEntry> {
  if (!isRecord(x)) return fail(f, 'must be an object');
  const text = checkText(`${f}.text`, x.text, { max: ENTRY_MAX });
  const by = checkText(`${f}.by`, x.by, { max: NAME_MAX, optional: true });
  // every field in order; the first that fails is reported, absent and empty ones are left out
  const fields: [keyof PlusMinusEntry, Check<unknown>][] = [
    ['id', checkId(`${f}.id`, x.id)],
    ['side', checkEnum(`${f}.side`, x.side, PLUS_MINUS_SIDES)],
    ['text', text.ok && !text.value.trim() ? fail(`${f}.text`, 'must not be empty') : text],
    [
      'row',
      layout !== 'two'
        ? checkEnum(`${f}.row`, x.row, PLUS_MINUS_ROWS[layout])
        : (x.row ?? '') !== ''
          ? fail(`${f}.row`, 'must be absent in layout two')
          : ok(''),
    ],
    // the 0–10 scale's range (checkScaleValue's rule; importing it would pull the whole scale model into this entry)
    ['weight', x.weight == null ? ok('') : checkInt(`${f}.weight`, x.weight, 0, 10)],
    ['by', by.ok ? ok(by.value.trim()) : by],
  ];
  const e: Partial<Record<keyof PlusMinusEntry, unknown>> = {};
  for (const [k, r] of fields) {
    if (!r.ok) return r;
    if (r.value !== '') e[k] = r.value;
  }
  return ok(e as PlusMinusEntry);
}

/**
 * Validates a sheet and returns a normalised copy. `layout` may be left out; it then takes
 * `fallbackLayout` (the element's `layout` attribute).
 */
export function checkPlusMinusValue(v: unknown, fallbackLayout: PlusMinusLayout = 'two', field = 'value'): Check<PlusMinusValue> {
  if (v == null) return ok(emptyPlusMinus(fallbackLayout));
  if (!isVersioned(v)) return notVersioned(field, v, 'an object');
  const layout = v.layout === undefined ? ok(fallbackLayout) : checkEnum(`${field}.layout`, v.layout, PLUS_MINUS_LAYOUTS);
  if (!layout.ok) return layout;
  const topic = checkText(`${field}.topic`, v.topic, { max: TOPIC_MAX, optional: true });
  if (!topic.ok) return topic;
  const entries = checkArray(`${field}.entries`, v.entries ?? [], (x, f) => checkPlusMinusEntry(x, f, layout.value), ENTRIES_MAX);
  if (!entries.ok) return entries;
  const unique = checkUniqueIds(`${field}.entries`, entries.value);
  if (!unique.ok) return unique;
  return ok({ version: 1, layout: layout.value, topic: topic.value, entries: entries.value });
}

/** Entries grouped by cell key, each group in sheet order. */
export function groupEntries(entries: readonly PlusMinusEntry[]): Map<string, PlusMinusEntry[]> {
  const m = new Map<string, PlusMinusEntry[]>();
  for (const e of entries) {
    const k = cellKey(e.row, e.side);
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  }
  return m;
}

/** Adds an entry at the end of its field. (Changing existing entries: plus-minus.ops.ts.) */
export const addEntry = (v: PlusMinusValue, e: PlusMinusEntry): PlusMinusValue => ({ ...v, entries: [...v.entries, e] });
