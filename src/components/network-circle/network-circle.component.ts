import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { GkFormElement } from '../../core/form-element.js';
import { createId } from '../../core/id.js';
import { format, stringsFor, type Table } from '../../core/localize.js';
import { supportPeople } from '../../core/people.js';
import { styleVars } from '../../core/style-vars.js';
import { base, tokens } from '../../core/styles.js';
import { ok } from '../../core/validation.js';
import type { NetworkEditor } from './network-circle.editor.js';
import type { NetworkEditorStrings } from './network-circle.editor.strings.js';
import { CIRCLE, ENV, HELP, icon, LIST, NEXT, PLUS, SYMBOL_PATHS } from './network-circle.icons.js';
import { layoutNetwork, networkPlaceAt, networkPlacePath, networkSectorLines, type NetworkLayout } from './network-circle.layout.js';
import {
  checkNetworkValue,
  emptyNetwork,
  moveNetworkPerson,
  NETWORK_SECTORS,
  NETWORK_VIEWS,
  networkInitials,
  networkKeyPlace,
  networkOrder,
  networkSector,
  type NetworkPerson,
  type NetworkPlace,
  type NetworkValue,
  type NetworkView,
  type RingCount,
} from './network-circle.model.js';
import { NETWORK_CIRCLE_STRINGS, type NetworkCircleStrings } from './network-circle.strings.js';
import { networkCircleStyles } from './network-circle.styles.js';

type Strings = NetworkCircleStrings & NetworkEditorStrings;
type Key = keyof NetworkCircleStrings & string;

// The lazily loaded part (form, list, undo, facilitator controls), once per page.
let editor: typeof import('./network-circle.editor.js') | undefined;
let loading: Promise<unknown> | undefined;
const tokenOf = (e: Event) => (e.target as Element).closest?.<HTMLElement>('.tok') ?? null;

/**
 * The network circle (netværkscirkel): the participant in the centre, the people around them
 * in two to four rings by closeness and, optionally, in five sectors (familie, venner,
 * arbejde/skole, fagpersoner, andre). Each person is a token with a nickname or initials, an
 * optional symbol and two marks, shown by icon and shape, never by colour alone: "kan hjælpe i
 * svære situationer" (a lifebuoy and a thick edge; helpers outside the substance environment
 * are also filled, so they stand out) and "en del af miljøet med rusmidler" (a capsule and a
 * dashed edge).
 *
 * A person is placed or moved in three ways that give the same value and the same events
 * (one `input` and one `change` per move): drag the token; tap the token, then tap the place
 * (no dragging needed); or focus the token and use the keys (arrow up: closer, arrow down:
 * farther away, arrow left/right: another sector, Home/End: the closest/farthest ring). Every
 * move is announced in the active language. Delete removes a person; a removal can be undone.
 *
 * Tokens never cover each other: the layout spreads them within their ring and sector, gives
 * crowded rings more room and makes tokens smaller when needed; whoever still does not fit is
 * in the list view (`view="list"`), which also prints under the circle on an A4 copy. The
 * form, the list and the facilitator's controls are a part that loads on first use.
 *
 * **Value** (plain JSON, see `NetworkValue`): `{ version: 1, rings: 2|3|4, sectors: boolean,
 * people: [{ id, name, ring, sector?, symbol?, canHelp, inSubstanceEnvironment, phone?, note? }] }`.
 *
 * **For the emergency plan**: `supportPeople(circle.value)` (exported by this entry and the
 * core) gives the people marked "kan hjælpe" as `SupportPerson` records
 * `{ id, name, phone?, inSubstanceEnvironment?, sector? }`, people outside the substance
 * environment first; `<gk-emergency-plan>` takes that list as its `people` property.
 *
 * @summary The network circle (netværkscirkel): who is close, and who can help.
 * @tag gk-network-circle
 *
 * @event input - A person was added, changed, moved or removed, a removal undone, or the layout changed. Native `Event`.
 * @event change - Fired with every `input`: each of those user changes is committed at once. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart toolbar - The add and view buttons.
 * @csspart prompt - The question that helps fill in the circle.
 * @csspart selection - The bar shown while a person is chosen.
 * @csspart undo - The bar that undoes a removal.
 * @csspart note - A notice (people who do not fit in the circle).
 * @csspart circle - The drawing with the rings and tokens.
 * @csspart token - Each person's token.
 * @csspart legend - What the marks mean, and who can help.
 * @csspart list - The list view (also printed).
 * @csspart dialog - The add/edit form.
 * @csspart facilitator - The facilitator's layout controls and questions.
 *
 * @cssproperty --gk-network-circle-size - Largest width of the circle (default 48rem).
 * @cssproperty --gk-color-accent - Tokens of helpers outside the substance environment.
 * @cssproperty --gk-target-size - Minimum touch target (never below 44px).
 */
export class GkNetworkCircle extends GkFormElement<NetworkValue, Strings> {
  static override styles = [tokens, base, networkCircleStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    rings: { type: Number },
    sectors: { type: Boolean },
  };
  static override enums = { ...GkFormElement.enums, view: NETWORK_VIEWS };
  static override enumDefaults = { ...GkFormElement.enumDefaults, view: 'circle' };

  /** `circle` (default) or `list`: everyone as a list (for many people, or by preference). */
  declare view: NetworkView;
  /** Number of rings of a new, empty circle: 2, 3 (default) or 4. A value brings its own. */
  declare rings: number | undefined;
  /** Whether a new, empty circle has the five sectors. A value brings its own. */
  declare sectors: boolean;

  // The lazy part's strings have their own table; `strings` overrides both.
  protected readonly table = NETWORK_CIRCLE_STRINGS as Table<Strings>;
  #ed: NetworkEditor | undefined;
  #sel: string | undefined;
  #msg = '';
  #prompt = 0;
  #size = 720;
  #layout: NetworkLayout | undefined;
  #layoutFor: unknown[] = [];
  #drag: { el: HTMLElement; id: string; x: number; y: number; on?: boolean; d?: string } | undefined;
  #noClick = false;
  #focus: string | undefined;

  constructor() {
    super();
    this.view = 'circle';
    this.sectors = false;
  }

  protected checkValue(v: unknown) {
    return v === null || v === undefined ? ok(this.emptyValue()) : checkNetworkValue(v);
  }
  protected emptyValue(): NetworkValue {
    return emptyNetwork(([2, 3, 4].includes(this.rings!) ? this.rings : 3) as RingCount, !!this.sectors);
  }
  protected override isEmpty(v: NetworkValue): boolean {
    return !v.people.length;
  }

  /** The current value. Assigning one also forgets the undo history. */
  override get value(): NetworkValue {
    return super.value;
  }
  override set value(v: NetworkValue) {
    super.value = v;
    this.#ed?.undo.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('rings') || changed.has('sectors')) {
      if (this.rings != null && ![2, 3, 4].includes(this.rings)) {
        this.reportInvalid('rings', 'must be 2, 3 or 4');
        this.rings = changed.get('rings') as number | undefined;
      } else if (!this.value.people.length && !this.defaultValue.people.length) {
        this.defaultValue = this.emptyValue();
      }
    }
    super.willUpdate(changed);
  }

  protected override firstUpdated(): void {
    // The layout is computed for the drawn width (up to 720 units, then scaled up), so
    // tokens keep 44 px targets on a phone and grow on a smartboard.
    new ResizeObserver(([e]) => {
      const w = e.contentRect.width;
      const size = w >= 720 ? 720 : Math.max(240, Math.floor(w / 20) * 20);
      if (w && size !== this.#size) {
        this.#size = size;
        this.requestUpdate();
      }
    }).observe(this.renderRoot.querySelector('.box')!);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dlg = this.renderRoot.querySelector('dialog');
    if (dlg && !dlg.open) dlg.showModal();
    if (this.#focus) this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  get #ro(): boolean {
    return this.isDisabled || this.surface === 'shared';
  }

  #lay(): NetworkLayout {
    const key = [this.value, this.#size, this.surface === 'shared', ...NETWORK_SECTORS.map((s) => this.t(s))];
    if (key.some((k, i) => k !== this.#layoutFor[i])) {
      this.#layoutFor = key;
      this.#layout = layoutNetwork(this.value, { size: this.#size, labels: key.slice(3).map((s) => (s as string).length), names: !key[2] });
    }
    return this.#layout!;
  }

  #ring(n: number, v = this.value): string {
    return this.t(`ring${v.rings === 2 && n === 2 ? 3 : n}` as Key);
  }

  #where(p: NetworkPerson, v = this.value): string {
    return this.t('where', { n: p.ring, ring: this.#ring(p.ring, v) }) + (v.sectors ? `, ${this.t(networkSector(p))}` : '');
  }

  #select(id?: string): void {
    this.#sel = id;
    this.requestUpdate();
  }

  /** The form, list, undo and facilitator controls, loaded on first use; undefined while loading. */
  #editor(): NetworkEditor | undefined {
    const m = editor;
    if (!m) {
      this.whenLoaded((loading ??= import('./network-circle.editor.js').then((x) => (editor = x))));
    } else if (!this.#ed) {
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.editorStyles.styleSheet!];
      const self = this;
      this.#ed = new m.NetworkEditor({
        root,
        get value() {
          return self.value;
        },
        get ro() {
          return self.#ro;
        },
        get shared() {
          return self.surface === 'shared';
        },
        set: (v) => this.setUserValue(v),
        t: (k, vars) => this.t(k, vars),
        tr: (k, vars) => {
          const { strings, pending } = stringsFor(m.NETWORK_EDITOR_STRINGS, this.activeLang);
          if (pending) this.whenLoaded(pending);
          return format(this.strings?.[k] ?? strings?.[k] ?? m.NETWORK_EDITOR_STRINGS.da[k], vars);
        },
        core: (k) => this.coreT(k),
        ring: (n) => this.#ring(n),
        select: (id) => this.#select(id),
        focus: (s) => (this.#focus = s),
        say: (text) => (this.#msg = text),
        update: () => this.requestUpdate(),
        newId: () => createId('p'),
      });
    }
    return this.#ed;
  }

  /** Every move (drag, tap-then-tap, keys) comes here: one input, one change, one announcement. */
  #moveTo(id: string, place: NetworkPlace): boolean {
    const next = moveNetworkPerson(this.value, id, place);
    if (next === this.value || !this.setUserValue(next)) return false;
    const p = next.people.find((x) => x.id === id)!;
    this.#msg = this.t('moved', { name: p.name, where: this.#where(p, next) });
    return true;
  }

  #placeFrom(e: MouseEvent): NetworkPlace | undefined {
    const r = this.renderRoot.querySelector('.box')!.getBoundingClientRect();
    const l = this.#lay();
    const [x, y] = [((e.clientX - r.left) / r.width - 0.5) * l.size, ((e.clientY - r.top) / r.height - 0.5) * l.size];
    return Math.max(Math.abs(x), Math.abs(y)) > l.size / 2 ? undefined : networkPlaceAt(l, this.value, x, y);
  }

  #onDown(e: PointerEvent): void {
    const el = tokenOf(e);
    if (!el || this.#ro || e.button) return;
    el.setPointerCapture(e.pointerId);
    this.#drag = { el, id: el.dataset.id!, x: e.clientX, y: e.clientY };
  }

  /** While dragging, only the dragged token moves (a translate) and the place under it lights up. */
  #onMove(e: PointerEvent): void {
    const d = this.#drag;
    const [dx, dy] = d ? [e.clientX - d.x, e.clientY - d.y] : [0, 0];
    if (!d || (!d.on && dx * dx + dy * dy < 64)) return;
    d.on = true;
    d.el.classList.add('drag');
    d.el.style.translate = `${dx}px ${dy}px`;
    const place = this.#placeFrom(e);
    const path = place ? networkPlacePath(this.#lay(), place) : '';
    if (path !== d.d) this.renderRoot.querySelector('.hl')!.setAttribute('d', (d.d = path));
  }

  #onUp(e: PointerEvent): void {
    const d = this.#drag;
    if (!d) return;
    this.#drag = undefined;
    d.el.classList.remove('drag');
    d.el.style.translate = '';
    this.renderRoot.querySelector('.hl')!.setAttribute('d', '');
    if (!d.on) return;
    // the click that follows the drag is not a tap
    this.#noClick = true;
    setTimeout(() => (this.#noClick = false));
    const place = e.type === 'pointerup' && this.#placeFrom(e);
    if (place) this.#moveTo(d.id, place);
    this.#select();
  }

  #onClick(e: MouseEvent): void {
    if (this.#ro || this.#noClick) return;
    const id = tokenOf(e)?.dataset.id;
    if (id) {
      this.#select(id === this.#sel ? undefined : id);
      // from the keyboard (Enter/Space: no pointer), go on to the chosen person's buttons
      if (!e.detail && this.#sel) this.#focus = '.selection .btn';
      return;
    }
    const place = this.#sel && this.#placeFrom(e);
    if (place) {
      this.#moveTo(this.#sel!, place);
      this.#select();
    }
  }

  #onKey(e: KeyboardEvent): void {
    const p = this.value.people.find((x) => x.id === tokenOf(e)?.dataset.id);
    if (!p || this.#ro) return;
    const place = networkKeyPlace(this.value, p, e.key);
    if (e.key === 'Escape') this.#select();
    else if (e.key === 'Delete' || e.key === 'Backspace') this.#ed?.remove(p);
    else if (!place) return;
    else if (this.#moveTo(p.id, place)) this.#focus = `[data-id="${p.id}"]`;
    e.preventDefault();
  }

  protected override render() {
    const v = this.value;
    const ro = this.#ro;
    const shared = this.surface === 'shared';
    const l = this.#lay();
    const S = l.size;
    const list = this.view === 'list';
    const ed = !ro || list || l.hidden.length ? this.#editor() : undefined;
    const t = this.t.bind(this);
    const btn = (d: string, text: string, go: () => void, cls = '') => html`<button type="button" class="btn ${cls}" @click=${go}>${icon(d)}${text}</button>`;
    const note = (text: string, ...more: unknown[]) => html`<div class="bar note no-print" part="note"><p>${text}</p>${more}</div>`;
    return html`<div class="nc" part="base">
      ${ro
        ? nothing
        : html`<div class="bar no-print" part="toolbar">
            ${btn(PLUS, t('add'), () => this.#ed?.open(''), 'primary')}
            ${list ? btn(CIRCLE, t('circle'), () => (this.view = 'circle')) : btn(LIST, t('list'), () => (this.view = 'list'))}
          </div>`}
      ${this.surface === 'facilitator'
        ? ed?.facilitator()
        : html`<div class="bar prompt no-print" part="prompt">
            <p aria-live="polite">${t(`p${(this.#prompt % 7) + 1}` as Key)}</p>
            ${btn(NEXT, t('nextPrompt'), () => (this.#prompt++, this.requestUpdate()))}
          </div>`}
      ${ed?.bars(ro ? undefined : v.people.find((p) => p.id === this.#sel))}
      ${v.people.length || ro ? nothing : note(t('empty'))}
      ${l.hidden.length && !list ? note(t('hidden'), btn(LIST, t('list'), () => (this.view = 'list'))) : nothing}
      <div
        class="box ${l.max < 50 ? 'compact' : ''}"
        part="circle"
        role="group"
        aria-label=${t('title')}
        ${styleVars({ '--v': S })}
        @pointerdown=${this.#onDown}
        @pointermove=${this.#onMove}
        @pointerup=${this.#onUp}
        @pointercancel=${this.#onUp}
        @lostpointercapture=${this.#onUp}
        @click=${this.#onClick}
        @keydown=${this.#onKey}
      >
        <svg viewBox="${-S / 2} ${-S / 2} ${S} ${S}" aria-hidden="true">
          ${l.radii.map((_, i, a) => svg`<circle class="r${(a.length - i) % 2}" r=${a[a.length - 1 - i]}></circle>`)}
          ${v.sectors ? svg`<path class="line" d=${networkSectorLines(l)}></path>` : nothing}
          <path class="hl" d=""></path>
          <circle class="me" r=${l.me}></circle>
          <text class="me" dy="0.35em">${t('me')}</text>
          ${v.sectors ? l.labels.map((b, k) => svg`<text x=${b.x} y=${b.y} dy="0.35em">${t(NETWORK_SECTORS[k])}</text>`) : nothing}
        </svg>
        ${repeat(
          networkOrder(v),
          (p) => p.id,
          (p, i) => {
            const b = l.boxes[p.id];
            const name = shared ? t('person', { n: i + 1 }) : p.name;
            return b
              ? html`<button
                  type="button"
                  part="token"
                  class="tok ${p.canHelp ? 'help' : ''} ${p.inSubstanceEnvironment ? 'env' : ''}"
                  data-id=${p.id}
                  aria-pressed=${p.id === this.#sel}
                  aria-describedby="keys"
                  ?disabled=${ro}
                  ${styleVars({ '--x': b.x - b.w / 2 + S / 2, '--y': b.y - b.h / 2 + S / 2, '--w': b.w, '--h': b.h })}
                >
                  ${p.symbol ? icon(SYMBOL_PATHS[p.symbol]) : nothing}<span class="nm" aria-hidden="true">${shared ? '' : l.max < 50 ? networkInitials(name) : name}</span
                  >${p.canHelp ? icon(HELP) : nothing}${p.inSubstanceEnvironment ? icon(ENV) : nothing}<span class="vh"
                    >${[name, this.#where(p), p.canHelp && t('canHelp'), p.inSubstanceEnvironment && t('env')].filter(Boolean).join(', ')}</span
                  >
                </button>`
              : nothing;
          },
        )}
      </div>
      <p id="keys" class="vh">${t('keys')} ${v.sectors ? t('keysSectors') : ''}</p>
      <ul class="legend" part="legend">
        <li><span class="tok help">${icon(HELP)}</span>${t('canHelp')}</li>
        <li><span class="tok env">${icon(ENV)}</span>${t('env')}</li>
        ${shared
          ? nothing
          : html`<li>
              <b>${t('helpers')}</b>
              ${supportPeople(v)
                .filter((p) => !p.inSubstanceEnvironment)
                .map((p) => p.name)
                .join(', ') || t('none')}
            </li>`}
      </ul>
      ${ed?.list()} ${ed?.form()}
      <p class="vh" role="status">${this.#msg}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-network-circle': GkNetworkCircle;
  }
}
