/**
 * Where every token goes: pure geometry, no DOM, deterministic (the same value and size give
 * the same layout). Coordinates are layout units with (0, 0) in the centre of the circle;
 * the component scales them to the drawn size. Tokens are placed inside their ring (and
 * sector), spread evenly when there is room, packed when there is not; a token is only
 * placed where its box overlaps no other token and no sector label, so tokens never cover
 * each other. Crowded rings get more room; when even that is not enough every token becomes
 * compact (44 × 44), and people who still do not fit are listed in `hidden` (the component
 * then points to the list view).
 */
import { NETWORK_SECTORS, networkSector, type NetworkPerson, type NetworkPlace, type NetworkValue } from './network-circle.model.js';

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

const GAP = 4;
const EDGE = 3;
const H = 46;
const C = 44;
const A0 = -Math.PI / 2;
const SLICE = (2 * Math.PI) / 5;

/** The size of a person's token. */
export function networkTokenSize(p: NetworkPerson, max = 136): [number, number] {
  if (max <= C) return [C, C];
  const icons = +!!p.symbol + +p.canHelp + +p.inSubstanceEnvironment;
  return [Math.round(Math.min(max, Math.max(60, 24 + [...p.name].length * 9 + icons * 19))), max < 136 ? C : H];
}

const hit = (a: NetworkBox, b: NetworkBox) => Math.abs(a.x - b.x) < (a.w + b.w) / 2 + GAP && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + GAP;

/** Whether box `b` lies wholly between radii ri and ro (and inside the wedge, given as its two side angles). */
function inside(b: NetworkBox, ri: number, ro: number, wedge: number[] | null): boolean {
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

function placeSlot(
  items: { id: string; w: number; h: number }[],
  ri: number,
  ro: number,
  wedge: number[] | null,
  obstacles: NetworkBox[],
  out: Record<string, NetworkBox>,
  hidden: string[],
  quick: boolean,
): void {
  const n = items.length;
  if (!n) return;
  const [a0, a1] = wedge ?? [A0, A0 + 2 * Math.PI];
  const span = a1 - a0;
  const free = (b: NetworkBox, placed: NetworkBox[]) => inside(b, ri, ro, wedge) && !placed.some((q) => hit(b, q)) && !obstacles.some((q) => hit(b, q));
  const box = (r: number, t: number, it: { w: number; h: number }): NetworkBox => ({ x: r * Math.cos(t), y: r * Math.sin(t), w: it.w, h: it.h });
  // 1. spread evenly over 1, 2, … rows
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
        const b = box(r, a0 + (span * (i + (wedge ? 0.5 : (j % 2) / 2))) / cnt, items[k]);
        if (free(b, placed)) placed.push(b);
      }
    });
    if (placed.length === n) {
      items.forEach((it, i) => (out[it.id] = placed[i]));
      return;
    }
  }
  // 2. pack: sweep outwards row by row, 4 units at a time, from where the last token went
  const placed: NetworkBox[] = [];
  let ra = 0;
  let ta = 0;
  for (const it of items) {
    let got: NetworkBox | undefined;
    // while trying a larger token size, one that does not fit is enough to know
    if (quick && hidden.length) {
      hidden.push(it.id);
      continue;
    }
    for (let a = ra; !got && ri + it.h / 2 + a * 4 <= ro; a++) {
      const r = ri + it.h / 2 + a * 4;
      const steps = Math.floor((span * r) / 4);
      for (let t = a === ra ? ta : 0; !got && t < steps; t++) {
        const b = box(r, a0 + (span * t) / steps, it);
        if (free(b, placed)) [got, ra, ta] = [b, a, t];
      }
    }
    if (got) placed.push((out[it.id] = got));
    else hidden.push(it.id);
  }
}

/** Lays out `v` in a square of `size` units. */
export function layoutNetwork(v: NetworkValue, { size = 720, labels = [], names = true }: NetworkLayoutOptions = {}): NetworkLayout {
  const R = size / 2 - 2;
  const me = Math.round(size * 0.075);
  const T = Math.PI * (R * R - me * me);
  const labelBoxes: NetworkBox[] = [];
  if (v.sectors) {
    NETWORK_SECTORS.forEach((_, k) => {
      const t = A0 + (k + 0.5) * SLICE;
      const b: NetworkBox = { x: 0, y: 0, w: Math.min(170, 16 + (labels[k] ?? 10) * 9), h: 26 };
      for (let d = R - 14; d > R / 2; d -= 2) {
        [b.x, b.y] = [d * Math.cos(t), d * Math.sin(t)];
        if (inside(b, 0, R, null)) break;
      }
      labelBoxes.push(b);
    });
  }
  let out: NetworkLayout | undefined;
  for (const max of names ? [136, 80, C] : [C]) {
    const compact = max < 136;
    const dims = v.people.map((p) => networkTokenSize(p, max));
    // What each ring needs: the area of its tokens (with sectors: five times its fullest
    // sector's), at least that of an equal-width ring; the outer ring also holds the labels.
    const area = (j: number) => ((dims[j][0] + 2 * GAP) * (dims[j][1] + 2 * GAP)) / 0.45;
    if (max > C && v.people.reduce((a, _, j) => a + area(j), 0) > T) continue;
    const need = Array.from({ length: v.rings }, (_, i) => {
      const slots = [0, 0, 0, 0, 0];
      v.people.forEach((p, j) => {
        if (p.ring === i + 1) slots[v.sectors ? NETWORK_SECTORS.indexOf(networkSector(p)) : 0] += area(j);
      });
      return v.sectors ? 5 * Math.max(...slots) + (i === v.rings - 1 ? 5 * 170 * 40 : 0) : slots[0];
    });
    need.forEach((n, i) => {
      const [a, b] = [i, i + 1].map((j) => me + ((R - me) * j) / v.rings);
      need[i] = Math.max(n, Math.PI * (b * b - a * a));
    });
    // Try, and give the rings where someone did not fit more room, a few times.
    for (let pass = 0; pass < (v.people.length > 60 ? 2 : 4); pass++) {
      const total = need.reduce((a, b) => a + b);
      let r = me;
      const radii = need.map((a) => (r = Math.sqrt(r * r + (T * a) / total / Math.PI)));
      const boxes: Record<string, NetworkBox> = {};
      const hidden: string[] = [];
      for (let ring = 1; ring <= v.rings; ring++) {
        for (let k = 0; k < (v.sectors ? 5 : 1); k++) {
          const items = v.people
            .map((p, i) => ({ p, id: p.id, w: dims[i][0], h: dims[i][1] }))
            .filter(({ p }) => p.ring === ring && (!v.sectors || networkSector(p) === NETWORK_SECTORS[k]));
          const wedge = v.sectors ? [A0 + k * SLICE, A0 + (k + 1) * SLICE] : null;
          placeSlot(items, ring === 1 ? me : radii[ring - 2], radii[ring - 1], wedge, labelBoxes, boxes, hidden, max > C);
        }
      }
      if (!out || hidden.length < out.hidden.length) out = { size, me, radii, compact, max, boxes, labels: labelBoxes, hidden };
      if (!hidden.length) return out;
      const crowded = new Set(hidden.map((id) => v.people.find((p) => p.id === id)!.ring - 1));
      if (crowded.size === v.rings) break;
      crowded.forEach((i) => (need[i] *= 1.5));
    }
  }
  return out!;
}

/** The place (ring, sector) at layout point (x, y); outside the circle counts as the outer ring. */
export function networkPlaceAt(l: NetworkLayout, v: NetworkValue, x: number, y: number): NetworkPlace {
  const r = Math.hypot(x, y);
  const i = l.radii.findIndex((ro) => r <= ro);
  const ring = i < 0 ? v.rings : i + 1;
  if (!v.sectors) return { ring };
  return { ring, sector: NETWORK_SECTORS[Math.floor(((Math.atan2(y, x) - A0 + 4 * Math.PI) % (2 * Math.PI)) / SLICE) % 5] };
}

const pt = (r: number, t: number) => `${(r * Math.cos(t)).toFixed(1)} ${(r * Math.sin(t)).toFixed(1)}`;

/** SVG path of a place: the ring band (two circles, even-odd) or the band's wedge. */
export function networkPlacePath(l: NetworkLayout, place: NetworkPlace): string {
  const ro = l.radii[place.ring - 1];
  const ri = place.ring > 1 ? l.radii[place.ring - 2] : l.me;
  if (!place.sector) return [ro, ri].map((r) => `M${r} 0A${r} ${r} 0 1 1 ${-r} 0A${r} ${r} 0 1 1 ${r} 0Z`).join('');
  const a = A0 + NETWORK_SECTORS.indexOf(place.sector) * SLICE;
  const b = a + SLICE;
  return `M${pt(ri, a)}L${pt(ro, a)}A${ro} ${ro} 0 0 1 ${pt(ro, b)}L${pt(ri, b)}A${ri} ${ri} 0 0 0 ${pt(ri, a)}Z`;
}

/** End points of the sector lines, from the centre's edge to the rim. */
export const networkSectorLines = (l: NetworkLayout) =>
  NETWORK_SECTORS.map((_, k) => `M${pt(l.me, A0 + k * SLICE)}L${pt(l.radii[l.radii.length - 1], A0 + k * SLICE)}`).join('');
