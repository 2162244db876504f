import { html, nothing, type PropertyValues } from 'lit';
import { checkProperties, type GkPropertyDeclarations } from '../../core/checked.js';
import { GkFormElement } from '../../core/form-element.js';
import { rovingIndex } from '../../core/roving.js';
import { speak } from '../../core/speech.js';
import { base, tokens } from '../../core/styles.js';
import { cardFace, cardStyles, cardWord } from './cards.js';
import {
  checkCheckIn,
  checkFeelingsValue,
  checkCardLabels,
  feelingsDeck,
  PERSONAS,
  FEELINGS_PHASES,
  sameFeelingCards,
  toggleFeelingCard,
  type FeelingCardId,
  type FeelingCardLabels,
  type FeelingsValue,
  type FeelingsPhase,
  type PersonaId,
} from './feelings.model.js';
import { FEELINGS_STRINGS, type FeelingsStrings } from './feelings.strings.js';
import { feelingsStyles } from './feelings.styles.js';

/**
 * The feelings cards for check-in and check-out: "Hvordan har du det lige nu?". Five cards —
 * vred, ked af det, bange, ok, glad — drawn for one persona, all the same size and frame, in
 * an order that is not a line from bad to good. One card by default (APG radio group with a
 * roving tabindex); up to three with `max="3"` (a group of checkboxes; a fourth card is
 * refused and the limit is said out loud). At check-out the check-in choice is shown, faded,
 * for comparison, and the facilitator view says the change in words.
 *
 * @summary Feelings cards (følelseskort) for check-in and check-out.
 * @tag gk-feelings-picker
 *
 * @event input - The participant chose or removed a card. Native `Event`.
 * @event change - Same moment as `input`: every tap is a committed choice. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart phase - The phase line ("Tjek ind").
 * @csspart question - The question.
 * @csspart before - At check-out: the faded check-in choice.
 * @csspart deck - The group of cards.
 * @csspart card - Each card (a button).
 * @csspart hint - How many cards to choose, and the limit message.
 * @csspart talk - The facilitator's sentence and questions.
 *
 * @cssproperty --gk-color-accent - Frame and tick of a chosen card.
 * @cssproperty --gk-feelings-face-size - Largest face on a card (default 11rem).
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkFeelingsPicker extends GkFormElement<FeelingsValue | null, FeelingsStrings> {
  static override styles = [tokens, base, cardStyles, feelingsStyles];

  static override properties: GkPropertyDeclarations = {
    persona: { reflect: true },
    phase: { reflect: true },
    max: { type: Number, reflect: true },
    other: { type: Boolean, reflect: true },
    readAloud: { type: Boolean, attribute: 'read-aloud', reflect: true },
    labels: { attribute: false, check: checkCardLabels },
    /**
     * At check-out: what was chosen at check-in — a check-in value, a list of cards, or the
     * attribute `check-in="afraid sad"`. Shown faded for comparison and kept in the value.
     */
    checkIn: { attribute: 'check-in', check: checkCheckIn },
  };
  static {
    checkProperties(this);
  }

  static override enums = { ...GkFormElement.enums, persona: PERSONAS, phase: FEELINGS_PHASES };
  static override enumDefaults = { ...GkFormElement.enumDefaults, persona: 'young-man', phase: 'check-in' };

  /** Whose faces: `young-man` (default), `young-woman`, `middle-aged-man`, `middle-aged-woman`. */
  declare persona: PersonaId;
  /** `check-in` (default) or `check-out`. Changing it after a choice starts the other phase. */
  declare phase: FeelingsPhase;
  /** How many cards a participant may choose: 1 (default), 2 or 3. */
  declare max: number;
  /** Adds the blank card "Andet" (its word can be set with `labels.other`). */
  declare other: boolean;
  /** Reads a card's word aloud when it is chosen, with an on-device voice only. */
  declare readAloud: boolean;
  /** The facilitator's words for cards, e.g. `{ sad: 'Trist', other: 'Træt' }` (1–40 characters). */
  declare labels: FeelingCardLabels;

  protected readonly table = FEELINGS_STRINGS;
  #assigned = false;
  /** The limit message, shown until the next choice. */
  #note = '';

  constructor() {
    super();
    this.persona = 'young-man';
    this.phase = 'check-in';
    this.max = 1;
    this.other = false;
    this.readAloud = false;
    this.labels = {};
    /** @type {FeelingCardId[]} */
    this.checkIn = [];
  }

  /**
   * The answer: `{ version: 1, persona, phase, feelings, checkIn?, otherLabel? }`, or null while
   * nothing is chosen. Assigning a value restores its persona, phase and check-in.
   */
  override get value(): FeelingsValue | null {
    return super.value;
  }
  override set value(v: FeelingsValue | null) {
    const before = super.value;
    super.value = v;
    if (super.value !== before) this.#assigned = true;
  }

  protected checkValue(v: unknown) {
    return checkFeelingsValue(v);
  }
  protected emptyValue(): FeelingsValue | null {
    return null;
  }
  protected override isEmpty(v: FeelingsValue | null): boolean {
    return !v?.feelings.length;
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.card') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('max') && ![1, 2, 3].includes(this.max)) {
      this.reportInvalid('max', 'must be 1, 2 or 3');
      this.max = (changed.get('max') as number | undefined) ?? 1;
    }
    const v = this.value;
    const assigned = this.#assigned;
    this.#assigned = false;
    if (changed.has('value')) this.#note = '';
    if (!v) return;
    if (assigned) {
      // The value is a complete record: assigning it restores persona, phase and check-in.
      this.persona = v.persona;
      this.phase = v.phase;
      this.checkIn = v.checkIn ?? [];
    } else if (changed.has('persona') || changed.has('phase') || changed.has('checkIn')) {
      const next: FeelingsValue = { ...v, persona: this.persona, phase: this.phase };
      if (this.phase !== v.phase) {
        // A new phase is a new question: nothing chosen yet; a check-in becomes the comparison.
        next.feelings = [];
        if (this.phase === 'check-in') delete next.checkIn;
        else if (!changed.has('checkIn')) this.checkIn = v.feelings;
      }
      if (this.phase === 'check-out') {
        if (this.checkIn.length) next.checkIn = this.checkIn;
        else delete next.checkIn;
      }
      super.value = next;
    }
  }

  // ---- interaction ----
  get #cards(): FeelingCardId[] {
    const chosen = [...(this.value?.feelings ?? []), ...this.#shownCheckIn];
    return feelingsDeck(this.other || chosen.includes('other'));
  }
  get #shownCheckIn(): FeelingCardId[] {
    return this.phase === 'check-out' ? this.checkIn : [];
  }
  get #limit(): number {
    return Math.max(this.max, this.value?.feelings.length ?? 0);
  }

  #label(card: FeelingCardId): string {
    return cardWord(this, card, this.value?.otherLabel);
  }

  #choose(card: FeelingCardId): void {
    if (this.isDisabled) return;
    const now = this.value?.feelings ?? [];
    const { cards, full } = toggleFeelingCard(now, card, this.#limit);
    this.#note = full ? this.t('full', { max: this.#limit }) : '';
    this.requestUpdate();
    if (full || sameFeelingCards(cards, now)) return;
    const v: FeelingsValue = { version: 1, persona: this.persona, phase: this.phase, feelings: cards };
    if (this.#shownCheckIn.length) v.checkIn = this.#shownCheckIn.slice();
    const other = this.labels.other ?? this.value?.otherLabel;
    if (other && [...cards, ...(v.checkIn ?? [])].includes('other')) v.otherLabel = other;
    if (this.setUserValue(v) && this.readAloud && cards.includes(card)) speak(this.#label(card), this.activeLang);
  }

  #onKey(e: KeyboardEvent, index: number): void {
    // APG radio group: arrows move focus and check, wrapping; Home/End go to the ends.
    if (this.#limit > 1 || this.isDisabled) return;
    const next = rovingIndex(e.key, index, this.#cards.length);
    if (next === null) return;
    e.preventDefault();
    this.renderRoot.querySelectorAll<HTMLElement>('.deck .card')[next]?.focus();
    this.#choose(this.#cards[next]);
  }

  // ---- rendering ----
  #words(cards: readonly FeelingCardId[]): string {
    const list = cards.map((c) => this.labels[c]?.toLocaleLowerCase(this.activeLang) ?? this.t(`is.${c}` as keyof FeelingsStrings));
    return new Intl.ListFormat(this.activeLang, { type: 'conjunction' }).format(list);
  }

  protected override render() {
    const chosen = this.value?.feelings ?? [];
    const multi = this.#limit > 1;
    const shared = this.surface === 'shared';
    const before = shared ? [] : this.#shownCheckIn;
    const cards = this.#cards;
    const full = multi && chosen.length >= this.#limit;
    const tabStop = cards.indexOf(chosen[0] ?? cards[0]);
    const hint = multi
      ? `${this.t('hintMany', { max: this.#limit })} ${this.t('chosen', { count: chosen.length, max: this.#limit })}`
      : this.t('hintOne');
    return html`<div class="picker box" part="base">
      <p class="phase" part="phase">
        ${this.t(this.phase)}${this.surface === 'facilitator' ? html` · ${this.t(this.persona)}` : nothing}
      </p>
      <p class="question" id="q" part="question">${this.t('question')}</p>
      ${before.length
        ? html`<div class="before" part="before">
            <span>${this.t('before')}:</span>
            ${before.map((c) => html`<span class="mini">${cardFace(this, this.persona, c)}<span>${this.#label(c)}</span></span>`)}
          </div>`
        : nothing}
      <div
        class="deck"
        part="deck"
        role=${multi ? 'group' : 'radiogroup'}
        aria-labelledby="q"
        aria-describedby="hint"
        aria-required=${this.required && !multi ? 'true' : nothing}
      >
        ${cards.map((c, i) => {
          const on = chosen.includes(c);
          return html`<button
            type="button"
            class="card tap"
            part="card"
            role=${multi ? 'checkbox' : 'radio'}
            aria-checked=${on ? 'true' : 'false'}
            aria-disabled=${full && !on ? 'true' : nothing}
            tabindex=${multi || i === tabStop ? 0 : -1}
            ?disabled=${this.isDisabled}
            @click=${() => this.#choose(c)}
            @keydown=${(e: KeyboardEvent) => this.#onKey(e, i)}
          >
            ${cardFace(this, this.persona, c)}<span class="word">${this.#label(c)}</span>
            <svg class="tick" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12.5l4.5 4.5L19 7.5" /></svg>
          </button>`;
        })}
      </div>
      <p class="hint ${this.#note ? 'note' : ''}" id="hint" part="hint" role="status">${this.#note || hint}</p>
      ${this.surface === 'facilitator' && before.length ? this.#renderTalk(before, chosen) : nothing}
    </div>`;
  }

  #renderTalk(before: FeelingCardId[], now: FeelingCardId[]) {
    const vars = { before: this.#words(before), after: this.#words(now) };
    const key = !now.length ? 'waiting' : sameFeelingCards(before, now) ? 'same' : 'changed';
    return html`<section class="talk" part="talk" aria-labelledby="talk">
      <h3 id="talk">${this.t('talk')}</h3>
      <p class="change">${this.t(key, vars)}</p>
      <ul>
        ${key === 'changed' ? html`<li>${this.t('whatHappened')}</li>` : nothing}
        <li>${this.t('howWasGroup')}</li>
      </ul>
    </section>`;
  }
}

// `checkIn` reads as a list of cards but takes every form its check accepts.
export interface GkFeelingsPicker {
  get checkIn(): FeelingCardId[];
  set checkIn(v: FeelingCardId[] | FeelingsValue | string | null);
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-feelings-picker': GkFeelingsPicker;
  }
}
