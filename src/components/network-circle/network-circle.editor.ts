/**
 * The network circle's working part, loaded right after the circle is first drawn: moving
 * people (drag, tap-then-tap, keys), the toolbar, the chosen person's bar, removing with
 * undo, the questions, the list view and the facilitator's layout controls. The add/edit
 * form is a further part (network-circle.form.ts), loaded on first use. The element hands
 * over what they need through `NetworkEditorHost`.
 */
import { css, html, nothing } from 'lit';
import { createId } from '../../core/id.js';
import { supportPeople } from '../../core/people.js';
import { UndoStack } from '../../core/undo.js';
import { CIRCLE, ENV, HELP, icon, LIST, NEXT, PLUS } from './network-circle.icons.js';
import { A0, pt, SLICE, type NetworkLayout } from './network-circle.layout.js';
import {
  NETWORK_SECTORS,
  networkOrder,
  networkSector,
  type NetworkPerson,
  type NetworkPlace,
  type NetworkValue,
  type NetworkView,
  } from './network-circle.model.js';
import type { NetworkCircleStrings } from './network-circle.strings.js';
import { NETWORK_EDITOR_STRINGS, type NetworkEditorStrings } from './network-circle.editor.strings.js';
import { EDIT, REMOVE, SYMBOL_PATHS } from './network-circle.symbols.js';

export { NETWORK_EDITOR_STRINGS };
/** A new person's id. */
export const newId = () => createId('p');

type Vars = Record<string, string | number>;

/** What the lazy parts need from their element. */
export interface NetworkEditorHost {
  readonly root: ShadowRoot;
  readonly value: NetworkValue;
  /** Read-only: disabled, or the shared screen. */
  readonly ro: boolean;
  readonly shared: boolean;
  readonly view: NetworkView;
  /** The chosen person's id (tap-then-tap). */
  readonly sel: string | undefined;
  layout(): NetworkLayout;
  /** Sets the value as the user did (input + change); false when it was rejected. */
  set(v: NetworkValue): boolean;
  setView(v: NetworkView): void;
  t(key: keyof NetworkCircleStrings & string, vars?: Vars): string;
  tr(key: keyof NetworkEditorStrings & string, vars?: Vars): string;
  /** The core's "Fortryd" / "Fortrudt.". */
  core(key: 'undo' | 'undone'): string;
  /** "tættest på" … for ring n of the current value. */
  ring(n: number): string;
  /** "ring 2, tæt på, venner": where a person is. */
  where(p: NetworkPerson, v: NetworkValue): string;
  /** Chooses a person (or none) and renders. */
  select(id?: string): void;
  /** Moves focus to `selector` after the next render. */
  focus(selector: string): void;
  /** Writes to the polite live region. */
  say(text: string): void;
  /** Re-renders when `p` (a lazily loaded part) arrives; `updateComplete` waits for it. */
  load(p: Promise<unknown>): void;
  update(): void;
  newId(): string;
}

/**
 * Moves a person to `place`. The sector changes only when sectors are on. Returns `v` itself
 * when nothing changes, so callers can tell "no move" apart. Drag, tap-then-tap and keyboard
 * all move through here, so they give identical values.
 */
export function moveNetworkPerson(v: NetworkValue, id: string, place: NetworkPlace): NetworkValue {
  const p = v.people.find((x) => x.id === id);
  if (!p) return v;
  const ring = Math.max(1, Math.min(v.rings, place.ring));
  const sector = v.sectors ? place.sector ?? networkSector(p) : p.sector;
  if (ring === p.ring && (sector === p.sector || (v.sectors && sector === networkSector(p)))) return v;
  const next: NetworkPerson = { ...p, ring };
  if (sector) next.sector = sector;
  return { ...v, people: v.people.map((x) => (x.id === id ? next : x)) };
}

/**
 * The place a key moves a person to: ArrowUp closer, ArrowDown farther away, Home the
 * closest ring, End the farthest; ArrowLeft/ArrowRight the previous/next sector (clockwise)
 * when sectors are on. null for other keys.
 */
export function networkKeyPlace(v: NetworkValue, p: NetworkPerson, key: string): NetworkPlace | null {
  const ring = { ArrowUp: p.ring - 1, ArrowDown: p.ring + 1, Home: 1, End: v.rings }[key];
  if (ring !== undefined) return { ring: Math.max(1, Math.min(v.rings, ring)) };
  const step = { ArrowLeft: -1, ArrowRight: 1 }[key];
  if (!step || !v.sectors) return null;
  return { ring: p.ring, sector: NETWORK_SECTORS[(NETWORK_SECTORS.indexOf(networkSector(p)) + step + 5) % 5] };
}

/** The place (ring, sector) at layout point (x, y); outside the circle counts as the outer ring. */
export function networkPlaceAt(l: NetworkLayout, v: NetworkValue, x: number, y: number): NetworkPlace {
  const r = Math.hypot(x, y);
  const i = l.radii.findIndex((ro) => r <= ro);
  const ring = i < 0 ? v.rings : i + 1;
  if (!v.sectors) return { ring };
  return { ring, sector: NETWORK_SECTORS[Math.floor(((Math.atan2(y, x) - A0 + 4 * Math.PI) % (2 * Math.PI)) / SLICE) % 5] };
}


/** SVG path of a place: the ring band (two circles, even-odd) or the band's wedge. */
export function networkPlacePath(l: NetworkLayout, place: NetworkPlace): string {
  const ro = l.radii[place.ring - 1];
  const ri = place.ring > 1 ? l.radii[place.ring - 2] : l.me;
  if (!place.sector) return [ro, ri].map((r) => `M${r} 0A${r} ${r} 0 1 1 ${-r} 0A${r} ${r} 0 1 1 ${r} 0Z`).join('');
  const a = A0 + NETWORK_SECTORS.indexOf(place.sector) * SLICE;
  const b = a + SLICE;
  return `M${pt(ri, a)}L${pt(ro, a)}A${ro} ${ro} 0 0 1 ${pt(ro, b)}L${pt(ri, b)}A${ri} ${ri} 0 0 0 ${pt(ri, a)}Z`;
}


const tokenOf = (e: Event) => (e.target as Element).closest?.<HTMLElement>('.tok') ?? null;
const btn = (d: string, text: unknown, go: () => void, cls = '') =>
  html`<button type="button" class="btn ${cls}" @click=${go}>${d ? icon(d) : nothing}${text}</button>`;
let formModule: typeof import('./network-circle.form.js') | undefined;
let loadingForms: Promise<unknown> | undefined;

/** One element's editing: moves, bars, list, undo, questions, facilitator controls, form. */
export class NetworkEditor {
  /** Removed people, so a removal can be undone (the person goes back in their place). */
  readonly undo = new UndoStack<{ p: NetworkPerson; i: number }>();
  /** The person in the form: '' for a new one, undefined while the form is closed. */
  editing: string | undefined;
  /** The form's error message. */
  err = '';
  #prompt = 0;
  #drag: { el: HTMLElement; id: string; x: number; y: number; on?: boolean; d?: string } | undefined;
  #noClick = false;

  constructor(readonly h: NetworkEditorHost) {}

  // ---- moves: drag, tap-then-tap and keys all end in #moveTo ----
  /** One input, one change, one announcement per move. */
  #moveTo(id: string, place: NetworkPlace): boolean {
    const { h } = this;
    const next = moveNetworkPerson(h.value, id, place);
    if (next === h.value || !h.set(next)) return false;
    const p = next.people.find((x) => x.id === id)!;
    h.say(h.tr('moved', { name: p.name, where: h.where(p, next) }));
    return true;
  }

  #placeFrom(e: MouseEvent): NetworkPlace | undefined {
    const r = this.h.root.querySelector('.box')!.getBoundingClientRect();
    const l = this.h.layout();
    const [x, y] = [((e.clientX - r.left) / r.width - 0.5) * l.size, ((e.clientY - r.top) / r.height - 0.5) * l.size];
    return Math.max(Math.abs(x), Math.abs(y)) > l.size / 2 ? undefined : networkPlaceAt(l, this.h.value, x, y);
  }

  /** The circle's pointer, click and key events. */
  on(e: Event): void {
    const { h } = this;
    const el = tokenOf(e);
    const d = this.#drag;
    if (h.ro) return;
    if (e instanceof KeyboardEvent) return this.#key(e, h.value.people.find((x) => x.id === el?.dataset.id));
    if (e.type === 'click') return this.#click(e as MouseEvent, el?.dataset.id);
    const pe = e as PointerEvent;
    if (e.type === 'pointerdown') {
      if (!el || pe.button) return;
      el.setPointerCapture(pe.pointerId);
      this.#drag = { el, id: el.dataset.id!, x: pe.clientX, y: pe.clientY };
    } else if (d && e.type === 'pointermove') {
      // While dragging, only the dragged token moves (a translate) and the place under it lights up.
      const [dx, dy] = [pe.clientX - d.x, pe.clientY - d.y];
      if (!d.on && dx * dx + dy * dy < 64) return;
      d.on = true;
      d.el.classList.add('drag');
      d.el.style.translate = `${dx}px ${dy}px`;
      const place = this.#placeFrom(pe);
      const path = place ? networkPlacePath(h.layout(), place) : '';
      if (path !== d.d) h.root.querySelector('.hl')!.setAttribute('d', (d.d = path));
    } else if (d && e.type !== 'pointermove') {
      // up, cancel, or lost capture: drop (a cancel puts the token back)
      this.#drag = undefined;
      d.el.classList.remove('drag');
      d.el.style.translate = '';
      h.root.querySelector('.hl')!.setAttribute('d', '');
      if (!d.on) return;
      this.#noClick = true; // the click that follows a drag is not a tap
      setTimeout(() => (this.#noClick = false));
      const place = e.type === 'pointerup' && this.#placeFrom(pe);
      if (place) this.#moveTo(d.id, place);
      h.select();
    }
  }

  #click(e: MouseEvent, id: string | undefined): void {
    const { h } = this;
    if (this.#noClick) return;
    if (id) {
      h.select(id === h.sel ? undefined : id);
      // from the keyboard (Enter/Space: no pointer), go on to the chosen person's buttons
      if (!e.detail && h.sel) h.focus('.selection .btn');
      return;
    }
    const place = h.sel && this.#placeFrom(e);
    if (place) {
      this.#moveTo(h.sel!, place);
      h.select();
    }
  }

  #key(e: KeyboardEvent, p: NetworkPerson | undefined): void {
    const { h } = this;
    const place = p && networkKeyPlace(h.value, p, e.key);
    if (!p) return;
    if (e.key === 'Escape') h.select();
    else if (e.key === 'Delete' || e.key === 'Backspace') this.remove(p);
    else if (!place) return;
    else if (this.#moveTo(p.id, place)) h.focus(`[data-id="${p.id}"]`);
    e.preventDefault();
  }

  // ---- remove, undo, form ----
  remove(p: NetworkPerson): void {
    const { h } = this;
    this.undo.push({ p, i: h.value.people.indexOf(p) }, p.name);
    h.select();
    h.set({ ...h.value, people: h.value.people.filter((x) => x !== p) });
    h.say(h.tr('removed', { name: p.name }));
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

  /** Opens the form for a person ('' = a new one), or closes it (undefined). */
  open(id: string | undefined): void {
    this.h.root.querySelector('dialog')?.close();
    this.editing = id;
    this.err = '';
    this.h.update();
  }

  // ---- rendering ----
  /** The add and view buttons. */
  toolbar() {
    const { h } = this;
    const list = h.view === 'list';
    return h.ro
      ? nothing
      : html`<div class="bar no-print" part="toolbar">
          ${btn(PLUS, h.tr('add'), () => this.open(''), 'primary')}
          ${list ? btn(CIRCLE, h.tr('circle'), () => h.setView('circle')) : btn(LIST, h.t('list'), () => h.setView('list'))}
          ${h.value.people.length ? nothing : html`<p class="note">${h.tr('empty')}</p>`}
        </div>`;
  }

  /** A question that helps fill in the circle, with a button for the next one. */
  prompt() {
    return html`<div class="bar prompt no-print" part="prompt">
      <p aria-live="polite">${this.question(this.#prompt)}</p>
      ${btn(NEXT, this.h.tr('nextPrompt'), () => (this.#prompt++, this.h.update()))}
    </div>`;
  }

  question(n: number): string {
    return this.h.tr(`p${(n % 7) + 1}` as 'p1');
  }

  /** The bar of the chosen person (edit, remove, done) and the undo bar. */
  bars() {
    const { h } = this;
    const sel = h.ro ? undefined : h.value.people.find((p) => p.id === h.sel);
    const bar = (cls: string, text: string, ...buttons: unknown[]) => html`<div class="bar ${cls} no-print" part=${cls}><p>${text}</p>${buttons}</div>`;
    return [
      sel
        ? bar(
            'selection',
            h.tr('selected', { name: sel.name }),
            btn(EDIT, h.tr('edit'), () => this.open(sel.id)),
            btn(REMOVE, h.tr('remove'), () => this.remove(sel)),
            btn('', h.tr('done'), () => (h.focus(`[data-id="${sel.id}"]`), h.select())),
          )
        : nothing,
      this.undo.canUndo && !h.ro ? bar('undo', h.tr('removed', { name: this.undo.label! }), btn('', h.core('undo'), () => this.#undo())) : nothing,
    ];
  }

  /** Who can help and is outside the substance environment (what the emergency plan gets first). */
  helpers() {
    const { h } = this;
    const names = supportPeople(h.value).filter((p) => !p.inSubstanceEnvironment);
    return h.shared ? nothing : html`<li><b>${h.tr('helpers')}</b> ${names.map((p) => p.name).join(', ') || h.tr('none')}</li>`;
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
              const named = (d: string, text: string, go: () => void) => btn(d, html`${text}<span class="vh"> ${name}</span>`, go, 'no-print');
              return html`<li>
                <span class="who">
                  ${p.symbol ? icon(SYMBOL_PATHS[p.symbol]) : nothing}<b>${name}</b>
                  ${v.sectors ? html`<span>${h.t(networkSector(p))}</span>` : nothing}
                  ${p.canHelp ? mark(HELP, h.t('canHelp')) : nothing} ${p.inSubstanceEnvironment ? mark(ENV, h.t('env')) : nothing}
                  ${p.phone && !h.shared ? html`<span>${h.tr('phone')}: ${p.phone}</span>` : nothing}
                  ${p.note && !h.shared ? html`<span class="pnote">${p.note}</span>` : nothing}
                </span>
                ${h.ro ? nothing : [named(EDIT, h.tr('edit'), () => this.open(p.id)), named(REMOVE, h.tr('remove'), () => this.remove(p))]}
              </li>`;
            })}
            ${here.length ? nothing : html`<li class="pnote">${h.tr('none')}</li>`}
          </ul>`;
      })}
    </div>`;
  }

  /** The facilitator's layout controls and all the questions (in the form part). */
  facilitator() {
    return this.#forms()?.renderFacilitator(this);
  }

  /** The form part, loaded on first use; undefined until then. */
  #forms() {
    const m = formModule;
    if (!m) this.h.load((loadingForms ??= import('./network-circle.form.js').then((x) => (formModule = x))));
    else {
      const r = this.h.root;
      if (!r.adoptedStyleSheets.includes(m.formStyles.styleSheet!)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, m.formStyles.styleSheet!];
    }
    return m;
  }

  /** The add/edit form while it is open. */
  form() {
    return this.editing === undefined ? nothing : this.#forms()?.renderForm(this, this.editing);
  }
}

export const editorStyles = css`
  .prompt,
  .selection,
  .undo,
  .fac {
    padding: 0.5rem 0.75rem;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .prompt,
  .fac {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .prompt p {
    font-size: 1.3em;
    font-weight: 700;
  }
  :host([surface='shared']) .prompt p {
    font-size: 2em;
  }
  .selection {
    border: 3px solid var(--_text);
  }
  .fac ul,
  .fac p {
    margin: 0;
  }
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
  select {
    min-block-size: var(--_target);
    font: inherit;
  }
  @media print {
    .list {
      display: block !important;
    }
  }
`;
