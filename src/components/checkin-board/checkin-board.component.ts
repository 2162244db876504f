import { html, nothing } from 'lit';
import { checkProperties, type GkPropertyDeclarations } from '../../core/checked.js';
import { GkFormElement } from '../../core/form-element.js';
import { controls } from '../../core/controls.js';
import { icons } from '../../core/icons.js';
import { fields } from '../../core/fields.js';
import { palette } from '../../core/palette.js';
import { base, tokens } from '../../core/styles.js';
import { cardFace, cardStyles, cardWord } from '../feelings/cards.js';
import {
  checkCardLabels,
  FEELINGS_PHASES,
  feelingsDeck,
  PERSONAS,
  toggleFeelingCard,
  MAX_FEELING_CARDS,
  type FeelingCardId,
  type FeelingCardLabels,
  type FeelingsPhase,
  type PersonaId,
} from '../feelings/feelings.model.js';
import {
  addParticipant,
  checkBoardValue,
  choiceOf,
  emptyBoard,
  MAX_PARTICIPANTS,
  notChosen,
  removeParticipant,
  restoreParticipant,
  setChoice,
  tally,
  type BoardParticipant,
  type BoardValue,
} from './checkin-board.model.js';
import { BOARD_STRINGS, type BoardStrings } from './checkin-board.strings.js';
import { boardStyles } from './checkin-board.styles.js';

/** Detail of `gk-reveal`: whether names are now shown on the shared screen. */
export type RevealEvent = CustomEvent<{ revealed: boolean }>;
declare global {
  interface HTMLElementEventMap {
    'gk-reveal': RevealEvent;
  }
}

/** Typing a name is not a change of the board: the inner fields' events stay inside. */
const stop = (e: Event) => e.stopPropagation();
const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;

/**
 * The facilitator's logbook of one meeting's check-in and check-out: one row per participant
 * (name or initials and persona) with the cards chosen at check-in and at check-out side by
 * side, and who has not chosen yet. The facilitator records choices by tapping a cell, adds
 * and removes participants (with undo). On the shared screen it shows only how many chose
 * each feeling until the facilitator reveals names.
 *
 * @summary The group's check-in and check-out logbook (1–13 participants).
 * @tag gk-checkin-board
 *
 * @event input - The facilitator changed the board (a card, a participant). Native `Event`.
 * @event change - Same moment as `input`. Native `Event`.
 * @event gk-reveal - Names were shown or hidden on the shared screen; `detail: { revealed }`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart summary - How many chose each feeling.
 * @csspart logbook - The table of participants (facilitator).
 * @csspart add - The form that adds a participant (facilitator).
 *
 * @cssproperty --gk-color-accent - Chosen cards in the editor, the add button.
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkCheckinBoard extends GkFormElement<BoardValue, BoardStrings> {
  static override styles = [tokens, palette, base, icons, controls, fields, cardStyles, boardStyles];

  static override properties: GkPropertyDeclarations = {
    persona: { reflect: true },
    revealed: { type: Boolean, reflect: true },
    other: { type: Boolean, reflect: true },
    labels: { attribute: false, check: checkCardLabels },
  };
  static {
    checkProperties(this);
  }

  static override enums = { ...GkFormElement.enums, persona: PERSONAS };
  static override enumDefaults = { ...GkFormElement.enumDefaults, persona: 'young-man' };

  /** The faces used for the group's counts (each row uses its participant's own persona). */
  declare persona: PersonaId;
  /** Shows names with the counts, also on the shared screen. */
  declare revealed: boolean;
  /** Adds the blank card "Andet" to the choices (its word can be set with `labels.other`). */
  declare other: boolean;
  /** The facilitator's words for cards, e.g. `{ sad: 'Trist', other: 'Træt' }` (1–40 characters). */
  declare labels: FeelingCardLabels;

  protected readonly table = BOARD_STRINGS;
  /** Removed participants, latest last, for undo. */
  #removed: { p: BoardParticipant; index: number }[] = [];
  #focus = '';
  /** The open card editor: `${id}|${phase}`. */
  #open = '';
  /** The editor's limit message. */
  #note = '';
  /** What the last removal did, with undo. */
  #status = '';
  /** The add form's message. */
  #error = '';

  constructor() {
    super();
    this.persona = 'young-man';
    this.revealed = false;
    this.other = false;
    this.labels = {};
  }

  protected checkValue(v: unknown) {
    return checkBoardValue(v);
  }
  protected emptyValue(): BoardValue {
    return emptyBoard();
  }
  protected override isEmpty(v: BoardValue): boolean {
    return !v.participants.length;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#focus) {
      this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = '';
    }
  }

  // ---- interaction ----
  #edit(next: BoardValue): void {
    if (!this.isDisabled) this.setUserValue(next);
  }

  #toggleOpen(key: string): void {
    this.#open = this.#open === key ? '' : key;
    this.#note = '';
    // the cards appear in a row below: go there (Escape or Færdig comes back)
    if (this.#open) this.#focus = '.editor .pick';
    this.requestUpdate();
  }

  #close(key: string): void {
    this.#open = '';
    this.#focus = `[data-cell="${key}"]`;
    this.requestUpdate();
  }

  /** The participant as the value has them now (taps can come faster than renders). */
  #now(id: string): BoardParticipant | undefined {
    return this.value.participants.find((p) => p.id === id);
  }

  #toggle(id: string, phase: FeelingsPhase, card: FeelingCardId): void {
    const p = this.#now(id);
    if (!p) return;
    const { cards, full } = toggleFeelingCard(choiceOf(p, phase), card, MAX_FEELING_CARDS);
    this.#note = full ? this.t('full', { max: MAX_FEELING_CARDS }) : '';
    this.requestUpdate();
    if (!full) this.#edit(setChoice(this.value, p.id, phase, cards));
  }

  #remove(id: string): void {
    const p = this.#now(id);
    if (this.isDisabled || !p) return;
    this.#removed.push({ p, index: this.value.participants.indexOf(p) });
    if (this.#open.startsWith(`${p.id}|`)) this.#open = '';
    this.#edit(removeParticipant(this.value, p.id));
    this.#status = this.t('removed', { name: p.name });
    this.#focus = '.status button';
  }

  #undoRemove(): void {
    const last = this.#removed.at(-1);
    if (!last || this.value.participants.length >= MAX_PARTICIPANTS) return;
    this.#removed.pop();
    this.#edit(restoreParticipant(this.value, last.p, last.index));
    const next = this.#removed.at(-1);
    this.#status = next ? this.t('removed', { name: next.p.name }) : '';
    this.#focus = `[data-rm="${last.p.id}"]`;
  }

  #add(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('n') as HTMLInputElement;
    const name = input.value.trim();
    if (!name) {
      this.#error = this.t('nameMissing');
      this.requestUpdate();
      input.focus();
      return;
    }
    const persona = (form.elements.namedItem('p') as HTMLSelectElement).value as PersonaId;
    this.#error = '';
    this.#edit(addParticipant(this.value, { name, persona }));
    input.value = '';
    input.focus();
  }

  #reveal(): void {
    this.revealed = !this.revealed;
    this.dispatchEvent(new CustomEvent('gk-reveal', { detail: { revealed: this.revealed }, bubbles: true, composed: true }));
  }

  // ---- rendering ----
  #mini(persona: PersonaId, cards: FeelingCardId[]) {
    // a space between cards, so the visible words read as the accessible name does
    return cards.map((c) => html`<span class="mini">${cardFace(this, persona, c)}<span>${cardWord(this, c)}</span></span> `);
  }

  protected override render() {
    const v = this.value;
    const fac = this.surface === 'facilitator';
    return html`<div class="board box" part="base">
      ${this.#renderSummary(v, fac)} ${fac ? this.#renderLogbook(v) : nothing}
    </div>`;
  }

  #renderSummary(v: BoardValue, fac: boolean) {
    const names = fac || this.revealed;
    const phases = FEELINGS_PHASES.filter((ph) => ph === 'check-in' || v.participants.some((p) => p.checkOut.length));
    const tallies = phases.map((ph) => [ph, tally(v, ph)] as const);
    const anyOther = tallies.some(([, t]) => t.other.length);
    const who = (list: BoardParticipant[]) => (names && list.length ? html` <span class="who">${list.map((p) => p.name).join(', ')}</span>` : nothing);
    return html`<section class="summary" part="summary" aria-labelledby="sum">
      <div class="head">
        <h3 id="sum">${this.t('group')}</h3>
        ${this.surface === 'shared'
          ? html`<button type="button" class="btn" aria-pressed=${this.revealed ? 'true' : 'false'} @click=${this.#reveal}>
              ${icon('M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z')}${this.t('showNames')}
            </button>`
          : nothing}
      </div>
      <ul class="tiles">
        ${feelingsDeck(this.other || anyOther).map(
          (c) => html`<li class="tile">
            ${cardFace(this, this.persona, c)}<span class="word">${cardWord(this, c)}</span>
            ${tallies.map(
              ([ph, t]) => html`<p class="count">
                <span>${this.t(ph)}:</span> <b>${t[c].length}</b><span class="dots" aria-hidden="true">${'●'.repeat(t[c].length)}</span>${who(t[c])}
              </p>`,
            )}
          </li>`,
        )}
      </ul>
      ${v.participants.length
        ? html`<p class="missing">
            ${this.t('missing')}:
            ${phases.map((ph) => {
              const list = notChosen(v, ph);
              return html`<span>${this.t(ph)}: <b>${list.length}</b>${who(list)}</span> `;
            })}
          </p>`
        : nothing}
    </section>`;
  }

  #renderLogbook(v: BoardValue) {
    const disabled = this.isDisabled;
    const full = v.participants.length >= MAX_PARTICIPANTS;
    return html`<table part="logbook">
        <caption>
          ${this.t('logbook')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('participant')}</th>
            <th scope="col">${this.t('check-in')}</th>
            <th scope="col">${this.t('check-out')}</th>
            <th scope="col"><span class="vh">${this.t('remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${v.participants.map((p) => {
            const editing = FEELINGS_PHASES.find((ph) => this.#open === `${p.id}|${ph}`);
            return html`<tr>
                <th scope="row"><span class="name">${p.name}</span> <span class="persona">${this.t(p.persona)}</span></th>
                ${FEELINGS_PHASES.map((ph) => this.#renderCell(p, ph, disabled))}
                <td>
                  <button type="button" class="btn" data-rm=${p.id} aria-label=${this.t('removeName', { name: p.name })} ?disabled=${disabled} @click=${() => this.#remove(p.id)}>
                    ${icon('M6 6l12 12M18 6L6 18')}<span>${this.t('remove')}</span>
                  </button>
                </td>
              </tr>
              ${editing ? this.#renderEditor(p, editing) : nothing}`;
          })}
        </tbody>
      </table>
      ${v.participants.length ? nothing : html`<p class="empty">${this.t('empty')}</p>`}
      <p class="status" role="status">
        ${this.#status ? html`${this.#status} <button type="button" class="btn" ?disabled=${disabled || full} @click=${this.#undoRemove}>${this.coreT('undo')}</button>` : nothing}
      </p>
      <form class="add" part="add" @submit=${this.#add} @input=${stop} @change=${stop}>
        <fieldset ?disabled=${disabled || full}>
          <legend>${this.t('add')}</legend>
          <label>${this.t('name')}<input name="n" maxlength="40" autocomplete="off" aria-invalid=${this.#error ? 'true' : 'false'} aria-describedby="add-msg" /></label>
          <label
            >${this.t('cards')}
            <select name="p">
              ${PERSONAS.map((ps) => html`<option value=${ps}>${this.t(ps)}</option>`)}
            </select></label
          >
          <button class="btn primary">${icon('M12 5v14M5 12h14')}${this.t('addButton')}</button>
        </fieldset>
        <p id="add-msg" class="msg">${this.#error || (full ? this.t('tooMany', { max: MAX_PARTICIPANTS }) : '')}</p>
      </form>`;
  }

  #renderCell(p: BoardParticipant, phase: FeelingsPhase, disabled: boolean) {
    const key = `${p.id}|${phase}`;
    const cards = choiceOf(p, phase);
    const words = cards.length ? cards.map((c) => cardWord(this, c)).join(', ') : this.t('notChosen');
    return html`<td>
      <button
        type="button"
        class="cell tap"
        data-cell=${key}
        aria-expanded=${this.#open === key ? 'true' : 'false'}
        aria-label=${this.t('cell', { phase: this.t(phase), name: p.name, cards: words })}
        ?disabled=${disabled}
        @click=${() => this.#toggleOpen(key)}
      >
        ${cards.length ? this.#mini(p.persona, cards) : html`<span class="none">${this.t('notChosen')}</span>`}
      </button>
    </td>`;
  }

  #renderEditor(p: BoardParticipant, phase: FeelingsPhase) {
    const key = `${p.id}|${phase}`;
    const chosen = choiceOf(p, phase);
    return html`<tr class="editing">
      <td colspan="4">
        <div class="editor" role="group" aria-labelledby="ed" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#close(key)}>
          <p class="ed" id="ed">${this.t('editor', { phase: this.t(phase), name: p.name })}</p>
          ${feelingsDeck(this.other || chosen.includes('other')).map(
            (c) => html`<button type="button" class="pick tap" aria-pressed=${chosen.includes(c) ? 'true' : 'false'} @click=${() => this.#toggle(p.id, phase, c)}>
              ${cardFace(this, p.persona, c)}<span>${cardWord(this, c)}</span>
            </button>`,
          )}
          <button type="button" class="btn primary" @click=${() => this.#close(key)}>${this.t('done')}</button>
          <p class="msg" role="status">${this.#note}</p>
        </div>
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-checkin-board': GkCheckinBoard;
  }
}
