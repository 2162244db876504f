/**
 * The facilitator's part of the agenda, loaded only when `surface="facilitator"`: participants'
 * screens never download it. Start, done, undo, skip; reorder by buttons, by arrow keys on the
 * handle and by dragging the handle (all three call the same move); add, edit and remove
 * points; undo the last change; start from a template.
 *
 * It imports nothing from the entry's chunks (the element hands it what it needs), so it stays
 * one small lazy part.
 */
import { html, nothing, type CSSResult } from 'lit';
import type { Table } from '../../core/localize.js';
import { UndoStack } from '../../core/undo.js';
import type { AgendaItem, AgendaKind, AgendaPictogram, AgendaState, AgendaValue } from './agenda.model.js';
import { moveAgendaItem, setAgendaState } from './agenda.ops.js';
import type { AgendaStrings } from './agenda.strings.js';
import { AGENDA_EDITOR_STRINGS, type AgendaEditorStrings } from './agenda.editor.strings.js';
import { editorStyles } from './agenda.editor.styles.js';
import type { AgendaForm } from './agenda.form.js';

type Vars = Record<string, string | number>;

// Adding, editing and removing (the edit form) load the first time a point is edited or added.
let formModule: typeof import('./agenda.form.js') | undefined;
let loadingForm: Promise<unknown> | undefined;

/** What the editor needs from its element. */
export interface AgendaEditorHost {
  root: ParentNode;
  get(): AgendaValue;
  /** Sets the value as the user did: `input`, and `change` when `commit`. */
  set(v: AgendaValue, commit: boolean): boolean;
  commit(): void;
  update(): void;
  disabled(): boolean;
  /** The element's own strings (kinds, states). */
  t(key: keyof AgendaStrings & string, vars?: Vars): string;
  /** A string of a lazily loaded table in the element's language, host overrides first. */
  tr<T>(table: Table<T>, key: keyof T & string, vars?: Vars): string;
  /** Re-renders when `p` settles; `updateComplete` waits for it. */
  wait(p: Promise<unknown>): void;
  /** Adds a lazily loaded part's styles to the element. */
  adopt(styles: CSSResult): void;
  /** The core's "Fortrudt." */
  undone(): string;
  /** The clock as an ISO time, for `started`. */
  now(): string;
  template(id: string): Promise<AgendaValue | undefined>;
  templates: readonly string[];
  kinds: readonly AgendaKind[];
  pictograms: readonly AgendaPictogram[];
  limits: { title: number; responsible: number; checklist: number; check: number; minutes: number };
}

const PATHS: Record<string, string> = {
  now: 'M8 5l11 7-11 7z',
  done: 'M5 12l5 5L20 7',
  skipped: 'M5 5l9 7-9 7zm14 0v14',
  grip: 'M9 6h0m6 0h0M9 12h0m6 0h0m-6 6h0m6 0h0',
  up: 'M12 19V5m-7 7l7-7 7 7',
  down: 'M12 5v14m-7-7l7 7 7-7',
  edit: 'M4 20h4L19 9l-4-4L4 16zm10-14l4 4',
  remove: 'M6 6l12 12M18 6L6 18',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
  add: 'M12 5v14M5 12h14',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6m4-6v6',
  tpl: 'M5 3h10l4 4v14H5zm9 0v5h5',
};
const icon = (id: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${PATHS[id]}></path></svg>`;

const handle = (id: string) => `[data-move="${id}"]`;
const act = (id: string, a: string) => `[data-id="${id}"] [data-act=${a}]`;
/** The "done" button of the point that became current. */
const NEXT = '[aria-current] [data-act=done]';
/** Keeps the inner fields' composed `input` events inside: the element's own `input` means its value changed. */
export const stop = (e: Event) => e.stopPropagation();

export class AgendaEditor {
  /** The id of the point being dragged. */
  dragging: string | undefined;
  #h: AgendaEditorHost;
  #undo = new UndoStack<AgendaValue>();
  #last: AgendaValue | undefined;
  #status = '';
  #form: AgendaForm | undefined;
  #focus: string[] = [];
  /** The template chosen in the picker; until then, today's agenda's own template. */
  #template: string | undefined;
  #dragStart: AgendaValue | undefined;

  constructor(host: AgendaEditorHost) {
    this.#h = host;
    host.adopt(editorStyles);
  }

  /** Focuses the first enabled match of what an action asked for, once the element has rendered. */
  afterUpdate(): void {
    const wanted = this.#focus;
    this.#focus = [];
    for (const sel of wanted) {
      const el = this.#h.root.querySelector<HTMLButtonElement>(sel);
      if (el && !el.disabled) return el.focus();
    }
  }

  /** The id of the point whose edit form is open. */
  get editing(): string | undefined {
    return this.#form?.editing;
  }

  #close(): void {
    if (this.#form) this.#form.editing = undefined;
  }

  #t(key: keyof AgendaEditorStrings & string, vars?: Vars): string {
    return this.#h.tr(AGENDA_EDITOR_STRINGS, key, vars);
  }

  /** A value set by the host (or a form reset) starts a new history. */
  #sync(): void {
    const v = this.#h.get();
    if (this.#last && v !== this.#last) {
      this.#undo.clear();
      this.#close();
      this.#status = '';
    }
    this.#last = v;
  }

  #apply(next: AgendaValue, label: string, status = label, focus: string[] = []): void {
    const before = this.#h.get();
    if (this.#h.disabled() || !this.#h.set(next, true)) return;
    this.#undo.push(before, label);
    this.#done(status, focus);
  }

  #done(status: string, focus: string[]): void {
    this.#last = this.#h.get();
    this.#status = status;
    this.#focus = focus;
    this.#h.update();
  }

  #undoLast = (): void => {
    const prev = this.#undo.pop();
    if (!prev || this.#h.disabled() || !this.#h.set(prev, true)) return;
    this.#close();
    this.#done(this.#h.undone(), ['.undo', '[data-act=add]']);
  };

  #state(x: AgendaItem, state: AgendaState, focus: string[]): void {
    const label = this.#t('did.state', { title: x.title, state: this.#h.t(`state.${state}`) });
    this.#apply(setAgendaState(this.#h.get(), x.id, state, this.#h.now()), label, label, focus);
  }

  /** The one move behind the buttons, the arrow keys and the drag. */
  #move(from: number, to: number, focus: string[]): void {
    const v = this.#h.get();
    const x = v.items[from];
    to = Math.max(0, Math.min(v.items.length - 1, to));
    if (!x || to === from) return;
    this.#apply(moveAgendaItem(v, from, to), this.#t('did.move', { title: x.title }), this.#moved(x, to), focus);
  }

  #moved(x: AgendaItem, to: number): string {
    return this.#t('moved', { title: x.title, n: to + 1, total: this.#h.get().items.length });
  }

  #key(e: KeyboardEvent, i: number): void {
    const items = this.#h.get().items;
    const to = ({ ArrowUp: i - 1, ArrowDown: i + 1, Home: 0, End: items.length - 1 } as Record<string, number>)[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.#move(i, to, [handle(items[i].id)]);
  }

  // ---- dragging the handle ----
  #down(e: PointerEvent, id: string): void {
    if (this.#h.disabled() || e.button !== 0) return;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.#dragStart = this.#h.get();
    this.dragging = id;
    this.#h.update();
  }

  #dragMove = (e: PointerEvent): void => {
    const id = this.dragging;
    if (!id) return;
    const v = this.#h.get();
    const from = v.items.findIndex((x) => x.id === id);
    const rows = [...this.#h.root.querySelectorAll('li.item')];
    // The new place: how many of the other rows have their middle above the pointer.
    const to = rows.filter((r, i) => {
      const b = r.getBoundingClientRect();
      return i !== from && b.top + b.height / 2 < e.clientY;
    }).length;
    if (from < 0 || to === from || !this.#h.set(moveAgendaItem(v, from, to), false)) return;
    this.#done(this.#moved(v.items[from], to), [handle(id)]);
  };

  #dragEnd = (): void => {
    const id = this.dragging;
    const start = this.#dragStart;
    this.dragging = this.#dragStart = undefined;
    if (!id || !start) return;
    const v = this.#h.get();
    if (v !== start) {
      this.#h.commit();
      this.#undo.push(start, this.#t('did.move', { title: v.items.find((x) => x.id === id)?.title ?? '' }));
    }
    this.#done(this.#status, [handle(id)]);
  };

  // ---- add, edit, remove: in the lazily loaded form ----
  #withForm(then: (f: AgendaForm) => void): void {
    const go = (m: typeof import('./agenda.form.js')) => {
      if (!this.#form) {
        this.#h.adopt(m.formStyles);
        this.#form = new m.AgendaForm({
          root: this.#h.root,
          get: this.#h.get,
          apply: (next, label, focus) => this.#apply(next, label, label, focus),
          done: (status, focus) => this.#done(status, focus),
          t: this.#h.t,
          tf: (k, vars) => this.#h.tr(m.AGENDA_FORM_STRINGS, k, vars),
          kinds: this.#h.kinds,
          pictograms: this.#h.pictograms,
          limits: this.#h.limits,
          btn: (label, ic, onClick, o) => this.#btn(label, ic, onClick, o),
        });
      }
      then(this.#form);
    };
    if (formModule) go(formModule);
    else this.#h.wait((loadingForm ??= import('./agenda.form.js').then((mod) => (formModule = mod))).then(() => go(formModule!)));
  }

  #useTemplate = async (): Promise<void> => {
    const id = this.#chosen();
    const v = await this.#h.template(id);
    if (v) this.#apply(v, this.#t('did.template', { title: this.#tplName(id) }), undefined, ['.undo']);
  };

  #chosen(): string {
    const own = this.#h.get().template;
    return this.#template ?? (own && this.#h.templates.includes(own) ? own : this.#h.templates[0]);
  }

  #tplName(id: string): string {
    return this.#t(`tpl.${id}` as keyof AgendaEditorStrings);
  }

  // ---- rendering ----
  #btn(label: string, ic: string, onClick: () => void, { title = '', data = '', cls = '', disabled = false } = {}) {
    return html`<button
      type="button"
      class="btn ${cls}"
      aria-label=${title ? `${label}: ${title}` : nothing}
      data-act=${data || nothing}
      ?disabled=${disabled || this.#h.disabled()}
      @click=${onClick}
    >
      ${icon(ic)}${label}
    </button>`;
  }

  /** Template picker, undo and the status line (read by screen readers). */
  toolbar() {
    this.#sync();
    return html`<div class="tools no-print" part="toolbar" @input=${stop}>
      <label class="field">
        ${this.#t('template')}
        <select ?disabled=${this.#h.disabled()} @change=${(e: Event) => (this.#template = (e.target as HTMLSelectElement).value)}>
          ${this.#h.templates.map((id) => html`<option value=${id} ?selected=${id === this.#chosen()}>${this.#tplName(id)}</option>`)}
        </select>
      </label>
      ${this.#btn(this.#t('useTemplate'), 'tpl', this.#useTemplate, { data: 'template' })}
      ${this.#undo.canUndo ? this.#btn(this.#t('undoWhat', { what: this.#undo.label! }), 'undo', this.#undoLast, { cls: 'undo' }) : nothing}
      <span id="hint" hidden>${this.#t('moveHint')}</span>
      <p class="vh" role="status">${this.#status}</p>
    </div>`;
  }

  /** The drag handle: drag it, or use the arrow keys on it. */
  handle(x: AgendaItem, i: number) {
    return html`<button
      type="button"
      class="btn handle no-print"
      data-move=${x.id}
      aria-label=${this.#t('move', { title: x.title })}
      aria-describedby="hint"
      ?disabled=${this.#h.disabled()}
      @keydown=${(e: KeyboardEvent) => this.#key(e, i)}
      @pointerdown=${(e: PointerEvent) => this.#down(e, x.id)}
      @pointermove=${this.#dragMove}
      @pointerup=${this.#dragEnd}
      @pointercancel=${this.#dragEnd}
    >
      ${icon('grip')}
    </button>`;
  }

  /** A point's controls, by state: start / done / undo, skip, up, down, edit. */
  actions(x: AgendaItem, i: number) {
    const t = (k: keyof AgendaEditorStrings & string) => this.#t(k);
    const last = this.#h.get().items.length - 1;
    const o = (data: string, extra = {}) => ({ title: x.title, data, ...extra });
    return html`<span class="acts no-print" data-id=${x.id}>
      ${x.state === 'now'
        ? this.#btn(t('done'), 'done', () => this.#state(x, 'done', [NEXT, act(x.id, 'reopen')]), o('done', { cls: 'primary' }))
        : x.state === 'planned'
          ? this.#btn(t('start'), 'now', () => this.#state(x, 'now', [act(x.id, 'done')]), o('start'))
          : this.#btn(t('reopen'), 'undo', () => this.#state(x, 'planned', [act(x.id, 'start'), handle(x.id)]), o('reopen'))}
      ${x.state === 'now' || x.state === 'planned'
        ? this.#btn(t('skip'), 'skipped', () => this.#state(x, 'skipped', [NEXT, act(x.id, 'reopen')]), o('skip'))
        : nothing}
      ${this.#btn(t('up'), 'up', () => this.#move(i, i - 1, [act(x.id, 'up'), act(x.id, 'down')]), o('up', { disabled: i === 0 }))}
      ${this.#btn(t('down'), 'down', () => this.#move(i, i + 1, [act(x.id, 'down'), act(x.id, 'up')]), o('down', { disabled: i === last }))}
      ${this.#btn(t('edit'), 'edit', () => this.#withForm((f) => f.edit(x)), o('edit'))}
    </span>`;
  }

  /** The edit form that takes a point's place in the list. */
  form(x: AgendaItem, i: number) {
    return this.#form?.render(x, i);
  }

  /** The "add a point" button under the list. */
  footer() {
    return html`<div class="tools no-print">${this.#btn(this.#t('add'), 'add', () => this.#withForm((f) => f.add()), { data: 'add' })}</div>`;
  }
}
