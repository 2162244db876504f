import { LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { attempt } from './lazy.js';
import { CORE_STRINGS, type CoreStrings } from './strings.js';
import type { Check } from './validation.js';
import { format, resolveLang, stringsFor, unwatchLang, watchLang, type Lang, type Table } from './localize.js';

/** Detail of the `gk-invalid-value` event: which field was rejected and why (never the data). */
export interface InvalidValueDetail {
  /** Tag name of the element that rejected the data, e.g. `gk-scale`. */
  tag: string;
  /** Path of the rejected field, e.g. `value`, `value.entries[3].text`, `preset`. */
  field: string;
  /** What is wrong, for developers, e.g. "must be a whole number from 0 to 10". */
  reason: string;
}
export type InvalidValueEvent = CustomEvent<InvalidValueDetail>;

declare global {
  interface HTMLElementEventMap {
    'gk-invalid-value': InvalidValueEvent;
  }
}

let themeSheet: CSSResult | undefined;
let loadingThemes: Promise<CSSResult> | undefined;

export const SURFACES = ['participant', 'facilitator', 'shared'] as const;
export type Surface = (typeof SURFACES)[number];
export const THEMES = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The base of every gruppekit element: language, string overrides, surface, theme and the
 * bad-input contract (`reportInvalid`). It holds no value; see GkFormElement for that.
 *
 * Subclasses list enumerated attributes in `static enums`; an unknown value is reported and
 * the property returns to its last good value.
 */
export abstract class GkElement<S extends object = Record<string, string>> extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = {
    surface: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** Allowed values of enumerated properties, checked before every render. */
  static enums: Record<string, readonly string[]> = { surface: SURFACES, theme: THEMES };
  /** What an enumerated property falls back to when its first value is invalid. */
  static enumDefaults: Record<string, string> = { surface: 'participant' };

  /**
   * Who is looking: `participant` (default: use the tool), `facilitator` (hints, names,
   * controls) or `shared` (the group's screen: large, names hidden).
   */
  declare surface: Surface;
  /** `light` (default), `dark`, `high-contrast`, or `auto` (follows the operating system). */
  declare theme: Theme | undefined;
  /** Host overrides for any of this element's strings, in every language. */
  declare strings: Partial<S> | undefined;

  /** The element's string table; every subclass sets it. */
  protected abstract readonly table: Table<S>;

  #warned = new Set<string>();

  constructor() {
    super();
    this.surface = 'participant';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    // A report made while detached (a framework sets properties before it inserts the
    // element) reached no listener of the page: make it once more, now that it can.
    const missed = this.#missed;
    this.#missed = undefined;
    if (missed) this.#dispatchInvalid(missed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** The language in force: own `lang`, nearest ancestor's, the document's, or Danish. */
  get activeLang(): Lang {
    return resolveLang(this);
  }

  /** The string `key` in the active language (host overrides first), with {placeholders} filled. */
  t(key: keyof S & string, vars?: Record<string, string | number>): string {
    return this.tIn(this.table, key, vars);
  }

  #pending = new Set<Promise<unknown>>();

  /**
   * Re-renders when a lazily loaded part (a language, a facilitator module, drawings) arrives,
   * and makes `await el.updateComplete` wait for it.
   */
  whenLoaded(p: Promise<unknown>): void {
    if (this.#pending.has(p)) return;
    this.#pending.add(p);
    p.finally(() => {
      this.#pending.delete(p);
      this.requestUpdate();
    });
  }

  /** Adopts the dark/high-contrast/auto theme sheet (loaded once per page) into this element. */
  #adoptThemes(): void {
    if (themeSheet) return this.adoptStyles(themeSheet);
    loadingThemes ??= attempt(() => import('./themes.js')).then((m) => (themeSheet = m.themes));
    this.whenLoaded(loadingThemes.then((sheet) => this.adoptStyles(sheet)));
  }

  /**
   * Adds the styles of a lazily loaded part (an editor, a facilitator panel, a theme) to this
   * element's shadow root, once. Constructable stylesheets: allowed under a strict CSP.
   */
  adoptStyles(styles: CSSResult): void {
    const sheet = styles.styleSheet;
    const root = this.renderRoot as ShadowRoot | undefined;
    if (sheet && root?.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /**
   * A string from another (lazily loaded) table of this element — e.g. an editor's strings
   * that load with the editor — in the active language, with the host's `strings` overrides.
   */
  tIn<T extends object>(table: Table<T>, key: keyof T & string, vars?: Record<string, string | number>): string {
    const { strings, pending } = stringsFor(table, this.activeLang);
    if (pending) this.whenLoaded(pending);
    const own = (this.strings as Record<string, unknown> | undefined)?.[key] ?? strings?.[key] ?? table.da[key];
    return format(typeof own === 'string' ? own : String(key), vars);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size) {
      await Promise.allSettled(this.#pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A core string (validation message, undo…) in the active language; host overrides first. */
  coreT(key: keyof CoreStrings): string {
    return this.tIn(CORE_STRINGS, key);
  }

  /**
   * Tells the host that data was rejected: a bubbling, composed `gk-invalid-value` event and
   * one console warning per field and reason. Never includes the rejected data itself.
   */
  reportInvalid(field: string, reason: string): void {
    const tag = this.localName;
    const detail = { tag, field, reason };
    if (!this.isConnected) this.#missed = detail;
    this.#dispatchInvalid(detail);
    const key = `${field}\n${reason}`;
    if (!this.#warned.has(key)) {
      this.#warned.add(key);
      // which element: its name or id (the host's words, never the rejected data)
      const which = this.getAttribute('name') ? ` name="${this.getAttribute('name')}"` : this.id ? ` id="${this.id}"` : '';
      console.warn(`[gruppekit] <${tag}${which}> ignored an invalid ${field} (kept the last good one): ${reason}`);
    }
  }

  /** The last report made while the element was not in a document. */
  #missed: InvalidValueDetail | undefined;

  #dispatchInvalid(detail: InvalidValueDetail): void {
    this.dispatchEvent(new CustomEvent<InvalidValueDetail>('gk-invalid-value', { detail, bubbles: true, composed: true }));
  }

  /**
   * True when a check passed; otherwise reports it (the field renamed from `value…` to
   * `as…` when given, e.g. `defaultValue`) and returns false, so the caller keeps its state:
   *   const r = checkScaleHistory(v); if (this.accept(r)) this.#history = r.value;
   */
  accept<T>(r: Check<T>, as?: string): r is { ok: true; value: T } {
    if (!r.ok) this.reportInvalid(as ? r.field.replace(/^value/, as) : r.field, r.reason);
    return r.ok;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme && this.theme !== 'light') this.#adoptThemes();
    const enums = (this.constructor as typeof GkElement).enums;
    for (const [prop, allowed] of Object.entries(enums)) {
      if (!changed.has(prop)) continue;
      const v = (this as unknown as Record<string, unknown>)[prop];
      if (v === undefined || v === null || allowed.includes(v as string)) continue;
      this.reportInvalid(prop, `must be one of: ${allowed.join(', ')}`);
      (this as unknown as Record<string, unknown>)[prop] =
        changed.get(prop) ?? (this.constructor as typeof GkElement).enumDefaults[prop];
    }
  }
}
