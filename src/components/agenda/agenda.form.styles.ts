import { css } from 'lit';

/** The edit form; adopted into the element when the form loads. */
export const formStyles = css`
  .edit {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(11rem, 100%), 1fr));
    gap: 0.6rem 1rem;
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.4rem;
    font-weight: 700;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .err {
    color: var(--_danger);
    font-weight: 700;
  }
`;
