import { css } from 'lit';

export const emergencyPlanStyles = css`
  :host {
    max-inline-size: 60rem;
  }
  :host([surface='shared']) {
    --_size: max(24px, var(--gk-font-size-shared, 1.5rem));
    max-inline-size: none;
  }
  :host([view='crisis']) .plan {
    display: none;
  }
  .plan {
    display: grid;
    gap: var(--_space);
    margin: 0;
    min-inline-size: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1.05em;
  }
  ol,
  ul {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .head,
  .sh,
  .review {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .review {
    justify-content: start;
    gap: 0.5em;
    padding: 0.5em 0.8em;
    font-size: 1.15em;
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  .review input {
    inline-size: auto;
    font-size: 0.85em;
  }
  .due {
    padding: 0.6em 0.9em;
    border-inline-start: 0.4rem solid var(--_yellow);
    background: var(--_raised);
  }
  .hint {
    color: var(--_muted);
  }
  section {
    display: grid;
    gap: 0.75em;
    padding-block-start: var(--_space);
    border-block-start: var(--_line) solid var(--_border);
  }
  .card {
    display: grid;
    gap: 0.35em;
    padding: var(--_space);
    background: var(--_raised);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  label,
  .lbl {
    font-weight: 600;
  }
  input,
  textarea {
    inline-size: 100%;
  }
  textarea {
    field-sizing: content;
    min-block-size: 3em;
  }
  .ideas {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .idea {
    position: relative;
    font-weight: 400;
  }
  .pic {
    inline-size: 1.8em;
    block-size: 1.8em;
  }
  .tick {
    display: none;
  }
  [aria-pressed='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 700;
  }
  [aria-pressed='true'] .tick {
    display: block;
  }
  .rm,
  .add {
    justify-self: start;
  }
  .status:empty {
    display: none;
  }
  small {
    font-weight: 400;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
