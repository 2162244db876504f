/** Pure list operations shared by the tools' models. They never mutate their input. */

/** Moves the item at `from` to index `to` (clamped). Returns the same array when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return list.slice();
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

/** Replaces the item with id `id` by `patch(item)`. */
export function updateById<T extends { id: string }>(list: readonly T[], id: string, patch: (item: T) => T): T[] {
  return list.map((x) => (x.id === id ? patch(x) : x));
}

export function removeById<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((x) => x.id !== id);
}
