/**
 * Roving tabindex maths for APG radio groups, toolbars and grids of cards: given a key and the
 * current index, returns the index to move to, or null when the key is not a navigation key.
 * Pure, so every tool shares one tested implementation.
 */
export type Orientation = 'horizontal' | 'vertical' | 'both';

export function rovingIndex(
  key: string,
  index: number,
  count: number,
  { orientation = 'both', wrap = true, rtl = false }: { orientation?: Orientation; wrap?: boolean; rtl?: boolean } = {},
): number | null {
  if (count <= 0) return null;
  const horizontal = orientation !== 'vertical';
  const vertical = orientation !== 'horizontal';
  let delta = 0;
  switch (key) {
    case 'ArrowRight': if (horizontal) delta = rtl ? -1 : 1; break;
    case 'ArrowLeft': if (horizontal) delta = rtl ? 1 : -1; break;
    case 'ArrowDown': if (vertical) delta = 1; break;
    case 'ArrowUp': if (vertical) delta = -1; break;
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
  if (delta === 0) return null;
  const start = index < 0 ? (delta > 0 ? -1 : count) : index;
  let next = start + delta;
  if (wrap) next = (next + count) % count;
  else next = Math.max(0, Math.min(count - 1, next));
  return next;
}
