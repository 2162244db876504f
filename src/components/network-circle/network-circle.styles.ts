import { css } from 'lit';

export const networkCircleStyles = css`
  :host {
    max-inline-size: 60rem;
  }
  :host([surface='shared']) {
    max-inline-size: none;
    --gk-network-circle-size: 72vh; /* circle, question and legend fit one 1080 px screen */
  }
  .nc {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    background: var(--_surface);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .bar p {
    flex: 1 1 14rem;
    margin: 0;
  }
  .note {
    padding: 0.5rem 0.75rem;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  /* the drawing: --v layout units across, scaled to the drawn width */
  .box {
    position: relative;
    container-type: inline-size;
    inline-size: min(100%, var(--gk-network-circle-size, 48rem));
    aspect-ratio: 1;
    margin: auto;
    user-select: none;
    -webkit-user-select: none;
    --u: calc(100cqi / var(--v));
  }
  .box > svg {
    position: absolute;
    inline-size: 100%;
    block-size: 100%;
    stroke: var(--_border);
    stroke-width: 2;
    overflow: visible;
  }
  .r0 {
    fill: var(--_surface);
  }
  .r1 {
    fill: var(--_raised);
  }
  .line {
    stroke-dasharray: 6;
  }
  circle.me {
    fill: var(--_accent-soft);
    stroke: var(--_text);
  }
  text {
    fill: var(--_text);
    stroke: none;
    text-anchor: middle;
    font-size: 16px;
    font-weight: 700;
  }
  text.me {
    font-size: 20px;
  }
  .tok {
    position: absolute;
    left: calc(var(--x) * var(--u));
    top: calc(var(--y) * var(--u));
    inline-size: calc(var(--w) * var(--u));
    block-size: calc(var(--h) * var(--u));
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    padding: 0 0.4em;
    border: var(--_line) solid var(--_border);
    border-radius: 2em;
    background: var(--_surface);
    color: var(--_text);
    font: 600 calc(15 * var(--u)) / 1.15 var(--_font);
    white-space: nowrap;
    cursor: grab;
    touch-action: none;
  }
  .nm {
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .tok .icon {
    inline-size: 1.05em;
    block-size: 1.05em;
    vertical-align: -0.15em;
    margin-inline-end: 0.1em;
  }
  .mk .icon {
    inline-size: 0.95em;
    block-size: 0.95em;
    margin: 0 0.05em;
  }
  .compact .tok {
    padding: 0;
    font-size: calc(14 * var(--u));
  }
  /* helpers: a lifebuoy and a thick edge; outside the substance environment also filled */
  .help {
    border-width: 3px;
  }
  .help:not(.env) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    print-color-adjust: exact;
  }
  .env {
    border-style: dashed;
  }
  .tok:disabled {
    cursor: auto;
  }
  :host([disabled]) .tok {
    opacity: 0.6;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend .tok {
    position: static;
    display: inline-flex;
    inline-size: 2.6em;
    block-size: 1.8em;
    margin-inline-end: 0.5em;
    vertical-align: middle;
    font-size: 1em;
  }
  :host([view='list']) .box {
    display: none;
  }
  .print {
    display: none;
    margin: 0;
  }
  @media (forced-colors: active) {
    .box circle,
    .line {
      fill: Canvas;
      stroke: CanvasText;
    }
    text {
      fill: CanvasText;
    }
    .help:not(.env) {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .nc {
      border: 0;
      padding: 0;
    }
    .print {
      display: block;
    }
    .box {
      display: block !important;
      inline-size: min(100%, 17cm);
      break-inside: avoid;
    }
    .r1 {
      fill: #eee;
    }
  }
`;
