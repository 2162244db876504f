import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_face: 5rem;
    max-inline-size: 72rem;
  }
  :host([surface='shared']) {
    --_face: 12rem;
    max-inline-size: none;
  }
  .board {
    gap: var(--_space);
  }
  .summary {
    display: grid;
    gap: 0.6rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  h3 {
    font-size: 1.2em;
  }
  .btn[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* every feeling the same tile, size and frame; one row when there is room */
  .tiles {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7rem), 1fr));
    gap: 0.6rem;
  }
  .tile {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.15rem;
    padding: 0.5rem;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .face {
    flex: none;
  }
  .count b,
  .missing b {
    font-size: 1.25em;
  }
  .dots {
    display: block;
    min-block-size: 1.2em;
    color: var(--_accent);
    font-size: 0.75em;
    letter-spacing: 0.1em;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .who {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .missing span {
    margin-inline-end: 1em;
  }
  .missing .who {
    display: inline;
  }
  /* check-in and check-out columns the same width, side by side */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  thead th:first-child {
    inline-size: 24%;
  }
  thead th:last-child {
    inline-size: 8em;
  }
  /* a compact remove button, so it fits its column in every language (en "Remove") */
  [data-rm] {
    padding-inline: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.3rem;
  }
  th,
  td {
    padding: 0.3rem 0.4rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .name,
  .persona {
    display: block;
    overflow-wrap: anywhere;
  }
  .persona {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
  }
  .cell {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2rem 0.7rem;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.2rem 0.5rem;
    text-align: start;
  }
  .cell[aria-expanded='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .mini {
    gap: 0.3rem;
  }
  .mini .face {
    inline-size: 2.6rem;
  }
  .none {
    color: var(--_muted);
    font-style: italic;
  }
  .editing td {
    padding-block: 0.5rem;
  }
  .editor {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: 0.5rem;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .ed {
    flex: 1 0 100%;
    font-weight: 700;
  }
  .editor .btn {
    align-self: center;
  }
  .pick {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.1rem;
    inline-size: 7.5rem;
    padding: 0.3rem;
  }
  .pick .face {
    inline-size: 3.5rem;
  }
  .pick[aria-pressed='true'] {
    font-weight: 700;
  }
  .pick[aria-pressed='true'] span::before {
    content: '✓ ' / '';
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .status:empty {
    display: none;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding-inline: 0.3rem;
    font-weight: 700;
  }
  label {
    display: grid;
    gap: 0.2rem;
  }
  .msg {
    font-weight: 700;
  }
  .msg:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .cell[aria-expanded='true'],
    .btn[aria-pressed='true'] {
      border-color: Highlight;
    }
    .btn[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .add,
    .status,
    td:last-child,
    th:last-child,
    .head .btn {
      display: none;
    }
  }
`;
