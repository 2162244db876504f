import { css } from 'lit';

export const agendaStyles = css`
  :host {
    max-inline-size: 60em;
  }
  :host([surface='shared']) {
    --_size: max(24px, var(--gk-font-size-shared, 1.6rem));
  }
  .agenda {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  .head,
  .item,
  .main,
  .meta,
  .kind,
  .state,
  .timer,
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.8rem;
  }
  .head {
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  p {
    margin: 0;
  }
  .bar {
    display: flex;
    gap: 2px;
    inline-size: 14rem;
    max-inline-size: 100%;
  }
  .bar i,
  .track {
    flex: 1;
    min-inline-size: 0;
    block-size: 0.6rem;
    border-radius: 1rem;
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .bar .done,
  .bar .skipped {
    background: var(--_muted);
  }
  .bar .now,
  .fill {
    background: var(--_accent);
  }
  .items {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    --_k: var(--_green);
    padding: 0.6rem 1rem;
    border: var(--_line) solid var(--_border);
    border-inline-start: 0.6rem solid var(--_k);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .break {
    --_k: var(--_red);
  }
  .meal {
    --_k: var(--_blue);
  }
  .pic {
    flex: none;
    inline-size: 2.2em;
    block-size: 2.2em;
    fill: none;
    stroke: var(--_k);
    stroke-width: 1.7;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .main {
    flex: 1 1 6rem;
    gap: 0 0.8rem;
    min-inline-size: 0;
  }
  .title {
    flex-basis: 100%;
    font-size: 1.3em;
    font-weight: 650;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .kind {
    gap: 0.3em;
    font-weight: 600;
    color: var(--_text);
  }
  .kind .icon {
    color: var(--_k);
  }
  .state {
    gap: 0.3em;
    padding: 0.15em 0.7em;
    border-radius: 2em;
    font-weight: 700;
    white-space: nowrap;
  }
  .item.now {
    border-color: var(--_accent) var(--_accent) var(--_accent) var(--_k);
    box-shadow: 0 0 0 2px var(--_accent);
    padding-block: 1rem;
  }
  .now .title {
    font-size: 1.75em;
  }
  .now .pic {
    inline-size: 3em;
    block-size: 3em;
  }
  /* a calm badge, not a button: soft fill, accent outline (the "Færdig" button is the filled one) */
  .now .state {
    background: var(--_accent-soft);
    color: var(--_text);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-size: 1.1em;
  }
  .item.done,
  .item.skipped {
    background: var(--_raised);
  }
  .done .title,
  .skipped .title {
    color: var(--_muted);
    font-weight: 400;
    text-decoration: line-through 0.1em;
  }
  .item.skipped {
    border-style: dashed dashed dashed solid;
  }
  .done .pic,
  .skipped .pic {
    stroke: var(--_muted);
  }
  .done .state,
  .skipped .state {
    color: var(--_muted);
  }
  .timer {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .track {
    max-inline-size: 20rem;
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    transform-origin: left;
    transform: scaleX(var(--_f));
    transition: transform 1s linear;
  }
  @media (forced-colors: active) {
    .bar i,
    .track,
    .fill,
    .item.now .state {
      forced-color-adjust: none;
      box-shadow: inset 0 0 0 1px CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .bar .done,
    .bar .skipped {
      background: CanvasText;
    }
    .bar .now,
    .fill,
    .item.now .state {
      background: Highlight;
      color: HighlightText;
    }
    .item.now {
      outline: 3px solid Highlight;
    }
    /* SVG strokes are not mapped to system colours by the browser */
    .pic,
    .kind .icon {
      stroke: CanvasText;
    }
  }
  @media print {
    .item {
      break-inside: avoid;
    }
  }
`;
