/**
 * Layout for crowded circles, loaded only when the even spread of network-circle.layout.ts
 * cannot place everyone. Pure and deterministic like the rest of the layout.
 *
 * 1. Each ring gets the room its tokens need (with sectors: five times its fullest sector),
 *    never less than an equal-width ring; a ring where someone still does not fit gets
 *    more room and the layout is tried again (a few times). When there are more tokens
 *    than room, rings keep equal widths (thin rings hold fewest).
 * 2. In each slot the tokens are spread evenly, or else packed: a sweep outwards row by row
 *    that puts each token at the first place where it overlaps nothing.
 * 3. If that is not enough, all tokens get smaller (names cut at 80 units, then 44 × 44 with
 *    initials). Whoever still does not fit is in `hidden`, and the component points to the list.
 */
import {
  C,
  eachSlot,
  free,
  GAP,
  labelBoxes,
  networkTokenSize,
  spread,
  type Item,
  type NetworkBox,
  type NetworkLayout,
  type NetworkLayoutOptions,
} from './network-circle.layout.js';
import { NETWORK_SECTORS, networkSector, type NetworkValue } from './network-circle.model.js';

/**
 * Packs a slot's tokens (see 2. above). With `shrink`, a long name that fits nowhere at full
 * width is cut shorter (the element shows "…"); without, the first misfit ends the slot.
 */
function sweep(items: Item[], ri: number, ro: number, wedge: number[] | null, obstacles: NetworkBox[], out: Record<string, NetworkBox>, hidden: string[], shrink: boolean): void {
  const [a0, a1] = wedge ?? [-Math.PI / 2, 1.5 * Math.PI];
  const placed: NetworkBox[] = [];
  let ra = 0;
  let ta = 0;
  let missed = false;
  for (const it of items) {
    let got: NetworkBox | undefined;
    for (const w of shrink ? new Set([it.w, Math.min(it.w, 96), Math.min(it.w, 64)]) : [it.w]) {
      for (let a = ra; !got && !(!shrink && missed) && ri + it.h / 2 + a * 4 <= ro; a++) {
        const r = ri + it.h / 2 + a * 4;
        const steps = Math.floor(((a1 - a0) * r) / 4);
        for (let t = a === ra ? ta : 0; !got && t < steps; t++) {
          const b = { x: r * Math.cos(a0 + ((a1 - a0) * t) / steps), y: r * Math.sin(a0 + ((a1 - a0) * t) / steps), w, h: it.h };
          if (free(b, ri, ro, wedge, placed, obstacles)) [got, ra, ta] = [b, a, t];
        }
      }
    }
    if (got) placed.push((out[it.id] = got));
    else hidden.push(it.id), (missed = true);
  }
}

/** Lays out a crowded `v` in a square of `size` units. */
export function packNetwork(v: NetworkValue, { size = 720, labels = [], names = true }: NetworkLayoutOptions = {}): NetworkLayout {
  const R = size / 2 - 2;
  const me = Math.round(size * 0.075);
  const T = Math.PI * (R * R - me * me);
  const lbl = labelBoxes(v, R, labels);
  let out: NetworkLayout | undefined;
  for (const max of names ? [136, 80, C] : [C]) {
    const dims = v.people.map((p) => networkTokenSize(p, max));
    const area = (j: number) => ((dims[j][0] + 2 * GAP) * (dims[j][1] + 2 * GAP)) / 0.45;
    // overfull: rings of equal width hold the most; else each ring as much as it needs
    const full = v.people.reduce((a, _, j) => a + area(j), 0) > T;
    const need = Array.from({ length: v.rings }, (_, i) => {
      const slots = [0, 0, 0, 0, 0];
      v.people.forEach((p, j) => {
        if (p.ring === i + 1) slots[v.sectors ? NETWORK_SECTORS.indexOf(networkSector(p)) : 0] += area(j);
      });
      const [a, b] = [i, i + 1].map((j) => me + ((R - me) * j) / v.rings);
      return Math.max(full ? 0 : v.sectors ? 5 * Math.max(...slots) + (i === v.rings - 1 ? 5 * 170 * 40 : 0) : slots[0], Math.PI * (b * b - a * a));
    });
    if (max > C && full) continue;
    const passes = v.people.length > 60 ? 2 : 4;
    for (let pass = 0; pass < passes; pass++) {
      const total = need.reduce((a, b) => a + b);
      let r = me;
      const radii = need.map((a) => (r = Math.sqrt(r * r + (T * a) / total / Math.PI)));
      const boxes: Record<string, NetworkBox> = {};
      const hidden: string[] = [];
      eachSlot(v, dims, me, radii, (items, ri, ro, wedge) => {
        // first give crowded rings room; cut long names only in the last try of a size
        if (!spread(items, ri, ro, wedge, lbl, boxes)) sweep(items, ri, ro, wedge, lbl, boxes, hidden, true);
      });
      if (!out || hidden.length < out.hidden.length) out = { size, me, radii, compact: max < 136, max, boxes, labels: lbl, hidden };
      if (!hidden.length) return out;
      const crowded = new Set(hidden.map((id) => v.people.find((p) => p.id === id)!.ring - 1));
      if (crowded.size === v.rings && pass < passes - 2) pass = passes - 2; // growing every ring changes nothing
      crowded.forEach((i) => (need[i] *= 1.5));
    }
  }
  return out!;
}
