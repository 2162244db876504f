/**
 * The eleven-buttons presentation of the scale (an APG radio group), loaded when
 * `presentation="buttons"` is first used on a page. The scale holds its update until this part
 * has arrived, so the buttons never appear a moment after the rest. If it cannot load, the
 * scale shows the slider, which does the same job.
 */
import { css, html, nothing } from 'lit';
import type { GkScale } from './scale.component.js';
import type { scaleKey } from './scale.input.js';
import type { ScaleValue } from './scale.model.js';

const NUMBERS = Array.from({ length: 11 }, (_, i) => i);

export const styles = css`
  /* the container queries below only matter for the eleven buttons; a container elsewhere
     costs style and layout work for nothing (docs/performance.md) */
  :host([presentation='buttons']) .ctl {
    container-type: inline-size;
  }
  .options {
    position: relative;
    display: grid;
    grid: auto / auto-flow minmax(0, 1fr);
    gap: 0.3rem;
    user-select: none;
  }
  .opt {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: calc(var(--_target) * 1.25);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: 1.2em;
    font-weight: 600;
    cursor: pointer;
  }
  .opt[aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 800;
    box-shadow: 0 0 0 3px var(--_surface), 0 0 0 6px var(--_accent);
  }
  .opt.was::after {
    inset-block-end: 0.2rem;
    border-color: currentColor;
  }
  @container (max-width: 36rem) {
    .options {
      grid: auto / repeat(6, 1fr);
    }
  }
  @container (max-width: 20rem) {
    .options {
      grid: auto / repeat(4, 1fr);
    }
  }
  @media (forced-colors: active) {
    .opt[aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/**
 * Eleven buttons in one radio group: roving tabindex (the chosen number, else 0, is the tab
 * stop), 10 at the top in the thermometer. `choose` is the scale's own (it fires the events);
 * `key` is scale.input's `scaleKey`, handed over by the scale so that this part imports nothing
 * at run time and the entry stays one chunk (docs/performance.md).
 */
export function renderButtons(
  el: GkScale,
  v: ScaleValue,
  was: Set<number>,
  choose: (n: number) => void,
  key: typeof scaleKey,
) {
  el.adoptStyles(styles);
  const disabled = el.isDisabled;
  // APG radio group without wrap (a scale has ends): arrows move focus and choice together,
  // Space checks the focused button; Home/End and digits as on the slider.
  const onKey = (e: KeyboardEvent, at: number) => {
    const next = e.key === ' ' ? at : key(e.key, at, true);
    if (next === undefined || disabled) return;
    e.preventDefault();
    choose(next);
    // focus follows once the new choice is rendered, so it lands on a checked radio
    if (next !== at) el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('[role=radio][tabindex="0"]')?.focus());
  };
  return html`<div
    class="options"
    part="options"
    role="radiogroup"
    aria-labelledby="q"
    aria-describedby="min max"
    aria-required=${el.required ? 'true' : nothing}
    aria-disabled=${disabled ? 'true' : nothing}
  >
    ${(el.orientation === 'vertical' ? [...NUMBERS].reverse() : NUMBERS).map(
      (n) => html`<button
        type="button"
        class="opt ${was.has(n) ? 'was' : ''}"
        role="radio"
        aria-checked=${n === v ? 'true' : 'false'}
        tabindex=${n === (v ?? 0) ? 0 : -1}
        ?disabled=${disabled}
        @click=${() => choose(n)}
        @keydown=${(e: KeyboardEvent) => onKey(e, n)}
      >
        ${n}
      </button>`,
    )}
  </div>`;
}
