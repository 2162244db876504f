import { css, type SVGTemplateResult } from 'lit';
import type { FeelingId, PersonaId } from '../ids.js';

/** The five faces of one persona; each is the inner content of an `<svg viewBox="0 0 120 120">`. */
export type Faces = Record<FeelingId, SVGTemplateResult>;

/** One module per persona, so a page that shows one persona loads only its drawings. */
const loaders: Record<PersonaId, () => Promise<{ default: Faces }>> = {
  'young-man': () => import('./young-man.js'),
  'young-woman': () => import('./young-woman.js'),
  'middle-aged-man': () => import('./middle-aged-man.js'),
  'middle-aged-woman': () => import('./middle-aged-woman.js'),
};

/**
 * Loads the five faces of `persona` (one small lazy module each). Render a face inside
 * `<svg viewBox="0 0 120 120" aria-hidden="true">` in a shadow root that adopts `faceStyles`;
 * the word is shown next to it. Rejects with a TypeError for an unknown persona.
 */
export async function loadFaces(persona: PersonaId): Promise<Faces> {
  if (!Object.hasOwn(loaders, persona)) throw new TypeError('loadFaces: unknown persona');
  return (await loaders[persona]()).default;
}

/**
 * The faces' look: a fixed ink for the features (they sit on skin, not on the page, so they do
 * not follow the text colour of a dark theme); one palette per persona, the same for all five
 * feelings; a light rim round hair and shoulders in the dark theme; black ink and heavier lines
 * in the high-contrast theme; system colours in forced-colours mode (lines, irises and the open
 * mouth CanvasText, fills Canvas). Adopt it in the shadow root that renders the faces.
 */
export const faceStyles = css`
  .gkf {
    --_ink: #2b2420;
    --_rim: var(--_ink);
    --_w: 1.6px;
    --_white: #fff;
    --_mo: #5b2f2a;
    --_te: #d4e7f4;
    --_ag: color-mix(in srgb, var(--_sk) 60%, #000);
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .f-ym { --_sk: #b27a55; --_hr: #2a2220; --_h2: #4d433d; --_bw: #2a2220; --_cl: #56697c; }
  .f-yw { --_sk: #f0cfb3; --_hr: #6e4128; --_h2: #8f5a3a; --_bw: #5a3420; --_cl: #5f8078; }
  .f-mm { --_sk: #dcb08a; --_hr: #8f8a84; --_h2: #c9c4be; --_bw: #4f4a45; --_cl: #4d5661; --_c2: #e7ebee; }
  .f-mw { --_sk: #9a6648; --_hr: #77706b; --_h2: #c9c3bd; --_bw: #3e3835; --_cl: #6f5566; --_c2: #d9d2c7; }
  .f-sk, .f-sf { fill: var(--_sk); }
  .f-sk, .f-c2, .f-mo, .f-te { stroke: var(--_ink); stroke-width: var(--_w); }
  .f-ol, .f-hb, .f-cl { stroke: var(--_rim); stroke-width: var(--_w); }
  .f-ol { fill: none; }
  .f-hr, .f-hb { fill: var(--_hr); }
  .f-cl { fill: var(--_cl); }
  .f-c2 { fill: var(--_c2); }
  .f-h2 { fill: none; stroke: var(--_h2); stroke-width: 1.5; }
  .f-ln, .f-fn { fill: none; stroke: var(--_ink); stroke-width: calc(var(--_w) * 1.4); }
  .f-fn { stroke-width: calc(var(--_w) * 0.8); }
  .f-ag { fill: none; stroke: var(--_ag); stroke-width: 1.4; }
  .f-br { fill: none; stroke: var(--_bw); stroke-width: 3.6; }
  .f-ew, .f-th { fill: var(--_white); }
  .f-ir { fill: var(--_ink); }
  .f-mo { fill: var(--_mo); }
  .f-te { fill: var(--_te); }
  :host([theme='high-contrast']) .gkf { --_ink: #000; --_bw: #000; --_w: 2px; }
  :host([theme='dark']) .gkf { --_rim: #aeb4ba; }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .gkf { --_rim: #aeb4ba; }
  }
  @media (forced-colors: active) {
    .gkf {
      --_ink: CanvasText !important;
      --_rim: CanvasText !important;
      --_ag: CanvasText;
      --_bw: CanvasText !important;
      --_w: 2px !important;
      --_sk: Canvas;
      --_hr: Canvas;
      --_cl: Canvas;
      --_c2: Canvas;
      --_white: Canvas;
      --_te: Canvas;
      --_mo: CanvasText;
      --_h2: transparent;
    }
    .f-hr { stroke: CanvasText; stroke-width: 1.4; }
  }
`;
