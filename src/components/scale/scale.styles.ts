import { css } from 'lit';

export const scaleStyles = css`
  :host {
    max-inline-size: 56rem;
  }
  :host([surface='shared']) {
    --_size: max(24px, var(--gk-font-size-shared, 1.6rem));
    max-inline-size: none;
  }
  .scale {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_surface);
    border: var(--_line) solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
  }
  .question {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .readout {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    min-block-size: 2.6em;
    color: var(--_muted);
  }
  .readout strong {
    font-size: 2.4em;
    line-height: 1;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  /* ---- slider (horizontal) ---- */
  .track {
    position: relative;
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    align-items: center;
    min-block-size: calc(var(--_target) + 1.5rem);
    padding-block: 0.4rem;
    border-radius: var(--_radius);
    cursor: pointer;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .track::before {
    content: '';
    position: absolute;
    inset-inline: calc(100% / 22);
    inset-block-start: 50%;
    block-size: 0.375rem;
    margin-block-start: -0.1875rem;
    border-radius: 0.2rem;
    background: var(--_border);
  }
  .track[aria-disabled='true'],
  .options[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .cell {
    position: relative;
    display: grid;
    place-items: center;
    min-block-size: var(--_target);
  }
  .num {
    display: grid;
    place-items: center;
    inline-size: min(100%, var(--_target));
    aspect-ratio: 1;
    max-inline-size: var(--_target);
    border: var(--_line) solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    transition: transform var(--_motion) ease-out;
  }
  .cell.on .num {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 800;
    transform: scale(1.25);
    box-shadow: 0 0 0 3px var(--_surface), 0 0 0 6px var(--_accent);
  }
  /* an earlier answer: a hollow ring under the number (shape, not only colour) */
  .cell.was::after {
    content: '';
    position: absolute;
    inset-block-end: -0.55rem;
    inline-size: 0.7rem;
    block-size: 0.7rem;
    border: 2px solid var(--_muted);
    border-radius: 50%;
    opacity: 0.8;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .ends span:last-child {
    text-align: end;
  }
  /* ---- vertical thermometer ---- */
  .vertical {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    align-items: stretch;
  }
  .vertical .track {
    grid-template-columns: none;
    grid-template-rows: repeat(11, minmax(var(--_target), 1fr));
    inline-size: calc(var(--_target) * 1.9);
    padding-block: 0;
    touch-action: none;
  }
  .vertical .track::before {
    inset-inline: auto;
    inset-inline-start: 50%;
    inset-block: calc(100% / 22);
    inline-size: 1.1rem;
    block-size: auto;
    margin: 0 0 0 -0.55rem;
    border-radius: 0.55rem;
    background: var(--_raised);
    border: var(--_line) solid var(--_border);
  }
  .fill {
    position: absolute;
    inset-inline-start: 50%;
    inline-size: 1.1rem;
    margin-inline-start: -0.55rem;
    inset-block-end: calc(100% / 22);
    block-size: calc((100% - 100% / 11) * var(--_f, 0));
    border-radius: 0.55rem;
    background: var(--_accent);
  }
  .vertical .ends {
    flex-direction: column-reverse;
    justify-content: space-between;
    padding-block: calc(var(--_target) * 0.25);
  }
  .vertical .ends span:last-child {
    text-align: start;
  }
  /* ---- eleven buttons ---- */
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .options .opt {
    flex: 1 1 0;
    position: relative;
    min-inline-size: var(--_target);
    min-block-size: calc(var(--_target) * 1.25);
    padding: 0;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.2em;
    font-weight: 600;
    cursor: pointer;
    touch-action: manipulation;
  }
  .options .opt:hover {
    background: var(--_raised);
  }
  .options .opt[aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 800;
    box-shadow: inset 0 0 0 3px var(--_surface);
  }
  .options .opt.was::after {
    content: '';
    position: absolute;
    inset-block-end: 0.2rem;
    inset-inline-start: 50%;
    inline-size: 0.55rem;
    block-size: 0.55rem;
    margin-inline-start: -0.275rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    opacity: 0.7;
  }
  .vertical .options {
    flex-direction: column-reverse;
    flex-wrap: nowrap;
    inline-size: calc(var(--_target) * 2);
  }
  .options .opt:disabled {
    cursor: not-allowed;
  }
  /* ---- earlier answers, follow-ups ---- */
  .earlier {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .earlier span + span::before {
    content: ' · ';
  }
  .followups {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 0.35rem solid var(--_accent);
    background: var(--_accent-soft);
    border-radius: var(--_radius);
  }
  .followups h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .followups ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .tools {
    display: flex;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    .cell.on .num,
    .options .opt[aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .track::before,
    .fill {
      background: CanvasText;
    }
  }
  @media print {
    .scale {
      border-color: #000;
    }
  }
`;
