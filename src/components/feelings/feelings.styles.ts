import { css } from 'lit';

export const feelingsStyles = css`
  :host {
    --_face: var(--gk-feelings-face-size, 11rem);
    --_gap: 0.75rem;
    max-inline-size: 64rem;
  }
  :host([surface='shared']) {
    --_face: var(--gk-feelings-face-size, 16rem);
    max-inline-size: none;
  }
  .picker {
    container-type: inline-size;
    gap: calc(var(--_space) * 0.75);
  }
  .phase {
    color: var(--_muted);
    font-weight: 600;
  }
  .question {
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .deck {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_gap);
  }
  /* every card the same size and frame: three to a row, one row when there is room */
  .card {
    position: relative;
    flex: 0 1 calc((100% - 2 * var(--_gap)) / 3);
    min-inline-size: 0;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.25rem;
    padding: 0.5rem 0.5rem 0.75rem;
  }
  @container (min-width: 40rem) {
    .card {
      flex: 1 1 0;
    }
  }
  @container (max-width: 22rem) {
    .card {
      flex-basis: calc((100% - var(--_gap)) / 2);
    }
  }
  .word {
    font-size: 1.1em;
    line-height: 1.2;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .tick {
    display: none;
    position: absolute;
    inset-block-start: 0.4rem;
    inset-inline-end: 0.4rem;
    inline-size: 1.65em;
    block-size: 1.65em;
    padding: 0.2em;
    border-radius: 50%;
    background: var(--_accent);
    fill: none;
    stroke: var(--_on-accent);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [aria-checked='true'] .tick {
    display: block;
  }
  .card[aria-disabled='true'] {
    cursor: not-allowed;
  }
  .card[aria-disabled='true'] .face,
  .card:disabled {
    opacity: 0.55;
  }
  .card:disabled {
    cursor: not-allowed;
  }
  /* the check-in choice at check-out: faded faces, readable words */
  .before {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 1rem;
    padding: 0.4rem 0.75rem;
    border: var(--_line) dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .mini {
    gap: 0.4rem;
  }
  .mini .face {
    inline-size: 3.5rem;
    opacity: 0.7;
    filter: grayscale(0.5);
  }
  .hint {
    color: var(--_muted);
  }
  .note {
    color: var(--_text);
    font-weight: 700;
    padding-inline-start: 0.6rem;
    border-inline-start: 0.35rem solid var(--_accent);
  }
  .talk {
    display: grid;
    gap: 0.3rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.35rem solid var(--_accent);
    background: var(--_accent-soft);
  }
  h3 {
    font-size: 1em;
  }
  .change {
    font-size: 1.15em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    /* no shadows here: a thick outline marks the chosen card (with the tick) */
    .card[aria-checked='true']:not(:focus-visible) {
      outline: 4px solid Highlight;
      outline-offset: -6px;
    }
    .tick {
      forced-color-adjust: none;
      background: Highlight;
      stroke: HighlightText;
    }
  }
`;
