/**
 * The drawing of the change circle, loaded lazily (like the feelings drawings): the six stage
 * cards work on their own, and the wheel with its trail follows a moment later. Pure geometry
 * plus one render function; it imports nothing from the tool so the chunk stays small.
 *
 * SVG user units, centre (0, 0), VIEWBOX below. Stage i sits at ANGLES[i]
 * (degrees clockwise from 12 o'clock): førovervejelse top left and outside the cycle, then
 * overvejelse, forberedelse, handling, vedligeholdelse and slip eller tilbagefald round the
 * cycle, whose last arc leads on to overvejelse.
 */
import { nothing, svg } from 'lit';

/** The drawing's box: everything, the trail's outermost dots included, stays inside it. */
export const VIEWBOX = '-440 -500 880 900';

export const ANGLES = [330, 30, 90, 150, 210, 270];
/** Radius of the cycle, of the way-in node (førovervejelse), of a stage node, of a trail dot. */
export const RING = 280;
export const OUTER = 410;
export const NODE = 72;
export const DOT = 26;
/** Trail dots sit this far from their node's centre, fanned out round its inner side. */
export const DOT_DIST = 118;
/** The trail shows at most this many placements (the list under the wheel shows them all). */
export const TRAIL_MAX = 8;

/** A point at `angle` degrees (clockwise from 12 o'clock) and distance `r` from (cx, cy). */
export function polar(angle: number, r: number, cx = 0, cy = 0): [number, number] {
  const a = (angle * Math.PI) / 180;
  return [Math.round(cx + r * Math.sin(a)), Math.round(cy - r * Math.cos(a))];
}

/** Centre of a stage's node. */
export const nodeAt = (i: number) => polar(ANGLES[i], i ? RING : OUTER);

/** One dot of the trail: its number in the whole history (1-based), stage index and centre. */
export interface TrailDot {
  n: number;
  i: number;
  x: number;
  y: number;
}

/** Offsets (degrees) from a node's inward direction for its 1st, 2nd, … dot. */
const SPREAD = [0, 38, -38, 76, -76, 114, -114, 152];

/**
 * The trail's dots for the last `max` placements (given as stage indices, oldest first),
 * numbered as in the whole history. Dots at one stage fan out round its node; with these radii
 * no two dots and no dot and node ever overlap (tested for every combination).
 */
export function trailDots(stages: readonly number[], max = TRAIL_MAX): TrailDot[] {
  const from = Math.max(0, stages.length - max);
  const used = [0, 0, 0, 0, 0, 0];
  return stages.slice(from).map((i, k) => {
    const [cx, cy] = nodeAt(i);
    const [x, y] = polar(ANGLES[i] + 180 + SPREAD[used[i]++], DOT_DIST, cx, cy);
    return { n: from + k + 1, i, x, y };
  });
}

/** A filled arrowhead with its tip at (x, y), pointing along `angle`. */
export function arrowHead(x: number, y: number, angle: number, size = 30): string {
  const [ax, ay] = polar(angle + 155, size, x, y);
  const [bx, by] = polar(angle - 155, size, x, y);
  return `M${x} ${y}L${ax} ${ay}L${bx} ${by}Z`;
}

/** The cycle as five arcs with arrowheads: overvejelse → … → slip → overvejelse. */
export const CYCLE = [1, 2, 3, 4, 5].map((i) => {
  const a = ANGLES[i] + 19;
  const b = ANGLES[i === 5 ? 1 : i + 1] - 19;
  const [x1, y1] = polar(a, RING);
  const [x2, y2] = polar(b - 3, RING);
  const [tx, ty] = polar(b + 2, RING);
  return [`M${x1} ${y1}A${RING} ${RING} 0 0 1 ${x2} ${y2}`, arrowHead(tx, ty, b + 92)];
});

/** The way in: a dashed arrow from førovervejelse (outside) to overvejelse. */
const [inX, inY] = nodeAt(0);
const [toX, toY] = nodeAt(1);
const inAngle = (Math.atan2(toX - 40, inY - 20 - toY) * 180) / Math.PI;
const [endX, endY] = polar(inAngle + 180, NODE + 24, toX, toY);
export const WAY_IN = `M${inX + NODE + 12} ${inY}Q40 ${inY - 20} ${endX} ${endY}`;
const WAY_IN_HEAD = arrowHead(...polar(inAngle + 180, NODE + 8, toX, toY), inAngle);

/**
 * The wheel: the cycle and the way in, the six nodes with their icons (the chosen one filled,
 * with a heavier rim), a count badge per stage for the group, and the numbered trail of placements.
 */
export function renderWheel(cur: number, placed: readonly number[], counts: readonly number[], icons: readonly string[]) {
  const dots = trailDots(placed);
  return svg`${CYCLE.map(([d, h]) => svg`<path class="arc" d=${d} /><path class="ah" d=${h} />`)}
    <path class="arc in" d=${WAY_IN} /><path class="ah" d=${WAY_IN_HEAD} />
    ${dots.slice(1).map((p, k) => {
      const q = dots[k];
      const a = (Math.atan2(p.x - q.x, q.y - p.y) * 180) / Math.PI;
      return svg`<path class="tl" d="M${q.x} ${q.y}L${p.x} ${p.y}" /><path class="th" d=${arrowHead((q.x + p.x) / 2, (q.y + p.y) / 2, a, 24)} />`;
    })}
    ${icons.map((d, i) => {
      const [x, y] = nodeAt(i);
      // the group's count sits on the outer edge, away from the arcs and the trail
      const [bx, by] = polar(ANGLES[i], NODE, x, y);
      return svg`<g class="nd${i === cur ? ' on' : ''}" data-i=${i}>
        <circle cx=${x} cy=${y} r=${NODE} />
        <path d=${d} transform="translate(${x - 36} ${y - 36}) scale(3)" />
        ${counts[i] ? svg`<circle class="bdg" cx=${bx} cy=${by} r="34" /><text x=${bx} y=${by}>${counts[i]}</text>` : nothing}
      </g>`;
    })}
    ${dots.map(
      (p, k) => svg`<g class="dot${k === dots.length - 1 ? ' last' : ''}"><circle cx=${p.x} cy=${p.y} r=${DOT} /><text x=${p.x} y=${p.y}>${p.n}</text></g>`,
    )}`;
}
