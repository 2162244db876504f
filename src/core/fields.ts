import { css } from 'lit';

/**
 * Text fields for tools that have them: input (not checkboxes or radio buttons), select and
 * textarea with 44 px targets, the tokens' border, radius and surface, the element's font in
 * normal weight, a muted placeholder; `aria-invalid="true"` marked by a thick start border as
 * well as the danger colour (not colour alone, and kept in forced colours); a disabled field
 * reads as not editable. The focus ring comes from the base. Needs `palette` (--_danger).
 *
 * Everything sits in :where(), so any rule of a tool wins whatever the order — also when a
 * lazily loaded part adopts this after its own styles. A module of its own, so tools without
 * fields never load it.
 */
export const fields = css`
  :where(input:not([type=checkbox], [type=radio]), select, textarea) {
    min-block-size: var(--_target);
    max-inline-size: 100%;
    padding: 0.4em 0.6em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
  }
  :where(textarea) {
    resize: vertical;
  }
  :where(input, select, textarea):disabled {
    background: var(--_raised);
    color: var(--_muted);
    cursor: not-allowed;
  }
  [aria-invalid=true] {
    border-color: var(--_danger);
    border-inline-start-width: 0.5em;
  }
  ::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  @media (forced-colors: active) {
    ::placeholder {
      color: GrayText;
    }
  }
`;
