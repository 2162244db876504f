import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { FeelingId } from '../ids.js';

/**
 * The shared drawing kit of the feelings faces. One calm line style for all twenty: a bust in
 * a 120×120 box, lines and fills set by classes (see `faceStyles` in index.ts), never by
 * `style`. Features are drawn for the left half of the picture and mirrored for the right.
 *
 * A persona brings hair, head shape, clothing and age lines; a feeling brings brows, eyes,
 * mouth, tears and the posture of head and shoulders.
 */
type T = SVGTemplateResult;

export interface Persona {
  /** palette class on the root group (`f-ym`, `f-yw`, `f-mm`, `f-mw`) */
  c: string;
  /** head outline (path) */
  head: string;
  /** hair in front of the head: its outer edge (outlined) and the hairline back (not outlined) */
  hair: [string, string];
  /** strands in the hair's second colour (path) */
  strands?: string;
  /** clothing over the shoulders: neckline, collar */
  wear: T;
  /** hair behind the head and neck (turns with the head) */
  back?: T;
  /** clothing behind the neck, a hood (moves with the shoulders) */
  nape?: T;
  /** 45–60: fine lines under the eyes, at the outer corners and from the nose */
  age?: boolean;
}

interface Feeling {
  /** left brow, outer end first */
  brow: string;
  /** upper and lower lid of the left eye, from the outer corner (41,57) to the inner (55,57) */
  up: string;
  lo: string;
  /** iris of the left eye: cx cy r */
  iris: [number, number, number];
  mouth: T;
  /** extra lines, left half (mirrored) */
  half?: T;
  /** extra lines drawn once (tear, frown lines) */
  once?: T;
  /** transform of the head */
  tilt?: string;
  /** shoulders raised (negative) or dropped (positive) */
  lift?: number;
}

const MIRROR = 'matrix(-1 0 0 1 120 0)';
const both = (t: T) => svg`${t}<g transform=${MIRROR}>${t}</g>`;

const F: Record<FeelingId, Feeling> = {
  angry: {
    brow: 'M39.5 45.5Q48 46.5 56 52',
    up: 'M41 57C44 53.5 51 53 55 57.5',
    lo: 'M41 57Q48 60.5 55 57.5',
    iris: [48.5, 57, 2.9],
    mouth: svg`<path class="f-ln" d="M50 81Q52 78.5 60 78.5Q68 78.5 70 81"/><path class="f-fn" d="M55 86Q60 84.5 65 86"/>`,
    once: svg`<path class="f-fn" d="M58 47.5l.5 5M62 47.5l-.5 5"/>`,
    tilt: 'translate(0 1.5)',
  },
  sad: {
    brow: 'M40 50Q48 49 55 43.5',
    up: 'M41 58.5Q47 53 55 56.5',
    lo: 'M41 58.5Q48 61.5 55 56.5',
    iris: [47.5, 58.3, 2.9],
    mouth: svg`<path class="f-ln" d="M50 83.5Q60 76 70 83.5"/>`,
    once: svg`<path class="f-te" d="M45.5 62.5q-2.6 4.6-.1 6.6q2.6-1.9.1-6.6z"/>`,
    tilt: 'rotate(-5 60 96) translate(0 1.5)',
    lift: 3,
  },
  afraid: {
    brow: 'M40 45Q47 42.5 55.5 40.5',
    up: 'M41 57Q48 47 55 57',
    lo: 'M41 57Q48 64.5 55 57',
    iris: [48, 56.3, 2.6],
    mouth: svg`<path class="f-mo" d="M51.5 80Q60 75.8 68.5 80Q71 83 70.5 85.3Q60 87.2 49.5 85.3Q49 83 51.5 80z"/><path class="f-th" d="M52.6 79.4Q60 76.5 67.4 79.4L66.6 80.8Q60 78.8 53.4 80.8z"/>`,
    once: svg`<path class="f-fn" d="M54 38.5Q60 37.3 66 38.5M55.5 35.3Q60 34.4 64.5 35.3"/>`,
    tilt: 'rotate(3 60 96) translate(0 -1)',
    lift: -5,
  },
  ok: {
    brow: 'M40 48.5Q47 45.5 55 47.5',
    up: 'M41 57Q47 51 55 57',
    lo: 'M41 57Q48 61 55 57',
    iris: [48, 56.8, 3],
    mouth: svg`<path class="f-ln" d="M52 79.5Q60 80.5 68 79.5"/>`,
  },
  happy: {
    brow: 'M40 47.5Q47 44 55 46.5',
    up: 'M41 57Q47 50.5 55 57',
    lo: 'M41 58Q48 56.3 55 58',
    iris: [48, 56.3, 3],
    mouth: svg`<path class="f-mo" d="M47.5 76.5Q60 80 72.5 76.5Q69.5 87 60 87Q50.5 87 47.5 76.5z"/><path class="f-th" d="M48.8 77.8Q60 81.2 71.2 77.8L70.5 80.2Q60 83.4 49.5 80.2z"/>`,
    half: svg`<path class="f-ag" d="M52.5 69.5Q47.5 71.5 45.5 75.5M38.5 54.5Q36.5 57 38.5 59.5"/>`,
    tilt: 'rotate(2 60 96)',
  },
};

const eye = (f: Feeling) => {
  const [x, y, r] = f.iris;
  return svg`<path class="f-ew" d="M41 57Q48 46 55 57Q48 67 41 57z"/><circle class="f-ir" cx=${x} cy=${y} r=${r}/><path class="f-sf" d="${f.up}V46H41z"/><path class="f-sf" d="${f.lo}V68H41z"/><path class="f-ln" d="${f.up}"/><path class="f-fn" d="${f.lo}"/><path class="f-br" d="${f.brow}"/>`;
};

const UNDER = 'M43 63.5Q47.5 65.5 52 64';
/** age lines: under the eyes and, except when smiling (the smile draws its own), from nose to mouth */
const AGE = svg`<path class="f-ag" d="${UNDER}M53 70.5Q48.5 74 49 79"/>`;
const AGE_SMILE = svg`<path class="f-ag" d=${UNDER}/>`;
const EAR = svg`<path class="f-sk" d="M36 53C31.5 50.5 30 60 32.5 63C34 65 36 65 37 63.5"/>`;
const NOSE = svg`<path class="f-ag" d="M57.5 57Q58.5 63 56.5 66.5"/><path class="f-ln" d="M55.5 67Q57 70 60 70Q63 70 64.5 67"/>`;
const SHOULDERS = 'M6 126C7 108 22 101 42 97.5H78C98 101 113 108 114 126z';

/** One face: the inner content of an `<svg viewBox="0 0 120 120">`. */
export function face(p: Persona, id: FeelingId): T {
  const f = F[id];
  const tilt = f.tilt ?? nothing;
  return svg`<g class="gkf ${p.c} f-${id}" transform="matrix(1.12 0 0 1.12 -7.2 -7.7)"><g transform=${tilt}>${p.back}</g><g transform="translate(0 ${f.lift ?? 0})">${p.nape}<path class="f-sk" d="M50 80V104H70V80"/><path class="f-cl" d=${SHOULDERS}/>${p.wear}</g><g class="f-hd" transform=${tilt}>${both(EAR)}<path class="f-sk" d=${p.head}/><path class="f-hr" d="${p.hair[0]}${p.hair[1]}z"/><path class="f-ol" d=${p.hair[0]}/><path class="f-h2" d=${p.strands ?? nothing}/>${both(svg`${p.age ? (id == 'happy' ? AGE_SMILE : AGE) : nothing}${eye(f)}${f.half}`)}${NOSE}<g class="f-m">${f.mouth}</g>${f.once}</g></g>`;
}

/** The five faces of one persona. */
export const faces = (p: Persona) =>
  Object.fromEntries((['angry', 'sad', 'afraid', 'ok', 'happy'] as const).map((id) => [id, face(p, id)])) as Record<FeelingId, T>;
