import { css } from 'lit';

/** The facilitator's checklists, controls and template picker; adopted into the element when the editor loads. */
export const editorStyles = css`
  .tools,
  .acts {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .acts {
    margin-inline-start: auto;
    justify-content: flex-end;
  }
  .handle {
    padding: 0;
    cursor: grab;
    touch-action: none;
  }
  .dragging {
    box-shadow: 0 0.3rem 1rem #0005;
    cursor: grabbing;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.2rem;
    font-weight: 600;
  }
  :host([surface='facilitator']) .item {
    padding-block: 0.4rem;
  }
  .resp {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .fac {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.4rem 1rem;
    flex-basis: 100%;
    font-size: var(--_size);
  }
  .check {
    flex: 1 1 auto;
  }
  /* an open checklist goes below the controls, full width */
  .check[open] {
    order: 1;
    flex-basis: 100%;
  }
  /* wide: the controls join the title's line */
  @container (min-width: 70rem) {
    .fac {
      display: contents;
    }
    .check {
      order: 1;
      flex-basis: 100%;
    }
  }
  summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    cursor: pointer;
    font-weight: 600;
  }
  .check ul {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  @media print {
    /* a printed facilitator agenda shows every checklist */
    .check::details-content {
      content-visibility: visible;
    }
  }
`;
