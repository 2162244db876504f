import { css } from 'lit';

/**
 * What tools with buttons need besides the base: buttons with 44 px targets (`.btn`,
 * `.btn.primary`), visually hidden text (`.vh`) and `.no-print`. A module of its own, so a
 * tool without them (the scale, the feelings cards) never loads it. Line icons are in
 * icons.ts (the change circle has icons but no buttons).
 */
export const controls = css`
  .vh {
    position: absolute;
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
  .btn:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .btn.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
