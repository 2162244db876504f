import { css } from 'lit';

/** The facilitator's controls and template picker; adopted into the element when the editor loads. */
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
  input,
  select,
  textarea {
    min-block-size: var(--_target);
    padding: 0.3em 0.5em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
    max-inline-size: 100%;
  }
`;
