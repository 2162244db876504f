import { css } from 'lit';

/**
 * Design tokens. Components read private `--_x` variables; each takes the public `--gk-x`
 * token when the host sets it (on the element or any ancestor), else the light default.
 * The dark, high-contrast and auto themes live in ./themes.ts and load on first use
 * (GkElement adopts them), so pages that stay light do not pay for them. Forced colours:
 * the browser maps colours to system colours itself; tools mark chosen states with
 * `forced-color-adjust: none` + Highlight where a fill carries meaning.
 * The full list is in the "Design tokens" Storybook page.
 */
export const tokens = css`
  :host {
    --_font: var(--gk-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    --_size: max(18px, var(--gk-font-size, 1.125rem));
    --_surface: var(--gk-color-surface, #fff);
    --_raised: var(--gk-color-surface-raised, #f3f5f7);
    --_text: var(--gk-color-text, #1a1a1a);
    --_muted: var(--gk-color-text-muted, #4a4f55);
    --_border: var(--gk-color-border, #747a80);
    --_accent: var(--gk-color-accent, #0059b3);
    --_on-accent: var(--gk-color-on-accent, #fff);
    --_accent-soft: var(--gk-color-accent-soft, #e1edf9);
    --_focus: var(--gk-color-focus, #0059b3);
    --_focus-halo: var(--gk-color-focus-halo, #fff);
    --_radius: var(--gk-radius, 0.5rem);
    --_space: var(--gk-space, 1rem);
    --_line: var(--gk-border-width, 2px);
    --_target: max(44px, var(--gk-target-size, 3rem));
    color-scheme: light;
  }
`;

/** Shared base: font, the shared-screen size, the outer box, focus ring, reduced motion. */
export const base = css`
  :host {
    display: block;
    font: var(--_size) / 1.45 var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  /* the group's shared screen: read across a room, as wide as it is given */
  :host([surface='shared']) {
    --_size: max(24px, var(--gk-font-size-shared, 1.6rem));
    max-inline-size: none;
  }
  /* a tool's outer box (add container-type where a tool uses container queries) */
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_surface);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-halo);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
