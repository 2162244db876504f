/**
 * The facilitator's part of the agenda, loaded only when `surface="facilitator"`: participants'
 * screens never download it. Start, done, undo, skip; reorder by buttons, by arrow keys on the
 * handle and by dragging the handle (all three call the same move); add, edit and remove
 * points; undo the last change; start from a template.
 *
 * It works on the element itself (value, setUserValue, tIn, adoptStyles… of the core API) and
 * imports from the entry's chunks only what they have already loaded (model, icons). It also
 * renders each point's checklist and responsible, which only facilitators see.
 */
import { html, nothing } from 'lit';
import { fields } from '../../core/fields.js';
import { UndoStack } from '../../core/undo.js';
import { AGENDA_TEMPLATES, loadAgendaTemplate, type AgendaItem, type AgendaState, type AgendaValue } from './agenda.model.js';
import { AGENDA_EDITOR_STRINGS, type AgendaEditorStrings } from './agenda.editor.strings.js';
import { editorStyles } from './agenda.editor.styles.js';
import { icon as svg, ICONS } from './agenda.icons.js';
import { lazy } from '../../core/lazy.js';
import type { GkAgenda } from './agenda.component.js';
import type { AgendaForm } from './agenda.form.js';

type Vars = Record<string, string | number>;

// Adding, editing and removing (the edit form) load the first time a point is edited or added.
const formPart = lazy(() => import('./agenda.form.js'));
// The operations (shared with the form) by import(): their own small chunk. Imported statically,
// the bundler puts them into `gruppekit/classes.js`, which exports them too, and opening the
// editor would then load every tool's classes.
const { moveAgendaItem, setAgendaState } = await import('./agenda.ops.js');

/** The controls' icons, beside the kinds' and states' (agenda.icons.ts, already loaded). */
const PATHS: Record<string, string> = {
  ...ICONS,
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
const icon = (id: string) => svg(PATHS[id]);

const handle = (id: string) => `[data-move="${id}"]`;
const act = (id: string, a: string) => `[data-id="${id}"] [data-act=${a}]`;
/** The "done" button of the point that became current. */
const NEXT = '[aria-current] [data-act=done]';
/** Keeps the inner fields' composed `input` events inside: the element's own `input` means its value changed. */
export const stop = (e: Event) => e.stopPropagation();

export class AgendaEditor {
  /** The id of the point being dragged. */
  dragging: string | undefined;
  readonly el: GkAgenda;
  #undo = new UndoStack<AgendaValue>();
  #last: AgendaValue | undefined;
  #status = '';
  #form: AgendaForm | undefined;
  #focus: string[] = [];
  /** The template chosen in the picker; until then, today's agenda's own template. */
  #template: string | undefined;
  #dragStart: AgendaValue | undefined;

  constructor(el: GkAgenda) {
    this.el = el;
    el.adoptStyles(fields);
    el.adoptStyles(editorStyles);
  }

  /** Focuses the first enabled match of what an action asked for, once the element has rendered. */
  afterUpdate(): void {
    const wanted = this.#focus;
    this.#focus = [];
    for (const sel of wanted) {
      const b = this.el.renderRoot.querySelector<HTMLButtonElement>(sel);
      if (b && !b.disabled) return b.focus();
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
    return this.el.tIn(AGENDA_EDITOR_STRINGS, key, vars);
  }

  /** A value set by the host (or a form reset) starts a new history. */
  #sync(): void {
    const v = this.el.value;
    if (this.#last && v !== this.#last) {
      this.#undo.clear();
      this.#close();
      this.#status = '';
    }
    this.#last = v;
  }

  /** Applies a change as the user's (one `change`, undoable as `label`), says `status`, then focuses the first of `focus`. */
  apply(next: AgendaValue, label: string, focus: string[] = [], status = label): void {
    const before = this.el.value;
    if (this.el.isDisabled || !this.el.setUserValue(next, true)) return;
    this.#undo.push(before, label);
    this.done(status, focus);
  }

  /** Re-renders, says `status` and focuses the first of `focus`, without a change. */
  done(status: string, focus: string[]): void {
    this.#last = this.el.value;
    this.#status = status;
    this.#focus = focus;
    this.el.requestUpdate();
  }

  #undoLast = (): void => {
    const prev = this.#undo.pop();
    if (!prev || this.el.isDisabled || !this.el.setUserValue(prev, true)) return;
    this.#close();
    this.done(this.el.coreT('undone'), ['.undo', '[data-act=add]']);
  };

  #state(x: AgendaItem, state: AgendaState, focus: string[]): void {
    const label = this.#t('did.state', { title: x.title, state: this.el.t(`state.${state}`) });
    this.apply(setAgendaState(this.el.value, x.id, state, new Date(this.el.clock()).toISOString()), label, focus);
  }

  /** The one move behind the buttons, the arrow keys and the drag. */
  #move(from: number, to: number, focus: string[]): void {
    const v = this.el.value;
    const x = v.items[from];
    to = Math.max(0, Math.min(v.items.length - 1, to));
    if (!x || to === from) return;
    this.apply(moveAgendaItem(v, from, to), this.#t('did.move', { title: x.title }), focus, this.#moved(x, to));
  }

  #moved(x: AgendaItem, to: number): string {
    return this.#t('moved', { title: x.title, n: to + 1, total: this.el.value.items.length });
  }

  #key(e: KeyboardEvent, i: number): void {
    const items = this.el.value.items;
    const to = ({ ArrowUp: i - 1, ArrowDown: i + 1, Home: 0, End: items.length - 1 } as Record<string, number>)[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.#move(i, to, [handle(items[i].id)]);
  }

  // ---- dragging the handle ----
  #down(e: PointerEvent, id: string): void {
    if (this.el.isDisabled || e.button !== 0) return;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.#dragStart = this.el.value;
    this.dragging = id;
    this.el.requestUpdate();
  }

  #dragMove = (e: PointerEvent): void => {
    const id = this.dragging;
    if (!id) return;
    const v = this.el.value;
    const from = v.items.findIndex((x) => x.id === id);
    const rows = [...this.el.renderRoot.querySelectorAll('li.item')];
    // The new place: how many of the other rows have their middle above the pointer.
    const to = rows.filter((r, i) => {
      const b = r.getBoundingClientRect();
      return i !== from && b.top + b.height / 2 < e.clientY;
    }).length;
    if (from < 0 || to === from || !this.el.setUserValue(moveAgendaItem(v, from, to), false)) return;
    this.done(this.#moved(v.items[from], to), [handle(id)]);
  };

  #dragEnd = (): void => {
    const id = this.dragging;
    const start = this.#dragStart;
    this.dragging = this.#dragStart = undefined;
    if (!id || !start) return;
    const v = this.el.value;
    if (v !== start) {
      this.el.commitChange();
      this.#undo.push(start, this.#t('did.move', { title: v.items.find((x) => x.id === id)?.title ?? '' }));
    }
    this.done(this.#status, [handle(id)]);
  };

  // ---- add, edit, remove: in the lazily loaded form ----
  #withForm(then: (f: AgendaForm) => void): void {
    formPart(this.el, (m) => then((this.#form ??= new m.AgendaForm(this))));
  }

  #useTemplate = async (): Promise<void> => {
    const id = this.#chosen();
    const v = await loadAgendaTemplate(id);
    if (v) this.apply(v, this.#t('did.template', { title: this.#tplName(id) }), ['.undo']);
  };

  #chosen(): string {
    const own = this.el.value.template;
    return this.#template ?? (own && (AGENDA_TEMPLATES as readonly string[]).includes(own) ? own : AGENDA_TEMPLATES[0]);
  }

  #tplName(id: string): string {
    return this.#t(`tpl.${id}` as keyof AgendaEditorStrings);
  }

  // ---- rendering ----
  /** A button with icon and word; `title` names its point in the accessible name. */
  btn(label: string, ic: string, onClick: () => void, { title = '', data = '', cls = '', disabled = false } = {}) {
    return html`<button
      type="button"
      class="btn ${cls}"
      aria-label=${title ? `${label}: ${title}` : nothing}
      data-act=${data || nothing}
      ?disabled=${disabled || this.el.isDisabled}
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
        <select ?disabled=${this.el.isDisabled} @change=${(e: Event) => (this.#template = (e.target as HTMLSelectElement).value)}>
          ${AGENDA_TEMPLATES.map((id) => html`<option value=${id} ?selected=${id === this.#chosen()}>${this.#tplName(id)}</option>`)}
        </select>
      </label>
      ${this.btn(this.#t('useTemplate'), 'tpl', this.#useTemplate, { data: 'template' })}
      ${this.#undo.canUndo ? this.btn(this.#t('undoWhat', { what: this.#undo.label! }), 'undo', this.#undoLast, { cls: 'undo' }) : nothing}
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
      ?disabled=${this.el.isDisabled}
      @keydown=${(e: KeyboardEvent) => this.#key(e, i)}
      @pointerdown=${(e: PointerEvent) => this.#down(e, x.id)}
      @pointermove=${this.#dragMove}
      @pointerup=${this.#dragEnd}
      @pointercancel=${this.#dragEnd}
    >
      ${icon('grip')}
    </button>`;
  }

  /** Who leads the point, under its title. */
  responsible(x: AgendaItem) {
    return x.responsible ? html`<span class="resp">${this.el.t('responsible', { name: x.responsible })}</span>` : nothing;
  }

  /**
   * The facilitator's part of a point: its checklist (open on the current point) and its
   * controls, by state: start / done / undo, skip, up, down, edit.
   */
  actions(x: AgendaItem, i: number) {
    const t = (k: keyof AgendaEditorStrings & string) => this.#t(k);
    const last = this.el.value.items.length - 1;
    const o = (data: string, extra = {}) => ({ title: x.title, data, ...extra });
    return html`<span class="fac">
      ${x.checklist
        ? html`<details class="check" ?open=${x.state === 'now'}>
            <summary>${this.el.t('checklist')} (${x.checklist.length})</summary>
            <ul>${x.checklist.map((c) => html`<li>${c}</li>`)}</ul>
          </details>`
        : nothing}
      <span class="acts no-print" data-id=${x.id}>
      ${x.state === 'now'
        ? this.btn(t('done'), 'done', () => this.#state(x, 'done', [NEXT, act(x.id, 'reopen')]), o('done', { cls: 'primary' }))
        : x.state === 'planned'
          ? this.btn(t('start'), 'now', () => this.#state(x, 'now', [act(x.id, 'done')]), o('start'))
          : this.btn(t('reopen'), 'undo', () => this.#state(x, 'planned', [act(x.id, 'start'), handle(x.id)]), o('reopen'))}
      ${x.state === 'now' || x.state === 'planned'
        ? this.btn(t('skip'), 'skipped', () => this.#state(x, 'skipped', [NEXT, act(x.id, 'reopen')]), o('skip'))
        : nothing}
      ${this.btn(t('up'), 'up', () => this.#move(i, i - 1, [act(x.id, 'up'), act(x.id, 'down')]), o('up', { disabled: i === 0 }))}
      ${this.btn(t('down'), 'down', () => this.#move(i, i + 1, [act(x.id, 'down'), act(x.id, 'up')]), o('down', { disabled: i === last }))}
      ${this.btn(t('edit'), 'edit', () => this.#withForm((f) => f.edit(x)), o('edit'))}
      </span>
    </span>`;
  }

  /** The edit form that takes a point's place in the list. */
  form(x: AgendaItem, i: number) {
    return this.#form?.render(x, i);
  }

  /** The "add a point" button under the list. */
  footer() {
    return html`<div class="tools no-print">${this.btn(this.#t('add'), 'add', () => this.#withForm((f) => f.add()), { data: 'add' })}</div>`;
  }
}
