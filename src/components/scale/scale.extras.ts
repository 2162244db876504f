/**
 * What a plain slider does not need, loaded the first time a scale on the page uses any of it:
 * the eleven-buttons presentation (an APG radio group), the vertical "thermometer" layout (a
 * tube beside the numbers, 10 at the top, filled up to the answer) and earlier answers (a
 * faint hollow ring under each earlier number, so change over time shows by shape and not only
 * by colour, and a line that says them in words; never on the shared screen).
 *
 * The scale holds its update until this part has arrived, so none of it appears a moment after
 * the rest. If it cannot load, the scale shows the slider, drawn across, without earlier
 * answers. One part rather than three: each lazy part costs the entry its loader.
 */
import { css, html, nothing } from 'lit';
import type { Table } from '../../core/localize.js';
import type { GkScale } from './scale.component.js';
import type { scaleKey } from './scale.input.js';
import type { ScaleValue } from './scale.model.js';

const NUMBERS = Array.from({ length: 11 }, (_, i) => i);

const da = {
  earlier: 'Tidligere svar',
  earlierItem: '{label}: {value}',
};
export type ScaleEarlierStrings = typeof da;

// the earlier-answers line's strings; other languages: the same modules as SCALE_STRINGS
const EARLIER_STRINGS: Table<ScaleEarlierStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};

export const styles = css`
  /* ---- the eleven buttons ---- */
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
  /* ---- the thermometer ---- */
  .vertical {
    display: flex;
    gap: 1rem;
  }
  .vertical .track,
  .vertical .options {
    grid: auto-flow minmax(var(--_target), 1fr) / auto;
    inline-size: calc(var(--_target) * 2.4);
  }
  /* a drag along the tube moves the answer, not the page */
  .vertical .track {
    touch-action: none;
    display: flex;
    flex-direction: column-reverse;
    align-items: stretch;
    padding: 0 0 0 1.75rem;
  }
  .vertical .cell {
    flex: 1 0 var(--_target);
    align-content: center;
  }
  /* the tube runs from the middle of 0 to the middle of 10 */
  .vertical .track::before {
    inset: 4.5% auto 4.5% 0.25rem;
    inline-size: 1rem;
    border-radius: 0.5rem;
  }
  /* filled up to the answer: each number above 0 and at or below it fills the piece of tube
     from its middle down to the middle of the number below */
  .vertical .in ~ .in::before {
    content: '';
    position: absolute;
    inset: 50% auto calc(-50% - 0.3rem) -1.5rem;
    inline-size: 1rem;
    background: var(--_accent);
  }
  .vertical .in:nth-child(2)::before {
    border-end-start-radius: 0.5rem;
    border-end-end-radius: 0.5rem;
  }
  .vertical .on::before {
    border-start-start-radius: 0.5rem;
    border-start-end-radius: 0.5rem;
  }
  .vertical .ends {
    flex-direction: column-reverse;
  }
  @media (forced-colors: active) {
    /* an outlined tube, filled solid up to the answer (shape, not only colour) */
    .vertical .track::before {
      background: Canvas;
      border: 2px solid CanvasText;
    }
    .vertical .in ~ .in::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  /* ---- earlier answers ---- */
  .was::after {
    content: '';
    position: absolute;
    inset: auto 50% -0.5rem auto;
    translate: 50%;
    inline-size: 0.65rem;
    aspect-ratio: 1;
    border: 2px solid var(--_muted);
    border-radius: 50%;
  }
  /* in a button the ring sits inside, under the number */
  .opt.was::after {
    inset-block-end: 0.2rem;
    border-color: currentColor;
  }
  .earlier {
    margin: 0;
    color: var(--_muted);
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
  const disabled = el.isDisabled;
  // APG radio group without wrap (a scale has ends): arrows move focus and choice together,
  // Space checks the focused button; Home/End and digits as on the slider.
  const onKey = (e: KeyboardEvent, at: number) => {
    const next = e.key === ' ' ? at : key(e.key, at, true);
    if (next === undefined || el.isDisabled) return;
    e.preventDefault();
    choose(next);
    // focus follows once the new choice is rendered, so it lands on a checked radio; not if
    // the participant has left the group meanwhile
    if (next !== at)
      el.updateComplete.then(() => el.matches(':focus-within') && el.renderRoot.querySelector<HTMLElement>('[role=radio][tabindex="0"]')?.focus());
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

/** "Tidligere svar: Møde 1: 4 · Møde 2: 6". The rings come from the `was` class on the numbers. */
export function renderEarlier(el: GkScale) {
  const t = (key: keyof ScaleEarlierStrings, vars?: Record<string, string | number>) => el.tIn(EARLIER_STRINGS, key, vars);
  return html`<p class="earlier" part="earlier">
    ${t('earlier')}:
    ${el.history.map((m) => (m.label ? t('earlierItem', { label: m.label, value: m.value }) : String(m.value))).join(' · ')}
  </p>`;
}
