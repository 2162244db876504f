import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { GkFormElement } from '../../core/form-element.js';
import { createId } from '../../core/id.js';
import { removeById, updateById } from '../../core/list.js';
import type { SupportPerson } from '../../core/people.js';
import { canSpeak, speak, stopSpeaking } from '../../core/speech.js';
import { base, tokens } from '../../core/styles.js';
import { UndoStack } from '../../core/undo.js';
import { isRecord } from '../../core/validation.js';
import { ICON, icon, IDEA_ICONS } from './emergency-plan.icons.js';
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
  type SupportEntry,
} from './emergency-plan.model.js';
import type { PlanCtx, Section } from './emergency-plan.parts.js';
import { LIB } from './emergency-plan.lib.js';
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
  (loading ??= import('./emergency-plan.parts.js').then(
    (m) => (parts = m),
    () => (loading = undefined),
  ));

const val = (e: Event) => (e.target as HTMLInputElement).value;
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
  static override styles = [tokens, base, emergencyPlanStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    printLayout: { attribute: 'print-layout', reflect: true },
    printPreview: { attribute: 'print-preview', type: Boolean, reflect: true },
    readAloud: { attribute: 'read-aloud', type: Boolean },
    today: {},
    people: { attribute: false, noAccessor: true },
    network: { attribute: false, noAccessor: true },
  };

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

  protected readonly table = EMERGENCY_PLAN_STRINGS;
  #people: SupportPerson[] = [];
  #network: unknown = null;
  #undo = new UndoStack<EmergencyPlanValue>(10);
  #typing = false;
  #focus: string | undefined;

  constructor() {
    super();
    this.view = 'plan';
    this.printLayout = 'a4';
    this.printPreview = false;
    this.readAloud = false;
  }

  /** Support people to pick from (`supportPeople(networkValue)` or the host's own list). */
  get people(): SupportPerson[] {
    return this.#people;
  }
  set people(v: SupportPerson[]) {
    const r = checkPeople(v);
    if (!this.accept(r)) return;
    const old = this.#people;
    this.#people = r.value;
    this.requestUpdate('people', old);
  }

  /** A network-circle value (`{ version: 1, people: [...] }`); its "can help" people can be picked. */
  get network(): unknown {
    return this.#network;
  }
  set network(v: unknown) {
    if (v != null && !(isRecord(v) && Array.isArray(v.people))) {
      this.reportInvalid('network', 'must be a network-circle value like { version: 1, people: [...] }');
      return;
    }
    const old = this.#network;
    this.#network = v ?? null;
    this.requestUpdate('network', old);
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
    if (changed.has('today') && this.today) {
      if (!this.accept(checkDay('today', this.today))) this.today = changed.get('today') as string | undefined;
    }
    if (changed.has('view') && changed.get('view') !== undefined && this.readAloud) stopSpeaking();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.shadowRoot;
    const sheet = parts?.styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (this.#focus) {
      this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = undefined;
    }
  }

  // ---- editing ----
  /** A user edit; `commit` false while typing (the inner input's `change` commits). */
  #set(next: EmergencyPlanValue, commit = true, keepUndo = false): void {
    if (this.isDisabled) return;
    if (!keepUndo) this.#undo.clear();
    this.#typing = !commit;
    this.setUserValue(next, commit);
  }
  #type(e: Event, patch: (v: EmergencyPlanValue) => EmergencyPlanValue): void {
    // the inner input's own `input` event would reach the host too: the tool fires its own
    e.stopPropagation();
    this.#set(patch(this.value), false);
  }
  #commit = () => {
    if (this.#typing) {
      this.#typing = false;
      this.commitChange();
    }
  };
  #row(id: string, patch: (r: CopingRow) => CopingRow) {
    return (v: EmergencyPlanValue) => ({ ...v, coping: updateById(v.coping, id, patch) });
  }
  #add(key: 'coping' | 'support', item: CopingRow | SupportEntry, focus: string): void {
    this.#focus = focus;
    this.#set({ ...this.value, [key]: [...this.value[key], item] });
  }
  #remove(key: 'coping' | 'support', id: string): void {
    this.#undo.push(this.value, '');
    this.#focus = '.status button';
    this.#set({ ...this.value, [key]: removeById<{ id: string }>(this.value[key], id) } as EmergencyPlanValue, true, true);
  }
  #undoRemove = () => {
    const prev = this.#undo.pop();
    if (prev) this.#set(prev);
  };
  #setView(view: EmergencyPlanView): void {
    this.view = view;
    this.#focus = view === 'crisis' ? '#ct' : '.open';
  }
  #say(section: Section): void {
    if (parts) speak(parts.speech(this.#ctx, section), this.activeLang);
  }

  /** The element's editing helpers, for the lazy parts. */
  #ctx: PlanCtx = ((el) => ({
    lib: LIB,
    t: (k, vars) => el.t(k, vars),
    get value() {
      return el.value;
    },
    get surface() {
      return el.surface;
    },
    get people() {
      return el.#people;
    },
    get network() {
      return el.#network;
    },
    type: (e, patch) => el.#type(e, patch),
    set: (next) => el.#set(next),
    commit: () => el.#commit(),
    add: (key, item, focus) => el.#add(key, item, focus),
    remove: (key, id) => el.#remove(key, id),
    focus: (sel) => (el.#focus = sel),
    back: () => el.#setView('plan'),
    btn: (...a) => el.#btn(...a),
    readBtn: (section, title) => el.#readBtn(section, title),
  }))(this);

  // ---- rendering ----
  #btn(label: string, d: string, click: () => void, cls = '', aria?: string): TemplateResult {
    return html`<button type="button" class="btn ${cls}" aria-label=${aria ?? nothing} @click=${click}>${icon(d)}${label}</button>`;
  }
  #readBtn(section: Section, title: string) {
    return this.readAloud && canSpeak(this.activeLang)
      ? this.#btn(this.t('readAloud'), ICON.speak, () => this.#say(section), 'read no-print', this.t('readAloudOf', { section: title }))
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
    return html`<fieldset class="plan" part="plan" aria-labelledby="t" ?disabled=${this.isDisabled}>
        <div class="head">
          <h2 id="t">${t('title')}</h2>
          <button type="button" class="btn primary open no-print" @click=${() => this.#setView('crisis')}>${icon(ICON.calm)}${t('crisisOpen')}</button>
        </div>
        <div class="review" part="review">
          ${icon(ICON.date)}
          <label for="rb">${t('reviewBy')}</label>
          <b class="day ${day ? '' : 'none'}">${date}</b>
          <input id="rb" class="no-print" type="date" .value=${day} @input=${(e: Event) => this.#type(e, (x) => ({ ...x, reviewBy: val(e) }))} @change=${this.#commit} />
        </div>
        ${reviewDue(day, this.today || localDay()) ? html`<p class="due">${t('reviewDue')}</p>` : nothing}
        ${this.surface === 'facilitator' ? html`<p class="hint no-print">${t('facilitatorHint')}</p>` : nothing}
        ${this.#plan1(v)} ${parts?.plan2(this.#ctx)}
        <p class="status no-print" role="status">
          ${this.#undo.canUndo ? html`${t('removed')} ${this.#btn(this.coreT('undo'), ICON.undo, this.#undoRemove)}` : nothing}
        </p>
      </fieldset>
      ${parts?.crisis(this.#ctx)}`;
  }

  #plan1(v: EmergencyPlanValue) {
    const t = this.t.bind(this);
    return html`<section part="plan1" aria-labelledby="p1">
      <div class="sh"><h3 id="p1">${t('plan1')}</h3>${this.#readBtn('plan1', t('plan1'))}</div>
      <p class="hint">${t('plan1Hint')}</p>
      <ol>
        ${repeat(
          v.coping,
          (r) => r.id,
          (r, i) => html`<li class="card">
            <h4>${t('row', { n: i + 1 })}</h4>
            <label for="w-${r.id}">${t('if')}</label>
            <input id="w-${r.id}" maxlength=${MAX.line} autocomplete="off" aria-describedby="wh-${r.id}" .value=${r.when}
              @input=${(e: Event) => this.#type(e, this.#row(r.id, (x) => ({ ...x, when: val(e) })))} @change=${this.#commit} />
            <span class="hint no-print" id="wh-${r.id}">${t('ifHint')}</span>
            <span class="lbl" id="th-${r.id}">${t('then')}</span>
            <div class="ideas" role="group" aria-labelledby="th-${r.id}">
              ${COPING_IDEAS.map(
                (idea) => html`<button type="button" class="btn idea" aria-pressed=${r.ideas.includes(idea)}
                  @click=${() => this.#set(this.#row(r.id, (x) => toggleIdea(x, idea))(this.value))}>
                  ${icon(IDEA_ICONS[idea], 'icon pic')}<span>${t(idea)}</span>${icon(ICON.tick, 'icon tick')}
                </button>`,
              )}
            </div>
            <label for="o-${r.id}">${t('own')}</label>
            <textarea id="o-${r.id}" maxlength=${MAX.text} rows="2" .value=${r.text}
              @input=${(e: Event) => this.#type(e, this.#row(r.id, (x) => ({ ...x, text: val(e) })))} @change=${this.#commit}></textarea>
            ${this.#btn(t('remove'), ICON.remove, () => this.#remove('coping', r.id), 'rm no-print', t('removeRow', { n: i + 1 }))}
          </li>`,
        )}
      </ol>
      ${v.coping.length < 20 ? this.#btn(t('addRow'), ICON.add, () => {
        const row = newRow(createId('row'));
        this.#add('coping', row, `[id="w-${row.id}"]`);
      }, 'add no-print') : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-emergency-plan': GkEmergencyPlan;
  }
}
