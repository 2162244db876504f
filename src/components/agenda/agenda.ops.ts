/**
 * Pure operations on an agenda value, used by the facilitator's editor (loaded lazily) and by
 * hosts. None mutates its input; each returns a new value that passes checkAgendaValue.
 */
import { moveItem } from '../../core/list.js';
import type { AgendaItem, AgendaState, AgendaValue } from './agenda.model.js';

const put = (v: AgendaValue, items: AgendaItem[]): AgendaValue => ({ ...v, items });
const plain = ({ started: _s, ...rest }: AgendaItem, state: AgendaState): AgendaItem => ({ ...rest, state });

/**
 * Sets the state of item `id` the way a facilitator does it:
 * - `now` makes it the current item (started at `startedAt`); the previous current item goes
 *   back to planned;
 * - `done` or `skipped` on the current item moves "now" on to the next planned item;
 * - `planned` undoes done/skipped (or stops the current item).
 */
export function setAgendaState(v: AgendaValue, id: string, state: AgendaState, startedAt: string): AgendaValue {
  const at = v.items.findIndex((x) => x.id === id);
  if (at < 0) return v;
  const wasNow = v.items[at].state === 'now';
  const items = v.items.map((x, i) =>
    i === at ? (state === 'now' ? { ...x, state, started: startedAt } : plain(x, state)) : state === 'now' && x.state === 'now' ? plain(x, 'planned') : x,
  );
  if (wasNow && (state === 'done' || state === 'skipped')) {
    const order = [...items.keys()].slice(at + 1).concat([...items.keys()].slice(0, at));
    const next = order.find((i) => items[i].state === 'planned');
    if (next !== undefined) items[next] = { ...items[next], state: 'now', started: startedAt };
  }
  return put(v, items);
}

/** Moves the item at `from` to index `to` (clamped). */
export function moveAgendaItem(v: AgendaValue, from: number, to: number): AgendaValue {
  return put(v, moveItem(v.items, from, to));
}

/** Adds `item` at the end (or at `index`). */
export function addAgendaItem(v: AgendaValue, item: AgendaItem, index = v.items.length): AgendaValue {
  const items = v.items.slice();
  items.splice(index, 0, item);
  return put(v, items);
}

/** Replaces the editable fields of item `id` (title, kind, minutes, pictogram, responsible, checklist). */
export function updateAgendaItem(v: AgendaValue, id: string, fields: Partial<Omit<AgendaItem, 'id' | 'state' | 'started'>>): AgendaValue {
  return put(
    v,
    v.items.map((x) => {
      if (x.id !== id) return x;
      const next: AgendaItem = { ...x, ...fields };
      for (const k of ['minutes', 'pictogram', 'responsible', 'checklist'] as const) {
        const f = next[k];
        if (f === undefined || f === '' || (Array.isArray(f) && !f.length)) delete next[k];
      }
      return next;
    }),
  );
}

export function removeAgendaItem(v: AgendaValue, id: string): AgendaValue {
  return put(v, v.items.filter((x) => x.id !== id));
}
