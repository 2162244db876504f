/**
 * The plus/minus sheet's editor, loaded the first time someone uses a list of entries: opening
 * an entry (change the words, who said it, the 0–10 weight, move up/down, move to the other
 * side, remove), the list's keys (arrows, Alt+arrows, Delete) and its roving tab stop.
 * A sheet that is only looked at, printed or added to never downloads it.
 */
import { attempt } from '../../core/lazy.js';
import { css, html, nothing } from 'lit';
import type { GkScale } from '../scale/scale.component.js';
import type { GkPlusMinus } from './plus-minus.component.js';
import { PLUS_MINUS_EDITOR_STRINGS, type PlusMinusEditorStrings } from './plus-minus.editor.strings.js';
import { cellKey, clean, ENTRY_MAX, NAME_MAX } from './plus-minus.limits.js';
import type { PlusMinusEntry, PlusMinusValue } from './plus-minus.model.js';
import { moveEntry, removeEntry, updateEntry } from './plus-minus.ops.js';

type Key = keyof PlusMinusEditorStrings;

/** Selector of an entry's button in the shadow root. */
const entrySel = (id: string) => `[data-id="${id}"] .t`;

/** The editor's own styles, adopted by the element's shadow root when the editor loads. */
const styles = css`
  .ed {
    display: grid;
    gap: 0.6em;
    padding: 0.75em;
    border: var(--_line) solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .acts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .ed .btn {
    padding-inline: 0.6em;
  }
  .rm {
    margin-inline-start: auto;
  }
  gk-scale::part(question) {
    font-size: 1em;
  }
  @media print {
    .acts,
    .ed label,
    gk-scale {
      display: none;
    }
  }
`;

const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

export class Editor {
  /** Id of the entry open in the editor. */
  id: string | undefined;
  /** Field key → id of the entry that holds the field's tab stop (roving tabindex). */
  stops = new Map<string, string>();
  #weighing = false;
  #el: GkPlusMinus;

  constructor(el: GkPlusMinus) {
    this.#el = el;
    el.adoptStyles(styles);
  }

  /** One of the editor's strings, in the element's language, with the host's overrides. */
  #t(key: Key, vars?: Record<string, string | number>): string {
    return this.#el.tIn(PLUS_MINUS_EDITOR_STRINGS, key, vars);
  }

  #find(id = this.id) {
    return this.#el.value.entries.find((e) => e.id === id);
  }

  #change(v: PlusMinusValue, what: 'changed' | 'moved' | 'removed', e: PlusMinusEntry, focus?: string) {
    this.#el._focus = focus;
    this.#el._change(v, this.#t(what, { text: e.text }));
  }

  /** A click, key or focus on entry button `b` (the element has filtered the keys). */
  on(ev: Event, b: HTMLElement): void {
    const li = b.parentElement!;
    const ul = li.parentElement!;
    const id = li.dataset.id!;
    if (ev.type === 'click') return this.open(id);
    if (ev.type === 'focusin') {
      if (this.stops.get(ul.dataset.k!) !== id) {
        this.stops.set(ul.dataset.k!, id);
        // focus may move while the element finishes a render: update after it
        queueMicrotask(() => this.#el.requestUpdate());
      }
      return;
    }
    const items = [...ul.children] as HTMLElement[];
    const i = items.indexOf(li);
    const { key, altKey } = ev as KeyboardEvent;
    if (key === 'Delete' || key === 'Backspace') return this.#remove(id);
    const to = Math.max(0, Math.min(items.length - 1, { ArrowUp: i - 1, ArrowDown: i + 1, Home: 0 }[key] ?? items.length - 1));
    if (altKey) this.#move(id, to - i, entrySel(id));
    else items[to].querySelector<HTMLElement>('.t')?.focus();
  }

  /** Goes back one user change (the topic is typed, not undone) and focuses what came back. */
  undo(): void {
    const el = this.#el;
    if (el.isDisabled || !el._undo.canUndo) return;
    const now = el.value;
    const prev = { ...el._undo.pop()!, topic: now.topic };
    this.id = undefined;
    el._msg = el.coreT('undone');
    el.setUserValue(prev);
    const hit = prev.entries.find((e, i) => JSON.stringify(e) !== JSON.stringify(now.entries[i]));
    el._focus = hit ? entrySel(hit.id) : el._undo.canUndo ? '.undo button' : 'textarea';
  }

  open(id: string): void {
    if (id === this.id) return;
    this.#save(false);
    this.id = id;
    this.#weighing = false;
    this.#el._focus = '#ed';
    this.#el.requestUpdate();
  }

  /** Saves the words (and name) in the editor; closes it unless `close` is false. */
  #save(close = true): void {
    const e = this.#find();
    if (!e) return;
    const q = (s: string) => this.#el.renderRoot.querySelector<HTMLInputElement>(s);
    const text = clean(q('#ed')!.value);
    const by = q('#edby')?.value.trim() ?? e.by ?? '';
    if (close) this.#close();
    if (text && (text !== e.text || by !== (e.by ?? ''))) {
      this.#change(updateEntry(this.#el.value, e.id, { text, by }), 'changed', { ...e, text }, this.#el._focus);
    }
  }

  #close(): void {
    this.#el._focus = entrySel(this.id!);
    this.id = undefined;
    this.#el.requestUpdate();
  }

  #move(id: string, delta: number, focus: string): void {
    const e = this.#find(id)!;
    const v = moveEntry(this.#el.value, id, delta);
    if (v !== this.#el.value) this.#change(v, 'moved', e, focus);
  }

  /** Removes an entry; focus goes to its neighbour in the field, or to the field's box. */
  #remove(id: string): void {
    const e = this.#find(id)!;
    const field = this.#el.value.entries.filter((x) => x.side === e.side && x.row === e.row);
    const i = field.indexOf(e);
    const next = (field[i + 1] ?? field[i - 1])?.id;
    this.id = undefined;
    if (next) this.stops.set(cellKey(e.row, e.side), next);
    this.#change(removeEntry(this.#el.value, id), 'removed', e, next ? entrySel(next) : `#n-${e.row || 'main'}-${e.side}`);
  }

  #weigh(w: number | null | undefined): void {
    const e = this.#find()!;
    this.#change(updateEntry(this.#el.value, e.id, { weight: w ?? undefined }), 'changed', e);
  }

  #toggleWeight(): void {
    this.#weighing = !this.#weighing;
    // The 0–10 scale is its own entry; it loads the first time someone weighs an entry.
    if (this.#weighing && !customElements.get('gk-scale')) this.#el.whenLoaded(attempt(() => import('../../scale.js')));
    this.#el.requestUpdate();
  }

  #onKey(ev: KeyboardEvent): void {
    if (ev.key === 'Escape') this.#close();
    // Enter in the text boxes saves; Enter on a button (or a number of the scale) is that button's
    else if (ev.key === 'Enter' && !ev.shiftKey && /^(textarea|input)$/.test((ev.target as Element).localName)) this.#save();
    else return;
    ev.preventDefault();
    ev.stopPropagation();
  }

  /** The open entry, in place of its button. */
  render(e: PlusMinusEntry, names: boolean) {
    const el = this.#el;
    const t = (k: Key) => this.#t(k);
    const other = e.side === 'plus' ? 'minus' : 'plus';
    return html`<li data-id=${e.id} class="ed" @keydown=${(ev: KeyboardEvent) => this.#onKey(ev)}>
      <label for="ed">${t('edit')}</label>
      ${html`<textarea id="ed" rows="3" maxlength=${ENTRY_MAX} .value=${e.text}></textarea>`}
      ${names ? html`<label>${el.t('by')} <input id="edby" list="people" maxlength=${NAME_MAX} .value=${e.by ?? ''} /></label>` : nothing}
      <div class="acts">
        <button class="btn primary" @click=${() => this.#save()}>${icon('M5 13l4 4L19 7')}${t('done')}</button>
        <button class="btn" id="up" @click=${() => this.#move(e.id, -1, '#up')}>${icon('M12 19V5M6 11l6-6 6 6')}${t('up')}</button>
        <button class="btn" id="dn" @click=${() => this.#move(e.id, 1, '#dn')}>${icon('M12 5v14M18 13l-6 6-6-6')}${t('down')}</button>
        <button class="btn" id="fl" @click=${() => this.#change(updateEntry(el.value, e.id, { side: other }), 'moved', e, '#fl')}>
          ${icon('M4 8h15l-4-4M20 16H5l4 4')}${t(other === 'plus' ? 'toPlus' : 'toMinus')}
        </button>
        <button class="btn rm" @click=${() => this.#remove(e.id)}>${icon('M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13')}${t('remove')}</button>
      </div>
      <div class="acts">
        <button class="btn" aria-expanded=${this.#weighing} @click=${() => this.#toggleWeight()}>
          ${icon('M4 20v-5M10 20v-9M16 20V8M22 20V4')}${t('weigh')}
        </button>
        ${this.#weighing && e.weight !== undefined ? html`<button class="btn" id="nw" @click=${() => this.#weigh(null)}>${t('noWeight')}</button>` : nothing}
      </div>
      ${this.#weighing
        ? html`<gk-scale
            presentation="buttons"
            surface=${el.surface === 'shared' ? 'shared' : 'participant'}
            theme=${el.theme ?? nothing}
            question=${t('weigh')}
            min-label=${t('weightMin')}
            max-label=${t('weightMax')}
            .value=${e.weight ?? null}
            @change=${(ev: Event) => this.#weigh((ev.target as GkScale).value)}
          ></gk-scale>`
        : nothing}
    </li>`;
  }
}

/**
 * The editor, once its strings are there in the element's language: it never opens with Danish
 * labels in a sheet of another language (a screen reader announces them on opening).
 */
export async function load(el: GkPlusMinus): Promise<Editor> {
  // tIn starts the load and re-renders the element when it is done; the table's loader hands
  // out that same promise, so once it resolves here the element already has the strings
  el.tIn(PLUS_MINUS_EDITOR_STRINGS, 'edit');
  const lang = el.activeLang;
  if (lang !== 'da') await PLUS_MINUS_EDITOR_STRINGS[lang]().catch(() => undefined);
  return new Editor(el);
}
