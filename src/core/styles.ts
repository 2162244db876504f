import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Components read private `--_x` variables; each takes the public `--gk-x`
 * token when the host sets it (on the element or any ancestor), else the theme's default.
 * Themes: light (default), dark, high-contrast, auto (follows the OS), plus forced-colors.
 * The full list is in docs/ARCHITECTURE.md and the "Design tokens" Storybook page.
 */
// Dark and high-contrast set the public tokens on the element: host CSS that targets the
// element itself (gk-scale { --gk-color-accent: … }) still wins; inherited values do not.
const dark = `--gk-color-surface:#16191d;--gk-color-surface-raised:#23282f;--gk-color-text:#f3f3f3;--gk-color-text-muted:#c8cbd0;--gk-color-border:#8d949c;--gk-color-accent:#8cc2f5;--gk-color-on-accent:#0b0d10;--gk-color-accent-soft:#1d3a57;--gk-color-focus:#b3d8ff;--gk-color-focus-halo:#0b0d10;--gk-color-danger:#ff9d94;--gk-color-green:#74d08c;--gk-color-red:#ff9d94;--gk-color-blue:#8cc2f5;--gk-color-yellow:#f2d16b;color-scheme:dark;`;

export const tokens = css`
  :host {
    --_font: var(--gk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_size: max(18px, var(--gk-font-size, 1.125rem));
    --_surface: var(--gk-color-surface, #ffffff);
    --_raised: var(--gk-color-surface-raised, #f3f5f7);
    --_text: var(--gk-color-text, #1a1a1a);
    --_muted: var(--gk-color-text-muted, #4a4f55);
    --_border: var(--gk-color-border, #747a80);
    --_accent: var(--gk-color-accent, #0059b3);
    --_on-accent: var(--gk-color-on-accent, #ffffff);
    --_accent-soft: var(--gk-color-accent-soft, #e1edf9);
    --_focus: var(--gk-color-focus, #0059b3);
    --_focus-halo: var(--gk-color-focus-halo, #ffffff);
    --_danger: var(--gk-color-danger, #b3261e);
    --_green: var(--gk-color-green, #1b7a36);
    --_red: var(--gk-color-red, #b3261e);
    --_blue: var(--gk-color-blue, #0b5cad);
    --_yellow: var(--gk-color-yellow, #8a6500);
    --_radius: var(--gk-radius, 0.5rem);
    --_space: var(--gk-space, 1rem);
    --_line: var(--gk-border-width, 2px);
    --_target: max(44px, var(--gk-target-size, 3rem));
    --_motion: var(--gk-motion-duration, 160ms);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${unsafeCSS(dark)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(dark)}
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
  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_raised: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_accent-soft: Canvas;
      --_focus: Highlight;
      --_focus-halo: Canvas;
      --_green: CanvasText;
      --_red: CanvasText;
      --_blue: CanvasText;
      --_yellow: CanvasText;
    }
  }
`;

/** Shared base: font, focus ring, buttons with 44 px targets, reduced motion, print. */
export const base = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-halo);
  }
  .vh {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0.35em 0.9em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
    touch-action: manipulation;
  }
  .btn:hover {
    background: var(--_raised);
  }
  .btn.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn svg,
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.001ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.001ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .btn {
      border-color: ButtonText;
    }
    .btn.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    .no-print {
      display: none !important;
    }
  }
`;
