/**
 * The network circle's working part, loaded right after the circle is first drawn: moving
 * people (drag, tap-then-tap, keys), the toolbar, the chosen person's bar, removing with
 * undo and the questions. The add/edit form, the list and the facilitator's controls are a
 * further part (network-circle.panels.ts), fetched as soon as this one runs.
 */
import { css, html, nothing } from 'lit';
import { UndoStack } from '../../core/undo.js';
import type { GkNetworkCircle } from './network-circle.component.js';
import { CIRCLE, LIST, NEXT, PLUS } from './network-circle.icons.js';
import { A0, pt, SLICE, type NetworkLayout } from './network-circle.layout.js';
import { NETWORK_SECTORS, networkSector, type NetworkPerson, type NetworkPlace, type NetworkValue } from './network-circle.model.js';
import { bar, btn, lazy, placeName } from './network-circle.shared.js';
import { NETWORK_EDITOR_STRINGS, type NetworkEditorStrings } from './network-circle.editor.strings.js';

export const EDIT = 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4';
export const REMOVE = 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3';

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
const panelsPart = lazy(() => import('./network-circle.panels.js'));

/** One element's editing: moves, bars, undo, questions; and the panels once loaded. */
export class NetworkEditor {
  /** Removed people, so a removal can be undone (the person goes back in their place). */
  readonly undo = new UndoStack<{ p: NetworkPerson; i: number }>();
  /** The person in the form: '' for a new one, undefined while the form is closed. */
  editing: string | undefined;
  /** The form's error message. */
  err = '';
  /** The chosen person's id (tap-then-tap). */
  sel: string | undefined;
  /** What the polite live region says. */
  msg = '';
  #focus: string | undefined;
  #prompt = 0;
  #drag: { el: HTMLElement; id: string; x: number; y: number; on?: boolean; d?: string } | undefined;
  #noClick = false;

  constructor(readonly el: GkNetworkCircle) {
    el.adoptStyles(editorStyles);
    this.#panels();
  }

  /** Disabled, or the shared screen: nothing can be changed. */
  get ro(): boolean {
    return this.el.isDisabled || this.el.surface === 'shared';
  }

  /** A string of this part in the element's language (host overrides first). */
  tr(key: keyof NetworkEditorStrings & string, vars?: Record<string, string | number>): string {
    return this.el.tIn(NETWORK_EDITOR_STRINGS, key, vars);
  }

  /** Chooses a person (or none) and renders. */
  select(id?: string): void {
    this.sel = id;
    this.el.requestUpdate();
  }

  /** Moves focus to `selector` after the next render. */
  focus(selector: string): void {
    this.#focus = selector;
  }

  /** Writes to the polite live region (shown with the next render). */
  say(text: string): void {
    this.msg = text;
  }

  /** After each render of the element: opens the form's dialog, moves focus where asked. */
  updated(): void {
    const r = this.el.renderRoot;
    const dlg = r.querySelector('dialog');
    if (dlg && !dlg.open) dlg.showModal();
    if (this.#focus) r.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  // ---- moves: drag, tap-then-tap and keys all end in #moveTo ----
  /** One input, one change, one announcement per move. */
  #moveTo(id: string, place: NetworkPlace): boolean {
    const { el } = this;
    const next = moveNetworkPerson(el.value, id, place);
    if (next === el.value || !el.setUserValue(next)) return false;
    const p = next.people.find((x) => x.id === id)!;
    this.say(this.tr('moved', { name: p.name, where: placeName(el, p, next) }));
    return true;
  }

  #placeFrom(e: MouseEvent, l: NetworkLayout): NetworkPlace | undefined {
    const r = this.el.renderRoot.querySelector('.box')!.getBoundingClientRect();
    const [x, y] = [((e.clientX - r.left) / r.width - 0.5) * l.size, ((e.clientY - r.top) / r.height - 0.5) * l.size];
    return Math.max(Math.abs(x), Math.abs(y)) > l.size / 2 ? undefined : networkPlaceAt(l, this.el.value, x, y);
  }

  /** The circle's pointer, click and key events; `l` is the layout as drawn. */
  on(e: Event, l: NetworkLayout): void {
    const tok = tokenOf(e);
    const d = this.#drag;
    const hl = this.el.renderRoot.querySelector('.hl')!;
    if (this.ro) return;
    if (e instanceof KeyboardEvent) return this.#key(e, this.el.value.people.find((x) => x.id === tok?.dataset.id));
    if (e.type === 'click') return this.#click(e as MouseEvent, l, tok?.dataset.id);
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
      const place = this.#placeFrom(pe, l);
      const path = place ? networkPlacePath(l, place) : '';
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
      const place = e.type === 'pointerup' && this.#placeFrom(pe, l);
      if (place) this.#moveTo(d.id, place);
      this.select();
    }
  }

  #click(e: MouseEvent, l: NetworkLayout, id: string | undefined): void {
    if (this.#noClick) return;
    if (id) {
      this.select(id === this.sel ? undefined : id);
      // from the keyboard (Enter/Space: no pointer), go on to the chosen person's buttons
      if (!e.detail && this.sel) this.focus('.selection .btn');
      return;
    }
    const place = this.sel && this.#placeFrom(e, l);
    if (place) {
      this.#moveTo(this.sel!, place);
      this.select();
    }
  }

  #key(e: KeyboardEvent, p: NetworkPerson | undefined): void {
    const place = p && networkKeyPlace(this.el.value, p, e.key);
    if (!p) return;
    if (e.key === 'Escape') this.select();
    else if (e.key === 'Delete' || e.key === 'Backspace') this.remove(p);
    else if (!place) return;
    else if (this.#moveTo(p.id, place)) this.focus(`[data-id="${p.id}"]`);
    e.preventDefault();
  }

  // ---- remove, undo, form ----
  remove(p: NetworkPerson): void {
    const { el } = this;
    this.undo.push({ p, i: el.value.people.indexOf(p) }, p.name);
    this.select();
    el.setUserValue({ ...el.value, people: el.value.people.filter((x) => x !== p) });
    this.say(this.tr('removed', { name: p.name }));
    this.focus('.undo .btn');
  }

  #undo(): void {
    const { el } = this;
    const last = this.undo.pop();
    const v = el.value;
    if (last && !v.people.some((x) => x.id === last.p.id)) {
      const people = [...v.people];
      people.splice(last.i, 0, { ...last.p, ring: Math.min(last.p.ring, v.rings) });
      el.setUserValue({ ...v, people });
      this.say(el.coreT('undone'));
      this.focus(`[data-id="${last.p.id}"]`);
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
  /** Above the circle: the toolbar; the facilitator's controls or a question; the bars. */
  top() {
    return [this.toolbar(), this.el.surface === 'facilitator' ? this.#panels()?.renderFacilitator(this) : this.prompt(), this.bars()];
  }

  /** How the keys move a person (the tokens' description). */
  keys() {
    return html`<p id="keys" class="vh">${this.tr('keys')} ${this.el.value.sectors ? this.tr('keysSectors') : ''}</p>`;
  }

  /** Below the circle: the list (the list view, and on paper) and the form while it is open. */
  bottom() {
    const m = this.#panels();
    return [m?.renderList(this), this.editing === undefined ? nothing : m?.renderForm(this, this.editing)];
  }

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
    return html`<div class="bar note prompt no-print" part="prompt">
      <p aria-live="polite">${this.question(this.#prompt)}</p>
      ${btn(NEXT, this.tr('nextPrompt'), () => (this.#prompt++, this.el.requestUpdate()))}
    </div>`;
  }

  question(n: number): string {
    return this.tr(`p${(n % 7) + 1}` as 'p1');
  }

  /** The bar of the chosen person (edit, remove, done) and the undo bar. */
  bars() {
    const { el } = this;
    const sel = this.ro ? undefined : el.value.people.find((p) => p.id === this.sel);
    return [
      sel
        ? bar(
            'selection',
            this.tr('selected', { name: sel.name }),
            btn(EDIT, this.tr('edit'), () => this.open(sel.id)),
            btn(REMOVE, this.tr('remove'), () => this.remove(sel)),
            btn('', this.tr('done'), () => (this.focus(`[data-id="${sel.id}"]`), this.select())),
          )
        : nothing,
      this.undo.canUndo && !this.ro ? bar('undo', this.tr('removed', { name: this.undo.label! }), btn('', el.coreT('undo'), () => this.#undo())) : nothing,
    ];
  }

  /** Who can help and is outside the substance environment (what the emergency plan gets first). */
  helpers() {
    return this.#panels()?.renderHelpers(this);
  }

  /** The panels part (form, list, facilitator controls), loaded once per page; its styles join the element's. */
  #panels() {
    const m = panelsPart(this.el);
    if (m) {
      this.el.adoptStyles(m.fields);
      this.el.adoptStyles(m.panelStyles);
    }
    return m;
  }
}

/** The bars (on top of the circle's boxed `.note`), the chosen and the dragged token, the place under a drag. */
export const editorStyles = css`
  .prompt {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .prompt p {
    font-size: 1.3em;
    font-weight: 700;
  }
  :host([surface='shared']) .prompt p {
    font-size: 1.5em;
  }
  .selection {
    border: 3px solid var(--_text);
  }
  .tok[aria-pressed='true'] {
    outline: 4px solid var(--_text);
    outline-offset: 3px;
    z-index: 1;
  }
  .drag {
    z-index: 2;
    cursor: grabbing;
    box-shadow: 0 6px 16px #0006;
  }
  .hl {
    fill: var(--_accent);
    fill-opacity: 0.3;
    stroke: var(--_accent);
    stroke-width: 4;
  }
  @media (forced-colors: active) {
    .hl {
      fill: Highlight;
    }
  }
`;
