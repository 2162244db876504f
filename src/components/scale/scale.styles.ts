import { css } from 'lit';

export const scaleStyles = css`
  :host {
    max-inline-size: 56rem;
  }
  /* the shared screen: numbers big enough to read across the room */
  :host([surface='shared']) {
    --_target: max(44px, var(--gk-target-size, 2.6em));
  }
  .question {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .readout {
    min-block-size: 2.6em;
    color: var(--_muted);
  }
  .readout b {
    font-size: 2.4em;
    line-height: 1;
    color: var(--_text);
    margin-inline-end: 0.2em;
  }
  .track,
  .options {
    position: relative;
    display: grid;
    grid: auto / auto-flow minmax(0, 1fr);
    gap: 0.3rem;
    user-select: none;
    touch-action: pan-y;
  }
  .track {
    cursor: pointer;
    padding-block: 0.4rem;
    align-items: center;
    min-block-size: calc(var(--_target) + 0.8rem);
  }
  /* the container queries below only matter for the eleven buttons; a container elsewhere
     costs style and layout work for nothing (docs/performance.md) */
  :host([presentation='buttons']) .ctl {
    container-type: inline-size;
  }
  .track::before {
    content: '';
    position: absolute;
    inset: calc(50% - 3px) 4.5%;
    background: var(--_border);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  /* a number: a block cell with a flex ring (no grids: 22 nested grids per scale made
     mounting slow and heavy, docs/performance.md) */
  .cell,
  .opt {
    position: relative;
  }
  .num,
  .opt {
    display: flex;
    align-items: center;
    justify-content: center;
    border: var(--_line) solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-weight: 600;
  }
  .num {
    margin-inline: auto;
    inline-size: min(100%, var(--_target));
    aspect-ratio: 1;
  }
  /* a phone: eleven small circles that stay round and legible */
  @media (max-width: 30rem) {
    .track {
      gap: 0.1rem;
    }
    .num {
      min-block-size: 0;
      font-size: 0.8em;
    }
  }
  .opt {
    min-block-size: calc(var(--_target) * 1.25);
    border-radius: var(--_radius);
    font-size: 1.2em;
    cursor: pointer;
  }
  .on .num,
  .opt[aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 800;
    box-shadow: 0 0 0 3px var(--_surface), 0 0 0 6px var(--_accent);
  }
  .on .num {
    transform: scale(1.25);
  }
  /* an earlier answer: a hollow ring under the number (shape, not only colour) */
  .was::after {
    content: '';
    position: absolute;
    inset: auto 50% -0.5rem auto;
    translate: 50%;
    inline-size: 0.65rem;
    aspect-ratio: 1;
    border: 2px solid var(--_muted);
    border-radius: 50%;
  }
  .opt.was::after {
    inset-block-end: 0.2rem;
    border-color: currentColor;
  }
  @container (max-width: 36rem) {
    .options {
      grid: auto / repeat(6, 1fr);
    }
  }
  @container (max-width: 20rem) {
    .options {
      grid: auto / repeat(4, 1fr);
    }
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    color: var(--_muted);
  }
  /* the vertical thermometer: a tube with the numbers beside it, 10 at the top */
  .vertical {
    display: flex;
    gap: 1rem;
  }
  .vertical .track,
  .vertical .options {
    grid: auto-flow minmax(var(--_target), 1fr) / auto;
    inline-size: calc(var(--_target) * 2.4);
    touch-action: none;
  }
  .vertical .track {
    display: flex;
    flex-direction: column-reverse;
    align-items: stretch;
    padding: 0 0 0 1.75rem;
  }
  .vertical .cell {
    flex: 1 0 var(--_target);
    align-content: center;
  }
  /* the tube runs from the middle of 0 to the middle of 10 */
  .vertical .track::before {
    inset: 4.5% auto 4.5% 0.25rem;
    inline-size: 1rem;
    border-radius: 0.5rem;
  }
  /* filled up to the answer: each number above 0 and at or below it fills the piece of tube
     from its middle down to the middle of the number below */
  .vertical .in ~ .in::before {
    content: '';
    position: absolute;
    inset: 50% auto calc(-50% - 0.3rem) -1.5rem;
    inline-size: 1rem;
    background: var(--_accent);
  }
  .vertical .in:nth-child(2)::before {
    border-end-start-radius: 0.5rem;
    border-end-end-radius: 0.5rem;
  }
  .vertical .on::before {
    border-start-start-radius: 0.5rem;
    border-start-end-radius: 0.5rem;
  }
  .vertical .ends {
    flex-direction: column-reverse;
  }
  .earlier {
    margin: 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .on .num,
    .opt[aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .track::before {
      background: CanvasText;
    }
    /* the thermometer: an outlined tube, filled solid up to the answer (shape, not only colour) */
    .vertical .track::before {
      background: Canvas;
      border: 2px solid CanvasText;
    }
    .vertical .in ~ .in::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
