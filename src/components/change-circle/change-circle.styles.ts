import { css } from 'lit';

/*
 * Phone: the wheel on top, the six stages below in one column. Tablet (34rem+): two columns.
 * Wide screens and smartboards (60rem+): the stages round the wheel, each on its side of it.
 */
export const changeCircleStyles = css`
  .panel {
    container-type: inline-size;
  }
  :host {
    max-inline-size: 96rem;
  }
  p,
  h3,
  ul,
  ol {
    margin: 0;
  }
  .q {
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .stages {
    display: grid;
    gap: 0.6rem;
    align-items: center;
  }
  .wheel {
    inline-size: 100%;
    max-inline-size: 36rem;
    justify-self: center;
    forced-color-adjust: none;
    fill: none;
    stroke: var(--_border);
    stroke-linecap: round;
    stroke-linejoin: round;
    font-weight: 700;
    font-size: 38px;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .arc {
    stroke-width: 14;
  }
  .in {
    stroke-dasharray: 28 22;
  }
  .ah,
  .th {
    fill: var(--_border);
    stroke: none;
  }
  .nd {
    cursor: pointer;
  }
  .nd circle {
    fill: var(--_surface);
    stroke-width: 6;
  }
  .nd path {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .nd.on circle {
    fill: var(--_accent);
    stroke: var(--_text);
    stroke-width: 12;
  }
  .nd.on path {
    stroke: var(--_on-accent);
  }
  .tl {
    stroke: var(--_text);
    stroke-width: 5;
    stroke-dasharray: 12 12;
  }
  .th {
    fill: var(--_text);
  }
  .dot circle,
  .nd .bdg {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 5;
  }
  text {
    fill: var(--_text);
    stroke: none;
  }
  .last circle,
  .nd .bdg {
    fill: var(--_text);
  }
  .nd .bdg {
    stroke: var(--_surface);
  }
  .last text,
  .nd text {
    fill: var(--_surface);
  }
  .card {
    display: grid;
    grid-template-rows: 1fr;
    gap: 0.35rem;
    align-self: stretch;
  }
  .stage {
    --b: var(--_line);
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    align-content: start;
    gap: 0.15rem 0.5rem;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: calc(0.6rem - var(--b)) calc(0.8rem - var(--b));
    border: var(--b) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    touch-action: manipulation;
  }
  .stage:hover {
    background: var(--_raised);
  }
  .stage:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .stage[aria-checked='true'] {
    --b: 5px;
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .stage > .icon {
    inline-size: 1.7em;
    block-size: 1.7em;
  }
  .say,
  .rd,
  .here {
    grid-column: 1 / -1;
  }
  .rd {
    font-size: 0.85em;
  }
  .here {
    display: flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 700;
  }
  .tokens {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
  }
  .tok {
    border: 0.45em solid var(--_text);
    border-radius: 50%;
  }
  .name {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_raised);
  }
  .cnt {
    font-weight: 700;
  }
  .note {
    color: var(--_muted);
  }
  h3 {
    font-size: 1em;
  }
  /* numbered like the trail's circles, so "1." never runs into a date ("1. 1. okt.") */
  .hist ol {
    list-style: none;
    padding: 0;
  }
  .hist li::before {
    content: counter(list-item);
    display: inline-block;
    min-inline-size: 1.5em;
    margin: 0.1em 0.4em 0.1em 0;
    border: var(--_line) solid;
    border-radius: 1em;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .foot > * {
    flex: 1 1 24rem;
  }
  @container (min-width: 34rem) {
    .stages {
      grid-template-columns: 1fr 1fr;
    }
    .wheel {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 60rem) {
    .stages {
      grid: 'c0 w c1' 'c5 w c2' 'c4 w c3' / 1fr 1.6fr 1fr;
      gap: 1rem 1.5rem;
    }
    .wheel {
      grid-area: w;
      max-inline-size: none;
    }
    .card {
      align-self: center;
    }
    .c0 { grid-area: c0; }
    .c1 { grid-area: c1; }
    .c2 { grid-area: c2; }
    .c3 { grid-area: c3; }
    .c4 { grid-area: c4; }
    .c5 { grid-area: c5; }
  }
  @media (forced-colors: active) {
    .wheel {
      --_border: CanvasText;
      --_text: CanvasText;
      --_surface: Canvas;
      --_accent: Highlight;
      --_on-accent: HighlightText;
    }
    .stage[aria-checked='true'] {
      border-color: Highlight;
    }
  }
`;
