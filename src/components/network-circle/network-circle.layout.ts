/**
 * Where every token goes: pure geometry, no DOM, deterministic (the same value and size give
 * the same layout). Coordinates are layout units with (0, 0) in the centre of the circle;
 * the component scales them to the drawn size. Tokens are spread evenly inside their ring
 * (and sector), in one or more rows; a token is only placed where its box overlaps no other
 * token and no sector label, so tokens never cover each other. People who do not fit are
 * listed in `hidden`; for them the component loads `packNetwork` (network-circle.pack.ts),
 * which gives crowded rings more room, packs tokens and makes them smaller.
 */
import { NETWORK_SECTORS, networkSector, type NetworkPerson, type NetworkValue } from './network-circle.model.js';

/** A box by its centre (x, y) and its full width and height. */
export interface NetworkBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface NetworkLayout {
  /** Width and height of the layout square. */
  size: number;
  /** Radius of the centre ("Mig"). */
  me: number;
  /** Outer radius of each ring, closest first. */
  radii: number[];
  /** True when tokens were made smaller to fit (`networkTokenSize(p, max)`). */
  compact: boolean;
  /** Widest token allowed: 136, 80, or 44 (networkInitials only). */
  max: number;
  boxes: Record<string, NetworkBox>;
  /** Sector labels (when sectors are on), in NETWORK_SECTORS order. */
  labels: NetworkBox[];
  /** Ids of people that did not fit. */
  hidden: string[];
}

export interface NetworkLayoutOptions {
  /** Layout size in px (default 720). */
  size?: number;
  /** Length in characters of each sector's label. */
  labels?: number[];
  /** false when names are not shown (shared screen): every token is compact. */
  names?: boolean;
}

export const GAP = 4;
const EDGE = 3;
const H = 46;
export const C = 44;
export const A0 = -Math.PI / 2;
export const SLICE = (2 * Math.PI) / 5;

/** The size of a person's token. */
export function networkTokenSize(p: NetworkPerson, max = 136): [number, number] {
  // the name (and symbol) on one line; the marks as small icons under it
  return max <= C ? [C, C] : [Math.round(Math.min(max, Math.max(52, 24 + [...p.name].length * 10 + (p.symbol ? 19 : 0)))), max < 136 ? C : H];
}

export const hit = (a: NetworkBox, b: NetworkBox) => Math.abs(a.x - b.x) < (a.w + b.w) / 2 + GAP && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + GAP;

/** Whether box `b` lies wholly between radii ri and ro (and inside the wedge, given as its two side angles). */
export function inside(b: NetworkBox, ri: number, ro: number, wedge: number[] | null): boolean {
  const x0 = b.x - b.w / 2;
  const x1 = b.x + b.w / 2;
  const y0 = b.y - b.h / 2;
  const y1 = b.y + b.h / 2;
  const nx = x0 > 0 ? x0 : x1 < 0 ? x1 : 0;
  const ny = y0 > 0 ? y0 : y1 < 0 ? y1 : 0;
  const fx = Math.max(-x0, x1);
  const fy = Math.max(-y0, y1);
  if (nx * nx + ny * ny < (ri + EDGE) ** 2 || fx * fx + fy * fy > (ro - EDGE) ** 2) return false;
  if (!wedge) return true;
  // each corner at least EDGE inside both side lines of the wedge (wedges are < 180°)
  const [c0, s0, c1, s1] = [Math.cos(wedge[0]), Math.sin(wedge[0]), Math.cos(wedge[1]), Math.sin(wedge[1])];
  for (let i = 0; i < 4; i++) {
    const x = i & 1 ? x1 : x0;
    const y = i & 2 ? y1 : y0;
    if (c0 * y - s0 * x < EDGE || x * s1 - y * c1 < EDGE) return false;
  }
  return true;
}

export type Item = { id: string; w: number; h: number };

/**
 * Spreads a slot's tokens evenly over 1, 2, … rows between radii ri and ro (and inside the
 * wedge). Writes their boxes to `out` and returns true when all of them fit.
 */
export function spread(items: Item[], ri: number, ro: number, wedge: number[] | null, obstacles: NetworkBox[], out: Record<string, NetworkBox>): boolean {
  const n = items.length;
  if (!n) return true;
  const [a0, a1] = wedge ?? [A0, A0 + 2 * Math.PI];
  const h = items[0].h;
  const lo = ri + h / 2 + EDGE + 1;
  const hi = ro - h / 2 - EDGE - Math.max(...items.map((it) => it.w)) ** 2 / 8 / ro - 1;
  for (let m = 1; m <= Math.max(1, Math.floor((hi - lo) / (h + GAP)) + 1); m++) {
    const rows = Array.from({ length: m }, (_, j) => (m > 1 ? lo + ((hi - lo) * j) / (m - 1) : (ri + ro) / 2));
    const sum = rows.reduce((a, b) => a + b);
    const placed: NetworkBox[] = [];
    let k = 0;
    let acc = 0;
    rows.forEach((r, j) => {
      const end = Math.round((n * (acc += r)) / sum);
      for (let i = 0, cnt = end - k; i < cnt && placed.length === k; i++, k++) {
        const t = a0 + ((a1 - a0) * (i + (wedge ? 0.5 : (j % 2) / 2))) / cnt;
        const b = { x: r * Math.cos(t), y: r * Math.sin(t), w: items[k].w, h };
        if (free(b, ri, ro, wedge, placed, obstacles)) placed.push(b);
      }
    });
    if (placed.length === n) {
      items.forEach((it, i) => (out[it.id] = placed[i]));
      return true;
    }
  }
  return false;
}

/** Whether box `b` fits its slot and overlaps no placed token and no obstacle. */
export const free = (b: NetworkBox, ri: number, ro: number, wedge: number[] | null, placed: NetworkBox[], obstacles: NetworkBox[]) =>
  inside(b, ri, ro, wedge) && !placed.some((q) => hit(b, q)) && !obstacles.some((q) => hit(b, q));

/** Sector labels: at each sector's middle, as far out as they fit (tokens keep clear of them). */
export function labelBoxes(v: NetworkValue, R: number, labels: number[]): NetworkBox[] {
  return v.sectors
    ? NETWORK_SECTORS.map((_, k) => {
        const t = A0 + (k + 0.5) * SLICE;
        const b: NetworkBox = { x: 0, y: 0, w: Math.min(170, 16 + (labels[k] ?? 10) * 9), h: 26 };
        for (let d = R - 14; d > R / 2; d -= 2) {
          [b.x, b.y] = [d * Math.cos(t), d * Math.sin(t)];
          if (inside(b, 0, R, null)) break;
        }
        return b;
      })
    : [];
}

/** Calls `place` for every slot (ring, and sector when on) with its people's tokens and bounds. */
export function eachSlot(v: NetworkValue, dims: number[][], me: number, radii: number[], place: (items: Item[], ri: number, ro: number, wedge: number[] | null) => void): void {
  for (let ring = 1; ring <= v.rings; ring++) {
    for (let k = 0; k < (v.sectors ? 5 : 1); k++) {
      const items = v.people
        .map((p, i) => ({ p, id: p.id, w: dims[i][0], h: dims[i][1] }))
        .filter(({ p }) => p.ring === ring && (!v.sectors || networkSector(p) === NETWORK_SECTORS[k]));
      place(items, ring === 1 ? me : radii[ring - 2], radii[ring - 1], v.sectors ? [A0 + k * SLICE, A0 + (k + 1) * SLICE] : null);
    }
  }
}

/** Lays out `v` in a square of `size` units: rings of equal width, tokens spread evenly. */
export function layoutNetwork(v: NetworkValue, { size = 720, labels = [], names = true }: NetworkLayoutOptions = {}): NetworkLayout {
  const R = size / 2 - 2;
  const me = Math.round(size * 0.075);
  const max = names ? 136 : C;
  const dims = v.people.map((p) => networkTokenSize(p, max));
  const radii = Array.from({ length: v.rings }, (_, i) => me + ((R - me) * (i + 1)) / v.rings);
  const out: NetworkLayout = { size, me, radii, compact: !names, max, boxes: {}, labels: labelBoxes(v, R, labels), hidden: [] };
  eachSlot(v, dims, me, radii, (items, ri, ro, wedge) => {
    if (!spread(items, ri, ro, wedge, out.labels, out.boxes)) out.hidden.push(...items.map((it) => it.id));
  });
  return out;
}

/** "x y" of the point at radius r and angle t. */
export const pt = (r: number, t: number) => `${(r * Math.cos(t)).toFixed(1)} ${(r * Math.sin(t)).toFixed(1)}`;

/** End points of the sector lines, from the centre's edge to the rim. */
export const networkSectorLines = (l: NetworkLayout) =>
  NETWORK_SECTORS.map((_, k) => `M${pt(l.me, A0 + k * SLICE)}L${pt(l.radii[l.radii.length - 1], A0 + k * SLICE)}`).join('');
