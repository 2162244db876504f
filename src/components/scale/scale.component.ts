import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { GkFormElement } from '../../core/form-element.js';
import { lazy } from '../../core/lazy.js';
import { base, tokens } from '../../core/styles.js';
import { scaleKey, valueAtFraction } from './scale.input.js';
import {
  checkScaleHistory,
  checkScaleValue,
  SCALE_ORIENTATIONS,
  SCALE_PRESENTATIONS,
  SCALE_PRESETS,
  type ScaleMark,
  type ScaleOrientation,
  type ScalePresentation,
  type ScalePreset,
  type ScaleValue,
} from './scale.model.js';
import { SCALE_STRINGS, type ScaleBaseStrings, type ScaleStrings } from './scale.strings.js';
import { scaleStyles } from './scale.styles.js';

// Parts a page loads only when a scale uses them; the scale's update waits for them
// (shouldUpdate), so it never shows a blank question or a wrong layout for a moment.
const facilitatorPart = lazy(() => import('./scale.facilitator.js'));
// the seed questions' texts (and the follow-ups)
const textsPart = lazy(() => import('./scale.texts.js'));
// the eleven buttons, the thermometer and earlier answers
const extrasPart = lazy(() => import('./scale.extras.js'));

/**
 * The 0–10 scaling question: "how important is your goal to you?", "how much craving do you
 * have?". No value and no thumb until the participant chooses. A slider (APG slider keyboard,
 * tap or drag anywhere on the track) or eleven big buttons (APG radio group), horizontal or as a
 * vertical thermometer. The facilitator view adds solution-focused follow-up questions.
 *
 * @summary The 0–10 scale (skalaspørgsmål).
 * @tag gk-scale
 *
 * @event input - While the participant moves (drag, keys, taps). Native `Event`.
 * @event change - When the participant has committed a new answer. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart question - The question text.
 * @csspart readout - The large chosen number.
 * @csspart track - The slider track (slider presentation).
 * @csspart options - The group of eleven buttons (buttons presentation).
 * @csspart ends - The labels of the two ends.
 * @csspart earlier - The earlier answers.
 * @csspart follow-ups - The facilitator's follow-up questions.
 *
 * @cssproperty --gk-color-accent - Chosen number and thumb.
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkScale extends GkFormElement<ScaleValue, ScaleBaseStrings> {
  static override styles = [tokens, base, scaleStyles];

  static override properties: PropertyDeclarations = {
    question: {},
    minLabel: { attribute: 'min-label' },
    maxLabel: { attribute: 'max-label' },
    preset: { reflect: true },
    presentation: { reflect: true },
    orientation: { reflect: true },
    history: { attribute: false, noAccessor: true },
    valueAttribute: { attribute: 'value' },
  };

  static override enums = {
    ...GkFormElement.enums,
    preset: SCALE_PRESETS,
    presentation: SCALE_PRESENTATIONS,
    orientation: SCALE_ORIENTATIONS,
  };
  static override enumDefaults = { ...GkFormElement.enumDefaults, presentation: 'slider', orientation: 'horizontal' };

  /** The question; overrides the preset's. */
  declare question: string | undefined;
  /** Label of 0; overrides the preset's. */
  declare minLabel: string | undefined;
  /** Label of 10; overrides the preset's. */
  declare maxLabel: string | undefined;
  /** A seed question: importance, willingness, confidence, craving, motivation-importance, motivation-belief, motivation-readiness. */
  declare preset: ScalePreset | undefined;
  /** `slider` (default) or `buttons` (eleven big buttons). */
  declare presentation: ScalePresentation;
  /** `horizontal` (default) or `vertical` (a thermometer, e.g. for craving). */
  declare orientation: ScaleOrientation;
  /** The `value` attribute: the default answer, as with a native input. */
  declare valueAttribute: string | null | undefined;
  /** Host overrides for any of the scale's strings (presets and follow-ups too), in every language. */
  declare strings: Partial<ScaleStrings> | undefined;

  protected readonly table = SCALE_STRINGS;
  #history: ScaleMark[] = [];
  #dragStart: ScaleValue | undefined;
  /** The number a drag started on, until it leaves it. */
  #from = -1;

  constructor() {
    super();
    this.presentation = 'slider';
    this.orientation = 'horizontal';
  }

  /** Earlier answers shown as faint marks, e.g. `[{ value: 4, label: 'Møde 1' }]`. */
  get history(): ScaleMark[] {
    return this.#history;
  }
  set history(v: ScaleMark[]) {
    const r = checkScaleHistory(v);
    if (this.accept(r)) {
      this.#history = r.value;
      this.requestUpdate();
    }
  }

  /** Earlier answers are shown, except on the shared screen (they are personal). */
  get #showsEarlier(): boolean {
    return this.surface !== 'shared' && this.#history.length > 0;
  }
  /** The buttons, the thermometer or earlier answers are used (scale.extras.ts). */
  get #needsExtras(): boolean {
    return this.presentation === 'buttons' || this.orientation === 'vertical' || this.#showsEarlier;
  }

  protected checkValue(v: unknown) {
    return checkScaleValue(v);
  }
  protected emptyValue(): ScaleValue {
    return null;
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.track,.opt') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('valueAttribute')) {
      const r = checkScaleValue(this.valueAttribute ?? null);
      if (this.accept(r)) this.defaultValue = r.value;
    }
    super.willUpdate(changed);
  }

  /**
   * Holds an update until the parts it needs have loaded (once per page; a moment), so the
   * scale never shows a blank question or a wrong layout. Here and not in scheduleUpdate:
   * properties a host set before the tag was defined are back only now. The held changes are
   * made again when the parts are here, so willUpdate and updated see them.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const waits = [
      this.#needsExtras && extrasPart,
      !!this.preset && textsPart,
      this.surface === 'facilitator' && facilitatorPart,
    ]
      .map((part) => part && part.wait())
      .filter(Boolean);
    if (!waits.length) return true;
    this.whenLoaded(Promise.all(waits).then(() => changed.forEach((old, key) => this.requestUpdate(key, old))));
    return false;
  }

  #text(part: 'question' | 'min' | 'max'): string {
    const own = part === 'question' ? this.question : part === 'min' ? this.minLabel : this.maxLabel;
    // a preset's texts come with scale.texts.js, which the update has waited for
    const preset = !own && this.preset;
    const texts = preset && textsPart(this)?.SCALE_TEXTS;
    return own || (texts ? this.tIn(texts, `${preset}.${part}`) : this.t(part));
  }

  // ---- interaction ----
  #choose(v: number, commit = true): void {
    if (this.isDisabled || v === this.value) return;
    this.setUserValue(v, commit);
  }

  /** The slider's keys (APG): arrows 1, PageUp/PageDown 2, Home/End, and the digits 0–9. */
  #onKey(e: KeyboardEvent): void {
    const next = scaleKey(e.key, this.value);
    if (next === undefined || this.isDisabled) return;
    e.preventDefault();
    this.#choose(next);
  }

  /** The number under the pointer. */
  #at(e: MouseEvent): number {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    // the track's shape decides (a tall track is the thermometer), so taps stay right even if
    // the thermometer's CSS could not load and the track is drawn across
    return valueAtFraction(r.height > r.width ? 1 - (e.clientY - r.top) / r.height : (e.clientX - r.left) / r.width);
  }

  #onPointerDown(e: PointerEvent): void {
    // the main button only (the left mouse button, a finger, a pen's tip)
    if (this.isDisabled || e.button) return;
    const track = e.currentTarget as HTMLElement;
    track.focus({ preventScroll: true });
    this.#dragStart = this.value;
    this.#from = this.#at(e);
    // A finger answers when it lifts (a click) or moves along the track to another number: a
    // swipe that starts here and scrolls the page answers nothing. The browser captures a
    // touch itself.
    if (e.pointerType === 'touch') return;
    track.setPointerCapture(e.pointerId);
    this.#choose(this.#from, false);
    e.preventDefault();
  }

  /**
   * A tap: a pointer went down here and did not move off its number (a finger answers now;
   * mouse and pen already did). A click from assistive technology, with no pointer before
   * it, does not pick a number.
   */
  #onClick(): void {
    if (this.#from >= 0) this.#choose(this.#from);
    this.#from = -1;
  }

  #onPointerMove(e: PointerEvent): void {
    // a pointer that merely passes over the track costs nothing (no layout read)
    if (this.#dragStart === undefined) return;
    const v = this.#at(e);
    if (v === this.#from) return;
    this.#from = -1; // moved off the first number: from now on every number counts
    this.#choose(v, false);
  }

  /**
   * The drag ends: the track had the pointer captured, and the browser releases the capture
   * right after pointerup or pointercancel (a touch that turns into scrolling), so this one
   * event covers both.
   */
  #onDragEnd(): void {
    if (this.#dragStart === undefined) return;
    const start = this.#dragStart;
    this.#dragStart = undefined;
    if (this.value !== start) this.commitChange();
  }

  // ---- rendering ----
  protected override render() {
    const v = this.value;
    const vertical = this.orientation === 'vertical';
    const earlier = this.#showsEarlier;
    const was = new Set(earlier ? this.#history.map((m) => m.value) : []);
    // the extras part, here once the update has waited for it (if it failed to load, the
    // slider does the same job)
    const extras = this.#needsExtras && extrasPart(this);
    if (extras) this.adoptStyles(extras.styles);
    const control =
      extras && this.presentation === 'buttons'
        ? extras.renderButtons(this, v, was, (n) => this.#choose(n), scaleKey)
        : this.#renderSlider(v, was);
    return html`<div class="panel" part="base">
      <p class="question" id="q" part="question">${this.#text('question')}</p>
      <div class="readout" part="readout" aria-hidden="true">
        ${v === null ? this.t('hint') : html`<b>${v}</b>${this.t('outOf')}`}
      </div>
      <div class="ctl ${vertical ? 'vertical' : ''}">
        ${control}
        <div class="ends" part="ends"><span id="min">0 = ${this.#text('min')}</span><span id="max">10 = ${this.#text('max')}</span></div>
      </div>
      ${extras && earlier ? extras.renderEarlier(this) : nothing}
      ${this.surface === 'facilitator' ? facilitatorPart(this)?.renderFacilitator(this, v) : nothing}
    </div>`;
  }

  #renderSlider(v: ScaleValue, was: Set<number>) {
    const disabled = this.isDisabled;
    // Eleven static cells in one template (0 first; the thermometer turns them round in CSS):
    // only their classes are bound, which keeps a scale at few DOM nodes (docs/performance.md).
    // `in` (at or below the answer) fills the thermometer's tube, drawn by the cells.
    const c = (n: number) => `cell${n === v ? ' on' : ''}${v !== null && n <= v ? ' in' : ''}${was.has(n) ? ' was' : ''}`;
    return html`<div
      class="track"
      part="track"
      role="slider"
      tabindex=${disabled ? -1 : 0}
      aria-labelledby="q"
      aria-describedby="min max"
      aria-valuemin="0"
      aria-valuemax="10"
      aria-valuenow=${v ?? nothing}
      aria-valuetext=${v === null ? this.t('unanswered') : this.t('valueText', { value: v })}
      aria-orientation=${this.orientation}
      aria-disabled=${disabled ? 'true' : nothing}
      @keydown=${this.#onKey}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
      @pointermove=${this.#onPointerMove}
      @lostpointercapture=${this.#onDragEnd}
    >
      <span class=${c(0)}><span class="num">0</span></span>
      <span class=${c(1)}><span class="num">1</span></span>
      <span class=${c(2)}><span class="num">2</span></span>
      <span class=${c(3)}><span class="num">3</span></span>
      <span class=${c(4)}><span class="num">4</span></span>
      <span class=${c(5)}><span class="num">5</span></span>
      <span class=${c(6)}><span class="num">6</span></span>
      <span class=${c(7)}><span class="num">7</span></span>
      <span class=${c(8)}><span class="num">8</span></span>
      <span class=${c(9)}><span class="num">9</span></span>
      <span class=${c(10)}><span class="num">10</span></span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-scale': GkScale;
  }
}
