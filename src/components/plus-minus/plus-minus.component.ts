import { attempt } from '../../core/lazy.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { GkFormElement } from '../../core/form-element.js';
import { createId } from '../../core/id.js';
import { controls } from '../../core/controls.js';
import { icons } from '../../core/icons.js';
import { fields } from '../../core/fields.js';
import { palette } from '../../core/palette.js';
import { base, tokens } from '../../core/styles.js';
import { UndoStack } from '../../core/undo.js';
import type { Editor } from './plus-minus.editor.js';
import type { PlusMinusEditorStrings } from './plus-minus.editor.strings.js';
import { cellKey, clean, ENTRY_MAX, NAME_MAX, TOPIC_MAX } from './plus-minus.limits.js';
import {
  addEntry,
  checkPlusMinusValue,
  emptyPlusMinus,
  groupEntries,
  PLUS_MINUS_LAYOUTS,
  PLUS_MINUS_ROWS,
  PLUS_MINUS_SIDES,
  type PlusMinusEntry,
  type PlusMinusLayout,
  type PlusMinusSide,
  type PlusMinusValue,
} from './plus-minus.model.js';
import { PLUS_MINUS_STRINGS, type PlusMinusStrings } from './plus-minus.strings.js';
import { plusMinusStyles } from './plus-minus.styles.js';

type Key = keyof PlusMinusStrings;
const RING = 'M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20';
const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;
const ICON = {
  plus: `${RING}M12 7v10M7 12h10`,
  minus: `${RING}M7 12h10`,
};
const stop = (e: Event) => e.stopPropagation();

/**
 * The plus/minus sheet (ambivalence): the pluses (what do you like about it, what good does it
 * do in your life) and minuses (what is bad about it, what trouble does it give you) of one
 * chosen substance; the four-field form (pros and cons of going on as now and of changing); and
 * meeting 6's evaluation table. Used alone as homework and as the group's poster (planche), where
 * the facilitator notes who said what: names show on the facilitator surface only, never on the
 * participant's or the shared screen. Each entry may carry a 0–10 weight, set with the 0–10
 * scale (loaded when first used). There is no score or verdict: it is a conversation aid.
 *
 * Keyboard: Enter in a field's box adds; in a field's list the arrows move between entries,
 * Enter opens one (change the words, weight, move, remove), Alt+arrows move it, Delete removes
 * it; Ctrl+Z or the undo button undoes. The editor loads when a list is first used.
 *
 * Print: A4-sheet type by default; from A4-landscape width up (an A3 poster) poster type.
 * The page size is the host page's to set, e.g. `@page { size: A3 landscape }`.
 *
 * @summary The plus/minus sheet (plus og minus skema).
 * @tag gk-plus-minus
 *
 * @event input - With each user change (before `change`). Native `Event`.
 * @event change - After each committed user change. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart header - Title and topic.
 * @csspart grid - The fields.
 * @csspart field - One field (also `plus` or `minus`).
 * @csspart undo - The status line with the undo button.
 *
 * @cssproperty --gk-color-green - The plus side (always with a plus icon and the word).
 * @cssproperty --gk-color-red - The minus side (always with a minus icon and the word).
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkPlusMinus extends GkFormElement<PlusMinusValue, PlusMinusStrings> {
  static override styles = [tokens, palette, base, icons, controls, fields, plusMinusStyles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
  };

  static override enums = { ...GkFormElement.enums, layout: PLUS_MINUS_LAYOUTS };
  static override enumDefaults = { ...GkFormElement.enumDefaults, layout: 'two' };

  /**
   * `two` (default: plus and minus), `four` (going on as now / changing, plus and minus each)
   * or `evaluation` (meeting 6). A value that has entries keeps its own layout.
   */
  declare layout: PlusMinusLayout;
  /** Host overrides for any string, the editor's included. */
  declare strings: Partial<PlusMinusStrings & PlusMinusEditorStrings> | undefined;

  protected readonly table = PLUS_MINUS_STRINGS;
  /** @internal Selector to focus after the next render. */
  _focus: string | undefined;
  /** @internal Undo history (the editor undoes). */
  _undo = new UndoStack<PlusMinusValue>();
  /** @internal The spoken status line. */
  _msg = '';
  #ed: Editor | undefined;
  #edLoad: Promise<Editor> | undefined;

  constructor() {
    super();
    this.layout = 'two';
  }

  /** The sheet: `{ version: 1, layout, topic, entries: [{ id, side, row?, text, weight?, by? }] }`. */
  override get value(): PlusMinusValue {
    return super.value;
  }
  override set value(v: PlusMinusValue) {
    const old = super.value;
    super.value = v;
    if (super.value !== old) this.#reset();
  }

  protected checkValue(v: unknown) {
    return checkPlusMinusValue(v, this.layout);
  }
  protected emptyValue(): PlusMinusValue {
    return emptyPlusMinus(this.layout);
  }
  protected override isEmpty(v: PlusMinusValue): boolean {
    return !v.entries.length;
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector('textarea') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const v = this.value;
    if (this.layout === v.layout) return;
    if (!v.entries.length) {
      // an empty sheet follows the layout attribute
      const d = this.defaultValue;
      if (!d.entries.length) this.defaultValue = { ...d, layout: this.layout };
      this.value = { ...this.value, layout: this.layout };
    } else {
      if (!changed.has('value')) this.reportInvalid('layout', 'cannot change a sheet with entries');
      this.layout = v.layout;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const f = this._focus && this.renderRoot.querySelector<HTMLTextAreaElement>(this._focus);
    this._focus = undefined;
    if (f) {
      f.focus();
      f.setSelectionRange?.(1e4, 1e4);
    }
  }

  #reset(): void {
    this._undo.clear();
    if (this.#ed) this.#ed.id = undefined;
  }

  /** @internal A user change: input and change events, an undo step and a spoken status. */
  _change(v: PlusMinusValue, msg: string): boolean {
    const old = this.value;
    if (this.isDisabled || !this.setUserValue(v)) return false;
    this._undo.push(old, (this._msg = msg));
    return true;
  }

  /** Runs `fn` with the editor, loading it (and its strings) on first use; `updateComplete` waits for it. */
  #editor(fn: (ed: Editor) => void): void {
    if (this.#ed) return fn(this.#ed);
    this.whenLoaded((this.#edLoad ??= attempt(() => import('./plus-minus.editor.js')).then((m) => m.load(this))).then((ed) => fn((this.#ed = ed))));
  }

  #add(row: string, side: PlusMinusSide, c: string): void {
    const q = (s: string) => this.renderRoot.querySelector<HTMLTextAreaElement>(s);
    const box = q(`#n-${c}`)!;
    const text = clean(box.value);
    if (!text) return;
    const e: PlusMinusEntry = { id: createId('pm'), side, text };
    if (row) e.row = row;
    const by = q(`#b-${c}`)?.value.trim();
    if (by) e.by = by;
    this._focus = `#n-${c}`;
    // the words stay in the box if the sheet is full (1000 entries)
    if (this._change(addEntry(this.value, e), this.t('added', { text }))) box.value = '';
  }

  // ---- events ----
  #onKey(e: KeyboardEvent): void {
    if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !/^(input|textarea)$/.test((e.target as Element).localName)) {
      e.preventDefault();
      this.#editor((ed) => ed.undo());
    }
  }

  #onTopic(e: Event): void {
    this.setUserValue({ ...this.value, topic: (e.target as HTMLInputElement).value });
  }

  /** Clicks, keys and focus on the entries of a list: handled by the editor, loaded on first use. */
  #onList(e: Event): void {
    const b = (e.target as Element).closest<HTMLElement>('.t');
    if (!b || this.isDisabled) return;
    if (e.type === 'keydown') {
      if (!/^(Arrow(Up|Down)|Home|End|Delete|Backspace)$/.test((e as KeyboardEvent).key)) return;
      e.preventDefault();
    }
    this.#editor((ed) => ed.on(e, b));
  }

  // ---- rendering ----
  protected override render() {
    const v = this.value;
    const L = v.layout;
    const dis = this.isDisabled;
    const names = this.surface === 'facilitator';
    const groups = groupEntries(v.entries);
    return html`<div class="panel sheet" part="base" @keydown=${this.#onKey} @input=${stop} @change=${stop}>
      <header part="header">
        <h2>${this.t(`title.${L}`)}</h2>
        <label
          >${this.t('topic')}
          <input id="topic" maxlength=${TOPIC_MAX} .value=${v.topic} ?disabled=${dis} @change=${this.#onTopic}
        /></label>
      </header>
      <div class="grid" part="grid">
        ${PLUS_MINUS_ROWS[L].map(
          (row) =>
            html`${row ? html`<h3>${this.t(`row.${row}` as Key).replace(/^./, (c) => c.toUpperCase())}</h3>` : nothing}
            ${PLUS_MINUS_SIDES.map((side) => this.#cell(row, side, groups.get(cellKey(row, side)) ?? [], names, dis))}`,
        )}
      </div>
      <p id="keys" class="vh">${this.t('keys')}</p>
      ${names ? html`<datalist id="people">${[...new Set(v.entries.map((e) => e.by))].map((p) => p && html`<option value=${p}></option>`)}</datalist>` : nothing}
      <div class="undo" part="undo">
        <span role="status">${this._msg}</span>
        ${this._undo.canUndo
          ? html`<button class="btn" ?disabled=${dis} @click=${() => this.#editor((ed) => ed.undo())}>${icon('M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3')}${this.coreT('undo')}</button>`
          : nothing}
      </div>
    </div>`;
  }

  #cell(row: string, side: PlusMinusSide, list: PlusMinusEntry[], names: boolean, dis: boolean) {
    const c = `${row || 'main'}-${side}`;
    const k = cellKey(row, side);
    const ed = this.#ed;
    const held = ed?.stops.get(k);
    const tabStop = list.some((e) => e.id === held) ? held : list[0]?.id;
    const add = () => this.#add(row, side, c);
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        add();
      }
    };
    return html`<div class="cell ${side}" part="field ${side}">
      <div class="h" id="h-${c}" role="heading" aria-level=${row ? 4 : 3}>
        ${icon(ICON[side])}<b>${this.t(side)}</b> <span>${this.t(`q.${this.value.layout}.${side}`, { x: row && this.t(`row.${row}` as Key) })}</span>
      </div>
      <ul aria-labelledby="h-${c}" data-k=${k} @click=${this.#onList} @keydown=${this.#onList} @focusin=${this.#onList}>
        ${repeat(
          list,
          (e) => e.id,
          (e) => (ed?.id === e.id && !dis ? ed.render(e, names) : this.#entry(e, e.id === tabStop, names, dis)),
        )}
      </ul>
      <div class="add">
        ${
          // its own one-line template: the build leaves templates with a textarea unminified
          html`<textarea id="n-${c}" rows="2" maxlength=${ENTRY_MAX} aria-labelledby="h-${c}" placeholder=${this.t('write')} ?disabled=${dis} @keydown=${key}></textarea>`
        }
        ${names ? html`<label>${this.t('by')} <input id="b-${c}" list="people" maxlength=${NAME_MAX} ?disabled=${dis} /></label>` : nothing}
        <button class="btn" aria-describedby="h-${c}" ?disabled=${dis} @click=${add}>${icon('M12 5v14M5 12h14')}${this.t('add')}</button>
      </div>
    </div>`;
  }

  #entry(e: PlusMinusEntry, tabStop: boolean, names: boolean, dis: boolean) {
    return html`<li data-id=${e.id}>
      <button class="btn t" tabindex=${tabStop ? 0 : -1} aria-describedby="keys" ?disabled=${dis}>
        <span class="x">${e.text}</span>
        ${e.weight === undefined
          ? nothing
          : html`<span class="w"
              >${this.t('weight', { w: e.weight })}<svg class="bar" viewBox="0 0 10 1" preserveAspectRatio="none" aria-hidden="true"><rect width=${e.weight} height="1"></rect></svg
            ></span>`}
        ${names && e.by ? html`<span class="w">${icon('M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M4 21a8 8 0 0 1 16 0')}${this.t('saidBy', { name: e.by })}</span>` : nothing}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-plus-minus': GkPlusMinus;
  }
}
