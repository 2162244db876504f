/**
 * What the feelings cards are in both tools that show them — <gk-feelings-picker> and
 * <gk-checkin-board>: a face drawn for a persona beside its word (the facilitator's label or the
 * language's), framed as a card to tap, with one look for a chosen card.
 */
import { css, html, nothing, svg, type SVGTemplateResult } from 'lit';
import type { GkElement } from '../../core/base-element.js';
import { faceStyles, loadFaces } from './drawings/index.js';
import type { FeelingCardId, FeelingCardLabels } from './feelings.model.js';
import type { FeelingId, PersonaId } from './ids.js';
import type { FeelingsWords } from './words.js';

/** A tool that shows the cards: its `labels` and the card words in its string table. */
type CardHost = Pick<GkElement<FeelingsWords>, 't' | 'whenLoaded'> & { labels: FeelingCardLabels };

type Faces = Partial<Record<FeelingId, SVGTemplateResult>>;
const cache = new Map<PersonaId, Faces>();
const loading = new Map<PersonaId, Promise<unknown>>();

/** The blank card ("andet"): an empty, dashed outline of a face, the same size as the others. */
const blank = svg`<circle class="gk-blank" cx="60" cy="58" r="40"/>`;

/**
 * The face on `card` for `persona`. Until the persona's drawings have arrived (one lazy module
 * per persona, loaded once per page) the svg is empty, the word stands alone, and `el`
 * re-renders when they come. A failed load leaves the faces empty rather than retrying.
 */
export function cardFace(el: CardHost, persona: PersonaId, card: FeelingCardId) {
  let f: SVGTemplateResult | undefined = blank;
  if (card !== 'other') {
    const have = cache.get(persona);
    if (have) f = have[card];
    else {
      let pending = loading.get(persona);
      if (!pending) {
        pending = loadFaces(persona).then(
          (faces) => void cache.set(persona, faces),
          () => void cache.set(persona, {}),
        );
        loading.set(persona, pending);
      }
      el.whenLoaded(pending);
    }
  }
  return html`<svg class="face" viewBox="0 0 120 120" aria-hidden="true">${f ?? nothing}</svg>`;
}

/** The word on `card`: the facilitator's label, else (blank card) `other`, else the language's word. */
export function cardWord(el: CardHost, card: FeelingCardId, other?: string): string {
  return el.labels[card] ?? (card === 'other' ? other : undefined) ?? el.t(card);
}

/**
 * The cards' look in both tools, after `tokens` and `base`: the faces' drawings, the outer box
 * (`.box`), a face sized by `--_face`, a small face with its word (`.mini`), a framed card to
 * tap (`.tap`, chosen when aria-checked or aria-pressed) and the blank card's dashed outline.
 */
export const cardStyles = [
  faceStyles,
  css`
    .box {
      display: grid;
      padding: var(--_space);
      background: var(--_surface);
      border: var(--_line) solid var(--_border);
      border-radius: var(--_radius);
    }
    p,
    h3,
    ul {
      margin: 0;
    }
    .face {
      inline-size: min(100%, var(--_face));
      aspect-ratio: 1;
      block-size: auto;
    }
    .word {
      font-weight: 700;
    }
    .mini {
      display: inline-flex;
      align-items: center;
      font-weight: 600;
    }
    .tap {
      border: var(--_line) solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      cursor: pointer;
      touch-action: manipulation;
    }
    .tap:hover {
      background: var(--_raised);
    }
    .tap:is([aria-checked='true'], [aria-pressed='true']) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 3px var(--_accent);
      background: var(--_accent-soft);
    }
    .gk-blank {
      fill: none;
      stroke: var(--_border);
      stroke-width: 2.5;
      stroke-dasharray: 7 6;
    }
    @media (forced-colors: active) {
      .tap:is([aria-checked='true'], [aria-pressed='true']) {
        border-color: Highlight;
      }
      .gk-blank {
        stroke: CanvasText;
      }
    }
  `,
];
