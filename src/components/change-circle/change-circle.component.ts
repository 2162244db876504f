import { html, nothing, type PropertyValues } from 'lit';
import { checkProperties, type GkPropertyDeclarations } from '../../core/checked.js';
import { lazy } from '../../core/lazy.js';
import { GkFormElement } from '../../core/form-element.js';
import { rovingIndex } from '../../core/roving.js';
import { icons } from '../../core/icons.js';
import { base, tokens } from '../../core/styles.js';
import {
  checkChangeCircleDate,
  checkChangeCircleTopic,
  checkChangeCircleValue,
  checkGroup,
  dayOf,
  emptyChangeCircle,
  groupCounts,
  place,
  readinessOf,
  STAGES,
  type ChangeCircleValue,
  type GroupMember,
} from './change-circle.model.js';
import type { ChangeCircleFacilitatorStrings } from './change-circle.facilitator.strings.js';
import { CHANGE_CIRCLE_STRINGS, type ChangeCircleStrings } from './change-circle.strings.js';
import { changeCircleStyles } from './change-circle.styles.js';

/** A lazily loaded part: undefined until it has arrived; asking for it starts the load and re-renders `el` then. */
const facilitatorPart = lazy(() => import('./change-circle.facilitator.js'));
const wheelPart = lazy(() => import('./change-circle.wheel.js'));

/** The stage icons (24×24, stroked): closed eye, question, plan, step forward, anchor, try again. */
const ICONS = [
  'M3 10c4 5 14 5 18 0M6 13.5 4.5 16M12 15v3M18 13.5l1.5 2.5',
  'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.4-1 1-1 1.7v.5M12 17v.01',
  'M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M9 13l2 2 4-4',
  'M4 12h15M13 6l6 6-6 6',
  'M12 8v13M5 13a7 7 0 0 0 14 0M3 15l2-2 2 2M17 15l2-2 2 2M9 11h6M12 3a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5z',
  'M19 12a7 7 0 1 1-2-5M17 3v4h-4',
];
const CHECK = 'M5 12l5 5L20 7';
const prevent = (e: Event) => e.preventDefault();

/**
 * The change circle (forandringscirklen): the six stages of change as a wheel. The participant
 * taps where they are now with respect to one change ("at ryge mindre hash"); every placement
 * is kept with its date (the `date` property, else today) and drawn as a numbered trail, so
 * moving back and forth is visible and normal; a second tap on the same date corrects that
 * day's placement instead of adding one. A lapse is part of the cycle and leads on to overvejelse, never back to the start.
 * The facilitator view adds the readiness (low, medium, high) of the chosen stage and what to
 * focus on; the `group` property shows where everyone is (names only in the facilitator view).
 *
 * @summary The change circle: the six stages, where I am now, and how I have moved.
 * @tag gk-change-circle
 *
 * @event input - When the participant places themselves. Native `Event`.
 * @event change - With every placement by the participant. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart question - The question.
 * @csspart topic - The change in question.
 * @csspart stages - The wheel and the six stages (the radio group).
 * @csspart wheel - The drawn wheel with the trail.
 * @csspart note - "Moving back and forth is normal".
 * @csspart history - The list of placements with dates.
 * @csspart facilitator - Readiness and focus points (facilitator view).
 *
 * @cssproperty --gk-color-accent - The chosen stage.
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkChangeCircle extends GkFormElement<ChangeCircleValue, ChangeCircleStrings> {
  static override styles = [tokens, base, icons, changeCircleStyles];

  static override properties: GkPropertyDeclarations = {
    topic: { check: checkChangeCircleTopic },
    date: { check: checkChangeCircleDate },
    group: { attribute: false, check: checkGroup },
  };
  static {
    checkProperties(this);
  }

  /** The change in question, e.g. "at ryge mindre hash" (at most 200 characters); the value's own topic wins. */
  declare topic: string | undefined;
  /** The date new placements get (`YYYY-MM-DD`); today's date when not set. */
  declare date: string | undefined;
  /** Where each group member is: `[{ name, stage }]`. Names show only in the facilitator view. */
  declare group: GroupMember[];
  /** Host overrides for any string, the facilitator's included. */
  declare strings: Partial<ChangeCircleStrings & ChangeCircleFacilitatorStrings> | undefined;

  protected readonly table = CHANGE_CIRCLE_STRINGS;
  #focusAfterRender = false;

  constructor() {
    super();
    this.group = [];
  }

  protected checkValue(v: unknown) {
    return checkChangeCircleValue(v);
  }
  protected emptyValue(): ChangeCircleValue {
    return emptyChangeCircle();
  }
  protected override isEmpty(v: ChangeCircleValue): boolean {
    return !v.stage;
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('[role=radio]') ?? undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('[role=radio][tabindex="0"]')?.focus();
    }
  }

  // ---- interaction ----
  #choose(i: number): void {
    if (this.isDisabled) return;
    const next = place(this.value, STAGES[i], this.date || dayOf(new Date()), this.topic);
    if (next !== this.value) this.setUserValue(next);
  }

  #onClick(e: Event): void {
    const t = (e.target as Element).closest<HTMLElement | SVGElement>('[data-i]');
    if (t) this.#choose(Number(t.dataset.i));
  }

  #onKey(e: KeyboardEvent): void {
    const i = Number((e.target as HTMLElement).dataset.i);
    const next = rovingIndex(e.key, i, STAGES.length);
    if (next === null || Number.isNaN(i) || this.isDisabled) return;
    e.preventDefault();
    this.#focusAfterRender = true;
    this.#choose(next);
  }

  #day(d: string, year: string): string {
    const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
    if (!d.startsWith(year)) opts.year = 'numeric';
    return new Intl.DateTimeFormat(this.activeLang, opts).format(new Date(d.slice(0, 10)));
  }

  // ---- rendering ----
  protected override render() {
    const v = this.value;
    const fac = this.surface === 'facilitator' ? facilitatorPart(this) : undefined;
    const history = this.surface === 'shared' ? [] : v.history;
    const topic = v.topic || this.topic;
    const cur = v.stage ? STAGES.indexOf(v.stage) : -1;
    const tab = Math.max(cur, 0);
    const counts = groupCounts(this.group);
    const dis = this.isDisabled;
    const year = (this.date || dayOf(new Date())).slice(0, 4);
    return html`<div class="panel" part="base">
      <p class="q" id="q" part="question">${this.t('question')}</p>
      ${topic ? html`<p class="topic" id="t" part="topic">${this.t('topic')}: <b>${topic}</b></p>` : nothing}
      <div
        class="stages"
        part="stages"
        role="radiogroup"
        aria-labelledby=${topic ? 'q t' : 'q'}
        aria-describedby="nm"
        aria-required=${this.required ? 'true' : nothing}
        aria-disabled=${dis ? 'true' : nothing}
        @keydown=${this.#onKey}
        @click=${this.#onClick}
      >
        ${this.#wheel(cur, history, counts)}
        ${STAGES.map((s, i) => {
          const n = counts[i];
          return html`<div class="card c${i}">
            <button
              type="button"
              role="radio"
              class="stage"
              data-i=${i}
              aria-checked=${i === cur ? 'true' : 'false'}
              tabindex=${i === tab ? 0 : -1}
              ?disabled=${dis}
              aria-labelledby="n${i}"
              aria-describedby="d${i}${fac ? ` r${i}` : ''}${n ? ` g${i}` : ''}"
            >
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[i]} /></svg>
              <b id="n${i}">${this.t(s)}</b>
              <span class="say" id="d${i}">${this.t(`${s}.say`)}</span>
              ${i === cur
                ? html`<span class="here"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${CHECK} /></svg>${this.t('here')}</span>`
                : nothing}
              ${fac ? html`<span class="rd" id="r${i}">${fac.readinessText(readinessOf(s), this)}</span>` : nothing}
            </button>
            ${n
              ? html`<div class="tokens" id="g${i}">
                  ${fac
                    ? this.group.filter((m) => m.stage === s).map((m) => html`<span class="tok name">${m.name}</span>`)
                    : Array.from({ length: n }, () => html`<span class="tok"></span>`)}
                  <span class="cnt">${this.t('group', { n })}</span>
                </div>`
              : nothing}
          </div>`;
        })}
      </div>
      <p class="note" id="nm" part="note">${this.t('normal')}</p>
      <div class="foot">
      ${history.length
        ? html`<section class="hist" part="history" aria-labelledby="h">
            <h3 id="h">${this.t('trail')}</h3>
            <ol>
              ${history.map((p) => html`<li>${this.t('trailItem', { date: this.#day(p.date, year), stage: this.t(p.stage) })}</li>`)}
            </ol>
          </section>`
        : nothing}
      ${fac && v.stage ? fac.renderFacilitator(readinessOf(v.stage), v.stage === 'lapse', this) : nothing}
      </div>
    </div>`;
  }

  /** The drawn wheel; its drawing loads lazily, meanwhile the empty box keeps its place. */
  #wheel(cur: number, history: ChangeCircleValue['history'], counts: number[]) {
    const wheel = wheelPart(this);
    // mousedown would move focus to the first stage (delegatesFocus) and scroll the page under the finger
    return html`<svg class="wheel" part="wheel" viewBox="-440 -500 880 900" aria-hidden="true" @mousedown=${prevent}>
      ${wheel?.renderWheel(
        cur,
        history.map((p) => STAGES.indexOf(p.stage)),
        counts,
        ICONS,
      )}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-change-circle': GkChangeCircle;
  }
}
