/**
 * The network circle's working part, loaded right after the circle is first drawn: moving
 * people (drag, tap-then-tap, keys), the toolbar, the chosen person's bar, removing with
 * undo and the questions. The add/edit form, the list and the facilitator's controls are a
 * further part (network-circle.panels.ts), fetched as soon as this one runs.
 */
import { css, html, nothing } from 'lit';
import { format, stringsFor, type Lang } from '../../core/localize.js';
import { UndoStack } from '../../core/undo.js';
import { CIRCLE, icon, LIST, NEXT, PLUS } from './network-circle.icons.js';
import { A0, pt, SLICE, type NetworkLayout } from './network-circle.layout.js';
import { NETWORK_SECTORS, networkSector, type NetworkPerson, type NetworkPlace, type NetworkValue, type NetworkView } from './network-circle.model.js';
import type { NetworkCircleStrings } from './network-circle.strings.js';
import { NETWORK_EDITOR_STRINGS, type NetworkEditorStrings } from './network-circle.editor.strings.js';

type Vars = Record<string, string | number>;

export const EDIT = 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4';
export const REMOVE = 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3';


/** The element as the lazy parts use it (its protected members made reachable). */
export interface NetworkElement extends HTMLElement {
  value: NetworkValue;
  view: NetworkView;
  readonly surface: string;
  readonly isDisabled: boolean;
  readonly activeLang: Lang;
  readonly renderRoot: ShadowRoot;
  strings?: Partial<Record<string, string>>;
  requestUpdate(): void;
  /** Sets the value as the user did (input + change); false when it was rejected. */
  setUserValue(v: NetworkValue): boolean;
  t(key: keyof NetworkCircleStrings & string, vars?: Vars): string;
  coreT(key: 'undo' | 'undone'): string;
  /** Re-renders when `p` (a lazily loaded part) arrives; `updateComplete` waits for it. */
  whenLoaded(p: Promise<unknown>): void;
}

/** What only the element knows: its private state. */
export interface NetworkEditorHost {
  /** The chosen person's id (tap-then-tap). */
  readonly sel: string | undefined;
  layout(): NetworkLayout;
  /** "tættest på" … for ring n of the current value. */
  ring(n: number): string;
  /** "ring 2, tæt på, Venner": where a person is. */
  where(p: NetworkPerson, v: NetworkValue): string;
  /** Chooses a person (or none) and renders. */
  select(id?: string): void;
  /** Moves focus to `selector` after the next render. */
  focus(selector: string): void;
  /** Writes to the polite live region. */
  say(text: string): void;
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
export const btn = (d: string, text: unknown, go: () => void, cls = '') =>
  html`<button type="button" class="btn ${cls}" @click=${go}>${d ? icon(d) : nothing}${text}</button>`;
let panels: typeof import('./network-circle.panels.js') | undefined;
let loadingPanels: Promise<unknown> | undefined;

/** One element's editing: moves, bars, undo, questions; and the panels once loaded. */
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

  constructor(
    readonly el: NetworkElement,
    readonly h: NetworkEditorHost,
  ) {
    this.#panels();
  }

  /** Disabled, or the shared screen: nothing can be changed. */
  get ro(): boolean {
    return this.el.isDisabled || this.el.surface === 'shared';
  }

  /** A string of this part in the element's language (host overrides first). */
  tr(key: keyof NetworkEditorStrings & string, vars?: Vars): string {
    const { strings, pending } = stringsFor(NETWORK_EDITOR_STRINGS, this.el.activeLang);
    if (pending) this.el.whenLoaded(pending);
    return format(this.el.strings?.[key] ?? strings?.[key] ?? NETWORK_EDITOR_STRINGS.da[key], vars);
  }

  // ---- moves: drag, tap-then-tap and keys all end in #moveTo ----
  /** One input, one change, one announcement per move. */
  #moveTo(id: string, place: NetworkPlace): boolean {
    const { el } = this;
    const next = moveNetworkPerson(el.value, id, place);
    if (next === el.value || !el.setUserValue(next)) return false;
    const p = next.people.find((x) => x.id === id)!;
    this.h.say(this.tr('moved', { name: p.name, where: this.h.where(p, next) }));
    return true;
  }

  #placeFrom(e: MouseEvent): NetworkPlace | undefined {
    const r = this.el.renderRoot.querySelector('.box')!.getBoundingClientRect();
    const l = this.h.layout();
    const [x, y] = [((e.clientX - r.left) / r.width - 0.5) * l.size, ((e.clientY - r.top) / r.height - 0.5) * l.size];
    return Math.max(Math.abs(x), Math.abs(y)) > l.size / 2 ? undefined : networkPlaceAt(l, this.el.value, x, y);
  }

  /** The circle's pointer, click and key events. */
  on(e: Event): void {
    const { h } = this;
    const tok = tokenOf(e);
    const d = this.#drag;
    const hl = this.el.renderRoot.querySelector('.hl')!;
    if (this.ro) return;
    if (e instanceof KeyboardEvent) return this.#key(e, this.el.value.people.find((x) => x.id === tok?.dataset.id));
    if (e.type === 'click') return this.#click(e as MouseEvent, tok?.dataset.id);
    const pe = e as PointerEvent;
    if (e.type === 'pointerdown') {
      if (!tok || pe.button) return;
      tok.setPointerCapture(pe.pointerId);
      this.#drag = { el: tok, id: tok.dataset.id!, x: pe.clientX, y: pe.clientY };
    } else if (d && e.type === 'pointermove') {
      // While dragging, only the dragged token moves (a translate) and the place under it lights up.
      const [dx, dy] = [pe.clientX - d.x, pe.clientY - d.y];
      if (!d.on && dx * dx + dy * dy < 64) return;
      d.on = true;
      d.el.classList.add('drag');
      d.el.style.translate = `${dx}px ${dy}px`;
      const place = this.#placeFrom(pe);
      const path = place ? networkPlacePath(h.layout(), place) : '';
      if (path !== d.d) hl.setAttribute('d', (d.d = path));
    } else if (d && e.type !== 'pointermove') {
      // up, cancel, or lost capture: drop (a cancel puts the token back)
      this.#drag = undefined;
      d.el.classList.remove('drag');
      d.el.style.translate = '';
      hl.setAttribute('d', '');
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
    const place = p && networkKeyPlace(this.el.value, p, e.key);
    if (!p) return;
    if (e.key === 'Escape') this.h.select();
    else if (e.key === 'Delete' || e.key === 'Backspace') this.remove(p);
    else if (!place) return;
    else if (this.#moveTo(p.id, place)) this.h.focus(`[data-id="${p.id}"]`);
    e.preventDefault();
  }

  // ---- remove, undo, form ----
  remove(p: NetworkPerson): void {
    const { el, h } = this;
    this.undo.push({ p, i: el.value.people.indexOf(p) }, p.name);
    h.select();
    el.setUserValue({ ...el.value, people: el.value.people.filter((x) => x !== p) });
    h.say(this.tr('removed', { name: p.name }));
    h.focus('.undo .btn');
  }

  #undo(): void {
    const { el, h } = this;
    const last = this.undo.pop();
    const v = el.value;
    if (last && !v.people.some((x) => x.id === last.p.id)) {
      const people = [...v.people];
      people.splice(last.i, 0, { ...last.p, ring: Math.min(last.p.ring, v.rings) });
      el.setUserValue({ ...v, people });
      h.say(el.coreT('undone'));
      h.focus(`[data-id="${last.p.id}"]`);
    }
    el.requestUpdate();
  }

  /** Opens the form for a person ('' = a new one), or closes it (undefined). */
  open(id: string | undefined): void {
    this.el.renderRoot.querySelector('dialog')?.close();
    this.editing = id;
    this.err = '';
    this.el.requestUpdate();
  }

  // ---- rendering ----
  /** The add and view buttons. */
  toolbar() {
    const { el } = this;
    return this.ro
      ? nothing
      : html`<div class="bar no-print" part="toolbar">
          ${btn(PLUS, this.tr('add'), () => this.open(''), 'primary')}
          ${el.view === 'list' ? btn(CIRCLE, this.tr('circle'), () => (el.view = 'circle')) : btn(LIST, el.t('list'), () => (el.view = 'list'))}
          ${el.value.people.length ? nothing : html`<p class="note">${this.tr('empty')}</p>`}
        </div>`;
  }

  /** A question that helps fill in the circle, with a button for the next one. */
  prompt() {
    return html`<div class="bar prompt no-print" part="prompt">
      <p aria-live="polite">${this.question(this.#prompt)}</p>
      ${btn(NEXT, this.tr('nextPrompt'), () => (this.#prompt++, this.el.requestUpdate()))}
    </div>`;
  }

  question(n: number): string {
    return this.tr(`p${(n % 7) + 1}` as 'p1');
  }

  /** The bar of the chosen person (edit, remove, done) and the undo bar. */
  bars() {
    const { el, h } = this;
    const sel = this.ro ? undefined : el.value.people.find((p) => p.id === h.sel);
    const bar = (cls: string, text: string, ...buttons: unknown[]) => html`<div class="bar ${cls} no-print" part=${cls}><p>${text}</p>${buttons}</div>`;
    return [
      sel
        ? bar(
            'selection',
            this.tr('selected', { name: sel.name }),
            btn(EDIT, this.tr('edit'), () => this.open(sel.id)),
            btn(REMOVE, this.tr('remove'), () => this.remove(sel)),
            btn('', this.tr('done'), () => (h.focus(`[data-id="${sel.id}"]`), h.select())),
          )
        : nothing,
      this.undo.canUndo && !this.ro ? bar('undo', this.tr('removed', { name: this.undo.label! }), btn('', el.coreT('undo'), () => this.#undo())) : nothing,
    ];
  }

  /** Who can help and is outside the substance environment (what the emergency plan gets first). */
  helpers() {
    return this.#panels()?.renderHelpers(this);
  }

  /** The panels part (form, list, facilitator controls), loaded once per page. */
  #panels() {
    const m = panels;
    const r = this.el.renderRoot;
    if (!m) this.el.whenLoaded((loadingPanels ??= import('./network-circle.panels.js').then((x) => (panels = x))));
    else if (!r.adoptedStyleSheets.includes(m.panelStyles.styleSheet!)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, m.panelStyles.styleSheet!];
    return m;
  }

  /** Everyone as a list, ring by ring: the list view, and the list under the circle on paper. */
  list() {
    return this.#panels()?.renderList(this);
  }

  /** The facilitator's layout controls and all the questions. */
  facilitator() {
    return this.#panels()?.renderFacilitator(this);
  }

  /** The add/edit form while it is open. */
  form() {
    return this.editing === undefined ? nothing : this.#panels()?.renderForm(this, this.editing);
  }
}

export const editorStyles = css`
  .prompt,
  .selection,
  .undo {
    padding: 0.5rem 0.75rem;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .prompt {
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
`;
