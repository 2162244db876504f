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
  checkVersion,
  fail,
  isRecord,
  ok,
  type Check,
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

import { ENTRIES_MAX, ENTRY_MAX, NAME_MAX, TOPIC_MAX } from './plus-minus.limits.js';

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
  const id = checkId(`${f}.id`, x.id);
  if (!id.ok) return id;
  const side = checkEnum(`${f}.side`, x.side, PLUS_MINUS_SIDES);
  if (!side.ok) return side;
  const text = checkText(`${f}.text`, x.text, { max: ENTRY_MAX });
  if (!text.ok) return text;
  if (!text.value.trim()) return fail(`${f}.text`, 'must not be empty');
  const e: PlusMinusEntry = { id: id.value, side: side.value, text: text.value };
  if (layout === 'two') {
    if ((x.row ?? '') !== '') return fail(`${f}.row`, 'must be absent in layout two');
  } else {
    const row = checkEnum(`${f}.row`, x.row, PLUS_MINUS_ROWS[layout]);
    if (!row.ok) return row;
    e.row = row.value;
  }
  if (x.weight != null) {
    // the 0–10 scale's range (checkScaleValue's rule; importing it would pull the whole scale model into this entry)
    const weight = checkInt(`${f}.weight`, x.weight, 0, 10);
    if (!weight.ok) return weight;
    e.weight = weight.value;
  }
  const by = checkText(`${f}.by`, x.by, { max: NAME_MAX, optional: true });
  if (!by.ok) return by;
  if (by.value.trim()) e.by = by.value.trim();
  return ok(e);
}

/**
 * Validates a sheet and returns a normalised copy. `layout` may be left out; it then takes
 * `fallbackLayout` (the element's `layout` attribute).
 */
export function checkPlusMinusValue(v: unknown, fallbackLayout: PlusMinusLayout = 'two', field = 'value'): Check<PlusMinusValue> {
  if (v == null) return ok(emptyPlusMinus(fallbackLayout));
  if (!isRecord(v)) return fail(field, 'must be an object');
  const version = checkVersion(`${field}.version`, v.version, 1);
  if (!version.ok) return version;
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

/** The key of a field (cell) of the grid: `row/side`. */
export const cellKey = (row: string | undefined, side: PlusMinusSide) => `${row ?? ''}/${side}`;

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
