/**
 * The facilitator's part of the scale, loaded only when `surface="facilitator"`: participants'
 * screens never download the follow-up questions. Its texts come with scale.texts.ts; its
 * styles (and the core's button styles) are adopted into the element when it first shows.
 */
import { css, html, nothing } from 'lit';
import { controls } from '../../core/controls.js';
import { icons } from '../../core/icons.js';
import type { GkScale } from './scale.component.js';
import type { ScalePreset, ScaleValue } from './scale.model.js';
// constants only (inlined): importing values from the model would make it a chunk shared with
// this part, and the entry bigger
import { SCALE_MAX, SCALE_MIN } from './scale.range.js';
import { SCALE_TEXTS } from './scale.texts.js';

const styles = css`
  .followups {
    padding: 0.75rem 1rem;
    border-inline-start: 0.35rem solid var(--_accent);
    background: var(--_accent-soft);
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  ul {
    margin: 0;
  }
  .tools {
    text-align: end;
  }
`;

const clamp = (n: number) => Math.max(SCALE_MIN, Math.min(SCALE_MAX, n));

export type FollowUpKey =
  | 'whyNotLower'
  | 'whatHaveYouDone'
  | 'oneStepUp'
  | 'keepItUp'
  | 'othersPlace'
  | 'cravingWhyNotHigher'
  | 'cravingOneStepDown'
  | 'cravingWhatHelps';

/**
 * The facilitator's solution-focused follow-up questions for an answer. They ask what the
 * participant already has ("why 6 and not 4?") and the next small step; never "why not 10?".
 * For craving, where lower is better, the direction turns round.
 */
export function followUps(value: ScaleValue, preset?: ScalePreset): { key: FollowUpKey; vars: Record<string, number> }[] {
  if (value === null) return [];
  const out: { key: FollowUpKey; vars: Record<string, number> }[] = [];
  if (preset === 'craving') {
    if (value < SCALE_MAX) out.push({ key: 'cravingWhyNotHigher', vars: { value, other: clamp(value + 2) } });
    if (value > SCALE_MIN) out.push({ key: 'cravingOneStepDown', vars: { value } });
    out.push({ key: 'cravingWhatHelps', vars: { value } });
    return out;
  }
  if (value > SCALE_MIN) {
    out.push({ key: 'whyNotLower', vars: { value, other: clamp(value - 2) } });
    out.push({ key: 'whatHaveYouDone', vars: { value } });
  }
  out.push(value < SCALE_MAX ? { key: 'oneStepUp', vars: { value } } : { key: 'keepItUp', vars: { value } });
  out.push({ key: 'othersPlace', vars: { value } });
  return out;
}

/** The follow-up questions and the "clear the answer" button (a user change: `input` and `change`). */
export function renderFacilitator(el: GkScale, value: ScaleValue) {
  el.adoptStyles(icons);
  el.adoptStyles(controls);
  el.adoptStyles(styles);
  const t = (key: keyof typeof SCALE_TEXTS.da, vars?: Record<string, number>) => el.tIn(SCALE_TEXTS, key, vars);
  const prompts = followUps(value, el.preset);
  return html`${prompts.length
      ? html`<section class="followups" part="follow-ups" aria-labelledby="fu">
          <h3 id="fu">${t('followUpsTitle')}</h3>
          <ul>
            ${prompts.map((p) => html`<li>${t(p.key, p.vars)}</li>`)}
          </ul>
        </section>`
      : nothing}
    ${value === null
      ? nothing
      : html`<div class="tools">
          <button type="button" class="btn" ?disabled=${el.isDisabled} @click=${() => el.setUserValue(null)}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>${t('clear')}
          </button>
        </div>`}`;
}
