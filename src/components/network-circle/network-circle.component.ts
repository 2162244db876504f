import { html, nothing, svg, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { checkProperties, type GkPropertyDeclarations } from '../../core/checked.js';
import { GkFormElement } from '../../core/form-element.js';
import { styleVars } from '../../core/style-vars.js';
import { controls } from '../../core/controls.js';
import { icons } from '../../core/icons.js';
import { palette } from '../../core/palette.js';
import { base, tokens } from '../../core/styles.js';
import { ok } from '../../core/validation.js';
import type { NetworkEditor } from './network-circle.editor.js';
import type { NetworkEditorStrings } from './network-circle.editor.strings.js';
import { ENV, HELP, icon, LIST } from './network-circle.icons.js';
import { layoutNetwork, networkSectorLines, type NetworkLayout } from './network-circle.layout.js';
import {
  checkNetworkRings,
  checkNetworkValue,
  emptyNetwork,
  NETWORK_SECTORS,
  NETWORK_VIEWS,
  networkInitials,
  networkOrder,
  type NetworkSymbol,
  type NetworkValue,
  type NetworkView,
  type RingCount,
} from './network-circle.model.js';
import { bar, btn, lazy, placeName } from './network-circle.shared.js';
import { NETWORK_CIRCLE_STRINGS, type NetworkCircleStrings } from './network-circle.strings.js';
import { networkCircleStyles } from './network-circle.styles.js';

// Lazily loaded parts, once per page: the working part, the symbols, the packer for crowded circles.
const editorPart = lazy(() => import('./network-circle.editor.js'));
const symbolsPart = lazy(() => import('./network-circle.symbols.js'));
const packPart = lazy(() => import('./network-circle.pack.js'));

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
 * in the list view (`view="list"`), which also prints under the circle on an A4 copy.
 *
 * The entry draws the circle; the working part (moves, bars, undo, questions) and the panels
 * (form, list, facilitator controls) load right after the first render, the symbols when a
 * person has one, and the packer only for crowded circles (`await el.updateComplete` waits).
 *
 * **Value** (plain JSON, see `NetworkValue`): `{ version: 1, rings: 2|3|4, sectors: boolean,
 * people: [{ id, name, ring, sector?, symbol?, canHelp, inSubstanceEnvironment, phone?, note? }] }`.
 *
 * **For the emergency plan**: `supportPeople(circle.value)` (exported by this entry and the
 * core) gives the people marked "kan hjælpe" as `SupportPerson` records
 * `{ id, name, phone?, inSubstanceEnvironment?, sector? }`, people outside the substance
 * environment first. `<gk-emergency-plan>` takes that list as its `people` property
 * (`plan.people = supportPeople(circle.value)`), or the whole value as its `network`
 * property (`plan.network = circle.value`); update it on the circle's `change` event.
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
export class GkNetworkCircle extends GkFormElement<NetworkValue, NetworkCircleStrings> {
  static override styles = [tokens, palette, base, icons, controls, networkCircleStyles];

  static override properties: GkPropertyDeclarations = {
    view: { reflect: true },
    rings: { type: Number, check: checkNetworkRings },
    sectors: { type: Boolean },
  };
  static {
    checkProperties(this);
  }
  static override enums = { ...GkFormElement.enums, view: NETWORK_VIEWS };
  static {
    // the first render measures the drawn width and lays out again at once (Lit dev mode warns)
    this.disableWarning?.('change-in-update');
  }
  static override enumDefaults = { ...GkFormElement.enumDefaults, view: 'circle' };

  /** `circle` (default) or `list`: everyone as a list (for many people, or by preference). */
  declare view: NetworkView;
  /** Number of rings of a new, empty circle: 2, 3 (default) or 4. A value brings its own. */
  declare rings: number | undefined;
  /** Whether a new, empty circle has the five sectors. A value brings its own. */
  declare sectors: boolean;
  /** Host overrides for any string, the working part's included. */
  declare strings: Partial<NetworkCircleStrings & NetworkEditorStrings> | undefined;

  protected readonly table = NETWORK_CIRCLE_STRINGS;
  #ed: NetworkEditor | undefined;
  #size = 720;
  #layout: NetworkLayout | undefined;
  #layoutFor: unknown[] = [];

  constructor() {
    super();
    this.view = 'circle';
    this.sectors = false;
  }

  protected checkValue(v: unknown) {
    return v === null || v === undefined ? ok(this.emptyValue()) : checkNetworkValue(v);
  }
  protected emptyValue(): NetworkValue {
    return emptyNetwork((this.rings || 3) as RingCount, !!this.sectors);
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
    // (`rings` is checked when assigned.) An empty circle follows `rings` and `sectors`.
    if ((changed.has('rings') || changed.has('sectors')) && !this.value.people.length && !this.defaultValue.people.length) {
      this.defaultValue = this.emptyValue();
    }
    super.willUpdate(changed);
  }

  protected override firstUpdated(): void {
    // The layout is computed for the drawn width (520 to 720 units, then scaled), so tokens
    // keep 44 px targets from a small tablet up and grow on a smartboard. On a phone they
    // shrink (to at least 24 px); the list view has full-size buttons for everything.
    const box = this.renderRoot.querySelector('.box')!;
    const fit = (w: number) => {
      const size = w >= 720 ? 720 : Math.max(520, Math.floor(w / 20) * 20);
      if (w && size !== this.#size) {
        this.#size = size;
        this.requestUpdate();
      }
    };
    fit(box.getBoundingClientRect().width);
    new ResizeObserver(([e]) => fit(e.contentRect.width)).observe(box);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // `required`: the tool's own words instead of the core's "choose an answer"
    if (this.validity.valueMissing) this.internals.setValidity({ valueMissing: true }, this.t('required'));
    this.#ed?.updated();
  }

  /** The layout for the current value and size; crowded circles load the packer first. */
  #lay(): NetworkLayout {
    const key = [this.value, this.#size, this.surface === 'shared', ...NETWORK_SECTORS.map((s) => this.t(s))];
    if (key.some((k, i) => k !== this.#layoutFor[i])) {
      const opts = { size: this.#size, labels: key.slice(3).map((s) => (s as string).length), names: !key[2] };
      this.#layoutFor = key;
      this.#layout = layoutNetwork(this.value, opts);
      if (this.#layout.hidden.length) {
        const pack = packPart(this);
        // until the packer has arrived (and re-rendered), lay out again each time
        if (pack) this.#layout = pack.packNetwork(this.value, opts);
        else this.#layoutFor = [];
      }
    }
    return this.#layout!;
  }

  /** Pointer, click and key events on the circle go to the working part, with the layout as drawn. */
  #on = (e: Event) => this.#ed?.on(e, this.#lay());

  /** A person's symbol; the drawings load on first use. */
  #symbol(id: NetworkSymbol) {
    const m = symbolsPart(this);
    return m ? icon(m.SYMBOL_PATHS[id]) : nothing;
  }

  protected override render() {
    const v = this.value;
    const shared = this.surface === 'shared';
    const l = this.#lay();
    const S = l.size;
    const ro = this.isDisabled || shared;
    // the working part (moves, bars, undo, questions), loaded after the first render
    const m = editorPart(this);
    const ed = (this.#ed ??= m && new m.NetworkEditor(this));
    const t = this.t.bind(this);
    return html`<div class="nc" part="base">
      <h2 class="print">${t('title')}</h2>
      ${ed?.top()}
      ${l.hidden.length && this.view !== 'list'
        ? bar('note', t('hidden'), btn(LIST, t('list'), () => (this.view = 'list')))
        : nothing}
      <div
        class="box ${l.max < 50 ? 'compact' : ''}"
        part="circle"
        role="group"
        aria-label=${t('title')}
        ${styleVars({ '--v': S })}
        @pointerdown=${this.#on}
        @pointermove=${this.#on}
        @pointerup=${this.#on}
        @pointercancel=${this.#on}
        @lostpointercapture=${this.#on}
        @click=${this.#on}
        @keydown=${this.#on}
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
                  aria-pressed=${p.id === ed?.sel}
                  aria-describedby="keys"
                  ?disabled=${ro}
                  ${styleVars({ '--x': b.x - b.w / 2 + S / 2, '--y': b.y - b.h / 2 + S / 2, '--w': b.w, '--h': b.h })}
                >
                  <span class="nm" aria-hidden="true">${p.symbol && (shared || l.max > 50) ? this.#symbol(p.symbol) : nothing}${shared ? '' : l.max < 50 ? networkInitials(name) : name}</span>
                  ${p.canHelp || p.inSubstanceEnvironment ? html`<span class="mk">${p.canHelp ? icon(HELP) : nothing}${p.inSubstanceEnvironment ? icon(ENV) : nothing}</span>` : nothing}
                  <span class="vh">${[name, placeName(this, p), p.canHelp && t('canHelp'), p.inSubstanceEnvironment && t('env')].filter(Boolean).join(', ')}</span>
                </button>`
              : nothing;
          },
        )}
      </div>
      ${ed?.keys()}
      <ul class="legend" part="legend">
        <li><span class="tok help">${icon(HELP)}</span>${t('canHelp')}</li>
        <li><span class="tok env">${icon(ENV)}</span>${t('env')}</li>
        ${ed?.helpers()}
      </ul>
      ${ed?.bottom()}
      <p class="vh" role="status">${ed?.msg}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-network-circle': GkNetworkCircle;
  }
}
