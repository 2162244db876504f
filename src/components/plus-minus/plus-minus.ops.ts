/**
 * The model's operations on existing entries: change, remove, move. Pure, no DOM. They live
 * apart from plus-minus.model.ts because only the editor (loaded when someone opens or moves
 * an entry) needs them, so a sheet that is only looked at or added to never downloads them.
 */
import { cellKey } from './plus-minus.limits.js';
import type { PlusMinusEntry, PlusMinusValue } from './plus-minus.model.js';

const field = (e: PlusMinusEntry) => cellKey(e.row, e.side);

const withEntries = (v: PlusMinusValue, entries: PlusMinusEntry[]): PlusMinusValue => ({ ...v, entries });

/** Changes the entry with `id`; `undefined` or `''` for weight/by removes them. */
export function updateEntry(v: PlusMinusValue, id: string, patch: Partial<Omit<PlusMinusEntry, 'id'>>): PlusMinusValue {
  return withEntries(
    v,
    v.entries.map((e) => {
      if (e.id !== id) return e;
      const n = { ...e, ...patch };
      if (n.weight === undefined) delete n.weight;
      if (!n.by) delete n.by;
      return n;
    }),
  );
}

export const removeEntry = (v: PlusMinusValue, id: string): PlusMinusValue =>
  withEntries(
    v,
    v.entries.filter((e) => e.id !== id),
  );

/**
 * Moves the entry `delta` places within its own field; entries of other fields keep their
 * places. Returns the same value object when nothing moves (already at that end).
 */
export function moveEntry(v: PlusMinusValue, id: string, delta: number): PlusMinusValue {
  const i = v.entries.findIndex((e) => e.id === id);
  if (i < 0) return v;
  const k = field(v.entries[i]);
  const same = v.entries.flatMap((e, j) => (field(e) === k ? [j] : []));
  const j = same[Math.max(0, Math.min(same.length - 1, same.indexOf(i) + delta))];
  if (j === i) return v;
  const entries = v.entries.slice();
  entries.splice(i, 1);
  entries.splice(j, 0, v.entries[i]);
  return withEntries(v, entries);
}
