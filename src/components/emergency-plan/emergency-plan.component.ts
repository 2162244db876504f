import { attempt } from '../../core/lazy.js';
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { checkProperties, type GkPropertyDeclarations } from '../../core/checked.js';
import { GkFormElement } from '../../core/form-element.js';
import { createId } from '../../core/id.js';
import { removeById, updateById } from '../../core/list.js';
import type { SupportPerson } from '../../core/people.js';
import { canSpeak, speak, stopSpeaking } from '../../core/speech.js';
import { controls } from '../../core/controls.js';
import { icons } from '../../core/icons.js';
import { fields } from '../../core/fields.js';
import { palette } from '../../core/palette.js';
import { base, tokens } from '../../core/styles.js';
import { UndoStack } from '../../core/undo.js';
import { fail, isRecord, ok, type Check } from '../../core/validation.js';
import { btn, ICON, icon, IDEA_ICONS } from './emergency-plan.icons.js';
import {
  checkDay,
  checkEmergencyPlanValue,
  checkPeople,
  COPING_IDEAS,
  emptyPlan,
  isEmptyPlan,
  MAX,
  newRow,
  reviewDue,
  toggleIdea,
  type CopingRow,
  type EmergencyPlanValue,
} from './emergency-plan.model.js';
import type { Section } from './emergency-plan.parts.js';
import { EMERGENCY_PLAN_STRINGS, type EmergencyPlanStrings } from './emergency-plan.strings.js';
import { emergencyPlanStyles } from './emergency-plan.styles.js';

export const EMERGENCY_PLAN_VIEWS = ['plan', 'crisis'] as const;
export type EmergencyPlanView = (typeof EMERGENCY_PLAN_VIEWS)[number];
export const PRINT_LAYOUTS = ['a4', 'pocket'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

type Parts = typeof import('./emergency-plan.parts.js');
let parts: Parts | undefined;
let loading: Promise<unknown> | undefined;
/** Plan 2, the crisis view and read-aloud load as a separate chunk, once per page. */
const loadParts = () =>
  (loading ??= attempt(() => import('./emergency-plan.parts.js')).then(
    (m) => (parts = m),
    () => (loading = undefined),
  ));

const val = (e: Event) => (e.target as HTMLInputElement).value;
const stop = (e: Event) => e.stopPropagation();
/** `network`: a network-circle value (only its shape is checked here; `supportPeople` reads it) or null. */
const checkNetwork = (v: unknown): Check<unknown> =>
  v == null
    ? ok(null)
    : isRecord(v) && Array.isArray(v.people)
      ? ok(v)
      : fail('network', 'must be a network-circle value like { version: 1, people: [...] }');
const localDay = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
};

/**
 * The personal emergency plan (personlig nødplan 1 og 2). Plan 1: "Hvis jeg får trang … så kan
 * jeg …" rows with pictogram suggestions and own words. Plan 2: how I notice that I need help,
 * then the people who can help (picked from the network circle or typed), then professionals,
 * each with what, when, how they can see it, and our signals and agreements. A calm one-screen
 * crisis view (what to do now, whom to call), a "review by" date, read-aloud with on-device
 * voices, and print styles for the full plan on A4 or a small pocket card.
 *
 * Link to the network circle: `plan.network = networkCircle.value`, or
 * `plan.people = supportPeople(networkCircle.value)` (from `gruppekit`).
 * For print, the host page may add `@page { size: A4; margin: 15mm }` (a shadow root cannot).
 *
 * @summary The personal emergency plan 1 and 2 (personlig nødplan).
 * @tag gk-emergency-plan
 *
 * @event input - While the participant types or picks. Native `Event`.
 * @event change - When the participant has committed a change. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart plan - The whole plan (both plans and the date).
 * @csspart review - The "review by" date.
 * @csspart plan1 - Plan 1, coping.
 * @csspart plan2 - Plan 2, support.
 * @csspart crisis - The crisis view (also the pocket card when printing).
 *
 * @cssproperty --gk-color-accent - Picked suggestions and main buttons.
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkEmergencyPlan extends GkFormElement<EmergencyPlanValue, EmergencyPlanStrings> {
  static override styles = [tokens, palette, base, icons, controls, fields, emergencyPlanStyles];

  static override properties: GkPropertyDeclarations = {
    view: { reflect: true },
    printLayout: { attribute: 'print-layout', reflect: true },
    printPreview: { attribute: 'print-preview', type: Boolean, reflect: true },
    readAloud: { attribute: 'read-aloud', type: Boolean },
    today: { check: (v) => (v ? checkDay('today', v) : ok(v)) },
    people: { attribute: false, check: checkPeople },
    network: { attribute: false, check: checkNetwork },
  };
  static {
    checkProperties(this);
  }

  static override enums = { ...GkFormElement.enums, view: EMERGENCY_PLAN_VIEWS, printLayout: PRINT_LAYOUTS };
  static override enumDefaults = { ...GkFormElement.enumDefaults, view: 'plan', printLayout: 'a4' };

  /** `plan` (default: fill in and read) or `crisis` (the calm one-screen view). */
  declare view: EmergencyPlanView;
  /** What printing gives: `a4` (default, the whole plan) or `pocket` (a small card with the crisis view). */
  declare printLayout: PrintLayout;
  /** Shows the print layout on screen (for a preview before printing). */
  declare printPreview: boolean;
  /** Lets the participant have each part read aloud, with an on-device voice only. Off unless the host sets it. */
  declare readAloud: boolean;
  /** Today as YYYY-MM-DD, for the "review by" note; the device's date when not set. */
  declare today: string | undefined;
  /** Support people to pick from (`supportPeople(networkValue)` or the host's own list). */
  declare people: SupportPerson[];
  /** A network-circle value (`{ version: 1, people: [...] }`); its "can help" people can be picked. */
  declare network: unknown;

  protected readonly table = EMERGENCY_PLAN_STRINGS;
  /** @internal Selector to focus after the next render (the lazy parts set it too). */
  _focus: string | undefined;
  #undo = new UndoStack<EmergencyPlanValue>(10);
  #typing = false;

  constructor() {
    super();
    this.view = 'plan';
    this.printLayout = 'a4';
    this.printPreview = false;
    this.readAloud = false;
    this.people = [];
    this.network = null;
  }

  protected checkValue(v: unknown) {
    return checkEmergencyPlanValue(v);
  }
  protected emptyValue(): EmergencyPlanValue {
    return emptyPlan();
  }
  protected override isEmpty(v: EmergencyPlanValue): boolean {
    return isEmptyPlan(v);
  }
  protected override toFormValue(v: EmergencyPlanValue): string | null {
    return isEmptyPlan(v) && !v.reviewBy ? null : JSON.stringify(v);
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.add') ?? undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.#voices);
    if (!parts) this.whenLoaded(loadParts());
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.#voices);
    if (this.readAloud) stopSpeaking();
  }
  #voices = () => this.requestUpdate();

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('view') && changed.get('view') !== undefined && this.readAloud) stopSpeaking();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (parts) this.adoptStyles(parts.styles);
    if (this._focus) {
      this.renderRoot.querySelector<HTMLElement>(this._focus)?.focus();
      this._focus = undefined;
    }
  }

  // ---- editing (the lazy parts edit through the same public setUserValue) ----
  /**
   * A user edit: fires `input`, and `change` when `commit`. Nothing happens while disabled; any
   * edit ends the chance to undo a removal. While typing (`commit` false) the inner input's own
   * `change` commits (caught once, on the fieldset).
   */
  override setUserValue(v: EmergencyPlanValue, commit = true): boolean {
    if (this.isDisabled) return false;
    this.#undo.clear();
    this.#typing = !commit;
    return super.setUserValue(v, commit);
  }
  #commit = () => {
    if (this.#typing) {
      this.#typing = false;
      this.commitChange();
    }
  };
  /** An inner input's `input`: the tool fires its own (the inner event stops at the fieldset). */
  #type(patch: (text: string) => (v: EmergencyPlanValue) => EmergencyPlanValue) {
    return (e: Event) => this.setUserValue(patch(val(e))(this.value), false);
  }
  #row(id: string, patch: (r: CopingRow) => CopingRow) {
    return (v: EmergencyPlanValue) => ({ ...v, coping: updateById(v.coping, id, patch) });
  }
  /** @internal Removes a row or person as the user did; "Fortryd" brings it back. */
  _remove(key: 'coping' | 'support', id: string): void {
    const old = this.value;
    if (this.setUserValue({ ...old, [key]: removeById<{ id: string }>(old[key], id) } as EmergencyPlanValue)) {
      this.#undo.push(old, '');
      this._focus = '.status button';
    }
  }
  #undoRemove = () => {
    const prev = this.#undo.pop();
    if (prev) this.setUserValue(prev);
  };

  // ---- rendering ----
  /** @internal The "Læs op" button of a section (when the host allows it and an on-device voice exists). */
  _readBtn(section: Section, title: string) {
    return this.readAloud && canSpeak(this.activeLang)
      ? btn(this.t('readAloud'), ICON.speak, () => parts && speak(parts.speech(this, section), this.activeLang), 'read no-print', this.t('readAloudOf', { section: title }))
      : nothing;
  }
  protected override render() {
    const v = this.value;
    const t = this.t.bind(this);
    const day = v.reviewBy;
    const lang = this.activeLang;
    const date = day
      ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day))
      : t('reviewNone');
    return html`<fieldset class="plan" part="plan" aria-labelledby="t" ?disabled=${this.isDisabled} @input=${stop} @change=${this.#commit}>
        <div class="head">
          <h2 id="t">${t('title')}</h2>
          <button type="button" class="btn primary open no-print" @click=${() => {
            this.view = 'crisis';
            this._focus = '#ct';
          }}>${icon(ICON.calm)}${t('crisisOpen')}</button>
        </div>
        <div class="review" part="review">
          ${icon(ICON.date)}
          <label for="rb">${t('reviewBy')}</label>
          <b class="day ${day ? '' : 'none'}">${date}</b>
          <input id="rb" class="no-print" type="date" .value=${day} @input=${this.#type((reviewBy) => (x) => ({ ...x, reviewBy }))} />
        </div>
        ${reviewDue(day, this.today || localDay()) ? html`<p class="due">${t('reviewDue')}</p>` : nothing}
        ${this.surface === 'facilitator' ? html`<p class="hint no-print">${t('facilitatorHint')}</p>` : nothing}
        ${this.#plan1(v)} ${parts?.plan2(this)}
        <p class="status no-print" role="status">
          ${this.#undo.canUndo ? html`${t('removed')} ${btn(this.coreT('undo'), ICON.undo, this.#undoRemove)}` : nothing}
        </p>
      </fieldset>
      ${parts?.crisis(this)}`;
  }

  #plan1(v: EmergencyPlanValue) {
    const t = this.t.bind(this);
    return html`<section part="plan1" aria-labelledby="p1">
      <div class="sh"><h3 id="p1">${t('plan1')}</h3>${this._readBtn('plan1', t('plan1'))}</div>
      <p class="hint">${t('plan1Hint')}</p>
      <ol>
        ${repeat(
          v.coping,
          (r) => r.id,
          (r, i) => html`<li class="card">
            <h4>${t('row', { n: i + 1 })}</h4>
            <label for="w-${r.id}">${t('if')}</label>
            <span class="hint no-print" id="wh-${r.id}">${t('ifHint')}</span>
            <input id="w-${r.id}" maxlength=${MAX.line} autocomplete="off" aria-describedby="wh-${r.id}" .value=${r.when}
              @input=${this.#type((when) => this.#row(r.id, (x) => ({ ...x, when })))} />
            <span class="lbl" id="th-${r.id}">${t('then')}</span>
            <div class="ideas" role="group" aria-labelledby="th-${r.id}">
              ${COPING_IDEAS.map(
                (idea) => html`<button type="button" class="btn idea" aria-pressed=${r.ideas.includes(idea)}
                  @click=${() => this.setUserValue(this.#row(r.id, (x) => toggleIdea(x, idea))(this.value))}>
                  ${icon(IDEA_ICONS[idea], 'icon pic')}<span>${t(idea)}</span>${icon(ICON.tick, 'icon tick')}
                </button>`,
              )}
            </div>
            <label for="o-${r.id}">${t('own')}</label>
            <textarea id="o-${r.id}" maxlength=${MAX.text} rows="2" .value=${r.text}
              @input=${this.#type((text) => this.#row(r.id, (x) => ({ ...x, text })))}></textarea>
            ${btn(t('remove'), ICON.remove, () => this._remove('coping', r.id), 'rm no-print', t('removeRow', { n: i + 1 }))}
          </li>`,
        )}
      </ol>
      ${v.coping.length < 20 ? btn(t('addRow'), ICON.add, () => {
        const row = newRow(createId('row'));
        this._focus = `[id="w-${row.id}"]`;
        this.setUserValue({ ...this.value, coping: [...this.value.coping, row] });
      }, 'add no-print') : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-emergency-plan': GkEmergencyPlan;
  }
}
