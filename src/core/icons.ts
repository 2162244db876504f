import { css } from 'lit';

/** Line icons (`<svg class="icon">`): 1.2em, stroked in the text colour. */
export const icons = css`
  .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
