/**
 * Languages: Danish first, plus Norwegian bokmål, Swedish and English. A component's language
 * is its own `lang`, else the nearest ancestor's (crossing shadow roots), else the document's,
 * else Danish. One MutationObserver per page re-renders every gruppekit element when any
 * `lang` attribute in the document changes, so switching is live.
 */
import { attempt } from './lazy.js';

export const LANGS = ['da', 'nb', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A tool's strings: Danish in the entry (the default, and the type every language must
 * match), the other languages loaded on first use so a page pays only for what it shows.
 *   export const SCALE_STRINGS: Table<ScaleStrings> = {
 *     da, nb: () => import('./i18n/nb.js'), sv: () => import('./i18n/sv.js'), en: () => import('./i18n/en.js') };
 */
export type Table<S> = { da: S } & Record<Exclude<Lang, 'da'>, () => Promise<{ default: S }>>;

const loaded = new WeakMap<object, Partial<Record<Lang, unknown>>>();
const loading = new WeakMap<object, Partial<Record<Lang, Promise<void>>>>();

/**
 * The strings of `table` in `lang` if they are loaded. Otherwise starts loading them and
 * returns undefined plus the promise (the caller shows Danish meanwhile and re-renders).
 */
export function stringsFor<S>(table: Table<S>, lang: Lang): { strings?: S; pending?: Promise<void> } {
  if (lang === 'da') return { strings: table.da };
  const have = loaded.get(table)?.[lang] as S | undefined;
  if (have) return { strings: have };
  let inFlight = loading.get(table);
  if (!inFlight) loading.set(table, (inFlight = {}));
  const keep = (strings: S) => {
    let got = loaded.get(table);
    if (!got) loaded.set(table, (got = {}));
    got[lang] = strings;
  };
  const pending = (inFlight[lang] ??= attempt(table[lang]).then(
    (m) => keep(m.default),
    (e: unknown) => {
      // A failed load (a broken deployment, a chunk loader the page's CSP blocks) keeps Danish
      // on this page. Asking again on every render would re-render for ever.
      console.warn(`[gruppekit] the ${lang} strings could not be loaded; showing Danish: ${e}`);
      keep(table.da);
    },
  ));
  return { pending };
}

const KNOWN: Record<string, Lang> = { da: 'da', nb: 'nb', no: 'nb', nn: 'nb', sv: 'sv', en: 'en' };

/** `da-DK` → `da`, `no`/`nn` → `nb`; undefined for a language gruppekit does not have. */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  return KNOWN[(tag ?? '').trim().toLowerCase().split(/[-_]/)[0]];
}

/** The language in force for `el`: the first ancestor with a `lang` we know. */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const l = normalizeLang(node.getAttribute('lang'));
      if (l) return l;
      // An unknown language (e.g. "de") falls back to Danish rather than to an ancestor's.
      if (node.getAttribute('lang')) return 'da';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'da';
}

/** Replaces {name} placeholders. Values are inserted as text by Lit, never as markup. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const listeners = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

export function watchLang(el: { requestUpdate(): void }): void {
  listeners.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  }
}

export function unwatchLang(el: { requestUpdate(): void }): void {
  listeners.delete(el);
}
