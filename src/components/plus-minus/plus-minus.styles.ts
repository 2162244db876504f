import { css } from 'lit';

export const plusMinusStyles = css`
  :host {
    max-inline-size: 90rem;
  }
  /* the shared screen (type size, full width) comes from the core's base */
  .sheet,
  .cell,
  ul {
    display: grid;
    align-content: start;
    gap: 0.6em;
  }
  /* the box itself is the base's .panel */
  .sheet {
    container-type: inline-size;
    gap: var(--_space);
  }
  header,
  label,
  .add,
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.8em;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }
  input,
  textarea {
    flex: 1 1 10em;
  }
  textarea {
    inline-size: 100%;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
  }
  @container (max-width: 40rem) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  h3 {
    grid-column: 1 / -1;
    border-block-end: var(--_line) solid var(--_border);
  }
  .cell {
    --_c: var(--_green);
    padding: 0.75em;
    border: var(--_line) solid var(--_c);
    border-block-start-width: 0.4em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .minus {
    --_c: var(--_red);
  }
  .h {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0 0.5em;
  }
  .h .icon {
    inline-size: 2em;
    block-size: 2em;
    color: var(--_c);
  }
  .h b {
    font-size: 1.3em;
  }
  .h span {
    grid-column: 1 / -1;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .t {
    justify-content: start;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.8em;
    inline-size: 100%;
    padding: 0.5em 0.75em;
    border-width: 1px 1px 1px 0.3em;
    border-inline-start-color: var(--_c);
    text-align: start;
    line-height: inherit;
  }
  .x {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
  .w {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* the weight as a small bar: an SVG rect, so no style attribute is needed (strict CSP) */
  .t .bar {
    inline-size: 3em;
    block-size: 0.6em;
    border: 1px solid;
    border-radius: 0.3em;
    fill: currentColor;
  }
  @media print {
    :host([surface]) {
      --_size: 11pt;
      max-inline-size: none;
    }
    .sheet {
      padding: 0;
      border: 0;
    }
    .add,
    .undo {
      display: none;
    }
    .cell,
    .t {
      break-inside: avoid;
      print-color-adjust: exact;
    }
  }
  /* an A3 poster (or anything from A4 landscape up): large type for the wall */
  @media print and (min-width: 280mm) {
    :host([surface]) {
      --_size: 20pt;
    }
  }
`;
