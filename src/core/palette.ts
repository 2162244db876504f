import { css } from 'lit';

/**
 * The signal colours (kinds of agenda points, plus and minus, warnings): only tools that use
 * them include this, next to `tokens` (a module of its own, so the others never load it).
 * The themes set the same public tokens.
 */
export const palette = css`
  :host {
    --_danger: var(--gk-color-danger, #b3261e);
    --_green: var(--gk-color-green, #1b7a36);
    --_red: var(--gk-color-red, #b3261e);
    --_blue: var(--gk-color-blue, #0b5cad);
    --_yellow: var(--gk-color-yellow, #8a6500);
  }
`;
