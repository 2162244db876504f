/**
 * The facilitator's part of the change circle, loaded only when `surface="facilitator"`:
 * participants' screens never download the readiness notes. Its strings are a table of their
 * own (change-circle.facilitator.strings.ts), read through the element with `tIn`; its styles
 * are adopted into the element when it first shows the notes.
 */
import { css, html, nothing } from 'lit';
import type { GkChangeCircle } from './change-circle.component.js';
import type { Readiness } from './change-circle.model.js';
import { CHANGE_CIRCLE_FACILITATOR_STRINGS as S, type ChangeCircleFacilitatorStrings } from './change-circle.facilitator.strings.js';

const t = (el: GkChangeCircle, key: keyof ChangeCircleFacilitatorStrings, vars?: Record<string, string>) => el.tIn(S, key, vars);

const styles = css`
  .fac {
    display: grid;
    gap: 0.4rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.35rem solid var(--_accent);
    background: var(--_accent-soft);
  }
`;

/** "Parathed: middel". */
export const readinessText = (r: Readiness, el: GkChangeCircle) => t(el, 'readiness', { level: t(el, r) });

/** The readiness of the chosen stage and what to focus on; a lapse gets a word of its own. */
export function renderFacilitator(r: Readiness, lapse: boolean, el: GkChangeCircle) {
  el.adoptStyles(styles);
  return html`<section class="fac" part="facilitator" aria-labelledby="fh">
    <h3 id="fh">${readinessText(r, el)}</h3>
    <p>${t(el, 'focus')}</p>
    <ul>
      ${t(el, `focus.${r}`)
        .split('\n')
        .map((x) => html`<li>${x}</li>`)}
    </ul>
    ${lapse ? html`<p>${t(el, 'lapseNote')}</p>` : nothing}
  </section>`;
}
