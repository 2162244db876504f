import { css, unsafeCSS } from 'lit';

/**
 * The dark, high-contrast and auto themes, loaded the first time an element has a `theme`
 * other than light (see GkElement). They set the public tokens on the element itself: host
 * CSS that targets the element (gk-scale { --gk-color-accent: … }) still wins; values
 * inherited from ancestors do not.
 */
const dark = unsafeCSS(
  '--gk-color-surface:#16191d;--gk-color-surface-raised:#23282f;--gk-color-text:#f3f3f3;--gk-color-text-muted:#c8cbd0;--gk-color-border:#8d949c;--gk-color-accent:#8cc2f5;--gk-color-on-accent:#0b0d10;--gk-color-accent-soft:#1d3a57;--gk-color-focus:#b3d8ff;--gk-color-focus-halo:#0b0d10;--gk-color-danger:#ff9d94;--gk-color-green:#74d08c;--gk-color-red:#ff9d94;--gk-color-blue:#8cc2f5;--gk-color-yellow:#f2d16b;color-scheme:dark;',
);

export const themes = css`
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([theme='high-contrast']) {
    --gk-color-surface: #fff;
    --gk-color-surface-raised: #fff;
    --gk-color-text: #000;
    --gk-color-text-muted: #000;
    --gk-color-border: #000;
    --gk-color-accent: #00306b;
    --gk-color-on-accent: #fff;
    --gk-color-accent-soft: #fff;
    --gk-color-focus: #000;
    --gk-color-focus-halo: #ffd400;
    --gk-color-danger: #8c0000;
    --gk-color-green: #0a4a1c;
    --gk-color-red: #8c0000;
    --gk-color-blue: #00306b;
    --gk-color-yellow: #5c4300;
    --gk-border-width: 3px;
  }
`;
