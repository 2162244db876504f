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
  .track {
    position: relative;
    display: grid;
    grid: auto / auto-flow minmax(0, 1fr);
    gap: 0.3rem;
    user-select: none;
    touch-action: pan-y;
    cursor: pointer;
    padding-block: 0.4rem;
    align-items: center;
    min-block-size: calc(var(--_target) + 0.8rem);
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
  .cell {
    position: relative;
  }
  .num {
    display: flex;
    align-items: center;
    justify-content: center;
    border: var(--_line) solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 600;
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
  .on .num {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 800;
    box-shadow: 0 0 0 3px var(--_surface), 0 0 0 6px var(--_accent);
    transform: scale(1.25);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .on .num {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .track::before {
      background: CanvasText;
    }
  }
`;
