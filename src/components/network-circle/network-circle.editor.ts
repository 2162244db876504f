/**
 * The network circle's lazily loaded part: the add/edit form, the list view and the
 * facilitator's layout controls. Loaded on first use (a tap on "Tilføj person", the list view,
 * the facilitator surface or too many people for the circle), so the circle itself stays small.
 * The element hands it what it needs through `NetworkEditorHost`.
 */
import { css, html, nothing } from 'lit';
import { UndoStack } from '../../core/undo.js';
import { EDIT, ENV, HELP, icon, REMOVE, SYMBOL_PATHS } from './network-circle.icons.js';
import {
  NETWORK_SECTORS,
  NETWORK_SYMBOLS,
  networkOrder,
  networkSector,
  putNetworkPerson,
  removeNetworkPerson,
  setNetworkLayout,
  type NetworkPerson,
  type NetworkValue,
  type RingCount,
} from './network-circle.model.js';
import type { NetworkCircleStrings } from './network-circle.strings.js';
import { NETWORK_EDITOR_STRINGS, type NetworkEditorStrings } from './network-circle.editor.strings.js';

export { NETWORK_EDITOR_STRINGS };

type Vars = Record<string, string | number>;

/** What the lazy part needs from its element. */
export interface NetworkEditorHost {
  readonly root: ParentNode;
  readonly value: NetworkValue;
  /** Read-only: disabled, or the shared screen. */
  readonly ro: boolean;
  readonly shared: boolean;
  /** Sets the value as the user did (input + change); false when it was rejected. */
  set(v: NetworkValue): boolean;
  t(key: keyof NetworkCircleStrings & string, vars?: Vars): string;
  tr(key: keyof NetworkEditorStrings & string, vars?: Vars): string;
  /** The core's "Fortryd" / "Fortrudt.". */
  core(key: 'undo' | 'undone'): string;
  /** "tættest på" … for ring n of the current value. */
  ring(n: number): string;
  /** Chooses a person (or none) and renders. */
  select(id?: string): void;
  /** Moves focus to `selector` after the next render. */
  focus(selector: string): void;
  /** Writes to the polite live region. */
  say(text: string): void;
  update(): void;
  newId(): string;
}

/** One element's form, list, undo history and facilitator controls. */
export class NetworkEditor {
  /** Removed people, so a removal can be undone (the person goes back in their place). */
  readonly undo = new UndoStack<{ p: NetworkPerson; i: number }>();
  /** The person in the form: '' for a new one, undefined while the form is closed. */
  editing: string | undefined;
  #err = '';

  constructor(private readonly h: NetworkEditorHost) {}

  open(id: string | undefined): void {
    this.h.root.querySelector('dialog')?.close();
    this.editing = id;
    this.#err = '';
    this.h.update();
  }

  remove(p: NetworkPerson): void {
    const { h } = this;
    this.undo.push({ p, i: h.value.people.indexOf(p) }, p.name);
    h.select();
    h.set(removeNetworkPerson(h.value, p.id));
    h.say(h.t('removed', { name: p.name }));
    h.focus('.undo .btn');
  }

  #undo(): void {
    const { h } = this;
    const last = this.undo.pop();
    const v = h.value;
    if (last && !v.people.some((x) => x.id === last.p.id)) {
      const people = [...v.people];
      people.splice(last.i, 0, { ...last.p, ring: Math.min(last.p.ring, v.rings) });
      h.set({ ...v, people });
      h.say(h.core('undone'));
      h.focus(`[data-id="${last.p.id}"]`);
    }
    h.update();
  }

  #save(e: SubmitEvent, old: NetworkPerson | undefined): void {
    e.preventDefault();
    const { h } = this;
    const f = new FormData(e.target as HTMLFormElement);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    if (!text('name')) {
      this.#err = h.tr('nameMissing');
      h.focus('dialog input');
      return h.update();
    }
    const p: NetworkPerson = { id: old?.id ?? h.newId(), name: text('name'), ring: +text('ring') || 1, canHelp: f.has('canHelp'), inSubstanceEnvironment: f.has('env') };
    for (const k of ['sector', 'symbol', 'phone', 'note'] as const) {
      const x = text(k) || (k === 'sector' ? old?.sector : '');
      if (x) (p as unknown as Record<string, string>)[k] = x;
    }
    if (JSON.stringify(p) === JSON.stringify(old) || h.set(putNetworkPerson(h.value, p))) {
      if (!old) h.say(h.tr('added', { name: p.name }));
      this.open(undefined);
    }
  }

  /** The bar of the chosen person (edit, remove, done) and the undo bar. */
  bars(sel: NetworkPerson | undefined) {
    const { h } = this;
    const bar = (cls: string, text: string, ...buttons: unknown[]) => html`<div class="bar ${cls} no-print" part=${cls}><p>${text}</p>${buttons}</div>`;
    return [
      sel
        ? bar(
            'selection',
            h.t('selected', { name: sel.name }),
            btn(EDIT, h.t('edit'), () => this.open(sel.id)),
            btn(REMOVE, h.t('remove'), () => this.remove(sel)),
            btn('', h.t('done'), () => (h.focus(`[data-id="${sel.id}"]`), h.select())),
          )
        : nothing,
      this.undo.canUndo && !h.ro ? bar('undo', h.t('removed', { name: this.undo.label! }), btn('', h.core('undo'), () => this.#undo())) : nothing,
    ];
  }

  /** The add/edit form, a modal dialog (the element opens it with showModal()). */
  form() {
    const { h } = this;
    const v = h.value;
    if (this.editing === undefined) return nothing;
    const p = v.people.find((x) => x.id === this.editing);
    const select = (name: string, label: string, options: (string | number)[][], on: string | number) =>
      html`<label class="f"
        >${label}
        <select name=${name}>
          ${options.map(([val, text]) => html`<option value=${val} ?selected=${val === on}>${text}</option>`)}
        </select></label
      >`;
    const check = (name: string, on: boolean | undefined, d: string, text: string) =>
      html`<label class="chk"><input type="checkbox" name=${name} ?checked=${on} />${icon(d)}${text}</label>`;
    const field = (name: string, type: string, max: number, val = '') =>
      html`<label class="f"
        >${h.tr(name as 'name')}
        ${type
          ? html`<input name=${name} type=${type} maxlength=${max} autocomplete="off" .value=${val} aria-invalid=${name === 'name' && !!this.#err} aria-describedby="err" />`
          : html`<textarea name=${name} maxlength=${max} .value=${val}></textarea>`}</label
      >`;
    return html`<dialog part="dialog" aria-labelledby="dt" @close=${() => this.open(undefined)}>
      <form method="dialog" novalidate @submit=${(e: SubmitEvent) => this.#save(e, p)}>
        <h2 id="dt">${p ? h.tr('editTitle', { name: p.name }) : h.t('add')}</h2>
        ${field('name', 'text', 80, p?.name)}
        <p id="err" class="err">${this.#err}</p>
        ${check('canHelp', p?.canHelp, HELP, h.t('canHelp'))} ${check('env', p?.inSubstanceEnvironment, ENV, h.t('env'))}
        ${select(
          'ring',
          h.tr('ring'),
          Array.from({ length: v.rings }, (_, i) => [i + 1, this.#ringTitle(i + 1)]),
          p?.ring ?? 1,
        )}
        ${v.sectors ? select('sector', h.tr('sector'), NETWORK_SECTORS.map((s) => [s, h.t(s)]), p ? networkSector(p) : 'others') : nothing}
        <fieldset class="syms">
          <legend>${h.tr('symbol')}</legend>
          ${['', ...NETWORK_SYMBOLS].map(
            (s) =>
              html`<label class="sym"
                ><input type="radio" name="symbol" value=${s} ?checked=${(p?.symbol ?? '') === s} />${s ? icon(SYMBOL_PATHS[s as 'heart']) : '–'}<span class="vh"
                  >${h.tr(`sym.${s || 'none'}` as 'name')}</span
                ></label
              >`,
          )}
        </fieldset>
        ${field('phone', 'tel', 40, p?.phone)} ${field('note', '', 1000, p?.note)}
        <div class="bar end">${btn('', h.tr('cancel'), () => this.open(undefined))}<button class="btn primary">${h.tr('save')}</button></div>
      </form>
    </dialog>`;
  }

  #ringTitle(n: number): string {
    return this.h.tr('ringTitle', { n, ring: this.h.ring(n) });
  }

  /** Everyone as a list, ring by ring: the list view, and the list under the circle on paper. */
  list() {
    const { h } = this;
    const v = h.value;
    const people = networkOrder(v);
    const mark = (d: string, text: string) => html`<span class="mark">${icon(d)}${text}</span>`;
    return html`<div class="list" part="list">
      ${Array.from({ length: v.rings }, (_, i) => {
        const here = people.filter((p) => p.ring === i + 1);
        return html`<h3>${this.#ringTitle(i + 1)}</h3>
          <ul>
            ${here.map((p) => {
              const name = h.shared ? h.t('person', { n: people.indexOf(p) + 1 }) : p.name;
              const named = (d: string, text: string, go: () => void) => btn(d, html`${text}<span class="vh"> ${name}</span>`, go);
              return html`<li>
                <span class="who">
                  ${p.symbol ? icon(SYMBOL_PATHS[p.symbol]) : nothing}<b>${name}</b>
                  ${v.sectors ? html`<span>${h.t(networkSector(p))}</span>` : nothing}
                  ${p.canHelp ? mark(HELP, h.t('canHelp')) : nothing} ${p.inSubstanceEnvironment ? mark(ENV, h.t('env')) : nothing}
                  ${p.phone && !h.shared ? html`<span>${h.tr('phone')}: ${p.phone}</span>` : nothing}
                  ${p.note && !h.shared ? html`<span class="pnote">${p.note}</span>` : nothing}
                </span>
                ${h.ro ? nothing : [named(EDIT, h.t('edit'), () => this.open(p.id)), named(REMOVE, h.t('remove'), () => this.remove(p))]}
              </li>`;
            })}
            ${here.length ? nothing : html`<li class="pnote">${h.t('none')}</li>`}
          </ul>`;
      })}
    </div>`;
  }

  /** The facilitator's layout controls (rings, sectors) and all the questions. */
  facilitator() {
    const { h } = this;
    const v = h.value;
    const layout = (rings: number, sectors: boolean) => h.set(setNetworkLayout(v, rings as RingCount, sectors));
    return html`<div class="fac no-print" part="facilitator">
      <div class="bar">
        <label class="chk"
          >${h.tr('rings')}
          <select ?disabled=${h.ro} @change=${(e: Event) => layout(+(e.target as HTMLSelectElement).value, v.sectors)}>
            ${[2, 3, 4].map((n) => html`<option ?selected=${n === v.rings}>${n}</option>`)}
          </select></label
        >
        <label class="chk"
          ><input type="checkbox" .checked=${v.sectors} ?disabled=${h.ro} @change=${(e: Event) => layout(v.rings, (e.target as HTMLInputElement).checked)} />${h.tr(
            'sectors',
          )}</label
        >
      </div>
      <p><b>${h.tr('prompts')}</b></p>
      <ul>
        ${[1, 2, 3, 4, 5, 6, 7].map((i) => html`<li>${h.t(`p${i}` as 'p1')}</li>`)}
      </ul>
    </div>`;
  }
}

const btn = (d: string, text: unknown, go: () => void) => html`<button type="button" class="btn" @click=${go}>${d ? icon(d) : nothing}${text}</button>`;

export const editorStyles = css`
  .fac {
    padding: 0.6rem 1rem;
    background: var(--_accent-soft);
    border-inline-start: 0.35rem solid var(--_accent);
  }
  .fac ul,
  .fac p {
    margin: 0;
  }
  h2,
  h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1.1em;
  }
  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2rem 0.9rem;
    flex: 1 1 16rem;
    overflow-wrap: anywhere;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .pnote {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .chk {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target);
  }
  .chk input,
  .sym input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  dialog {
    inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  form {
    display: grid;
    gap: 0.5rem;
  }
  form h2 {
    margin: 0;
  }
  .f {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input[type='text'],
  input[type='tel'],
  textarea,
  select {
    min-block-size: var(--_target);
    padding: 0.4em 0.6em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
  }
  textarea {
    min-block-size: 5em;
  }
  .err {
    color: var(--_danger);
    font-weight: 600;
  }
  .err:empty {
    display: none;
  }
  .syms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0 0 0.25rem;
    font-weight: 600;
  }
  .sym {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  .sym input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
  }
  .sym:has(:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .sym:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .list {
      display: block !important;
    }
    dialog {
      display: none;
    }
  }
`;
