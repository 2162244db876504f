// The BUILT library (dist/, made by `npm run build:lib` before the tests) in the browser: the
// entries load and render (a decorator or transform problem would surface here), classes.js
// registers nothing, two copies on one page warn instead of throwing, and a strict
// Content-Security-Policy page runs the tools without violations.
import { expect } from '@open-wc/testing';

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;
const load = (file: string) => import(/* @vite-ignore */ dist(file));

describe('dist/ (built output)', () => {
  it('classes.js exports the classes without registering any tag', async () => {
    const m = await load('classes.js');
    expect(m.GkScale).to.be.a('function');
    expect(customElements.get('gk-scale')).to.equal(undefined);
  });

  it('scale.js registers <gk-scale>, which renders and takes a value', async () => {
    await load('scale.js');
    const el = document.createElement('gk-scale') as HTMLElement & { value: number | null; updateComplete: Promise<boolean> };
    document.body.append(el);
    el.value = 4;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=slider]')!.getAttribute('aria-valuetext')).to.equal('4 af 10');
    el.remove();
  });

  it('index.js registers every tool that has an entry', async () => {
    await load('index.js');
    const tags = ['gk-scale'];
    const optional = ['gk-feelings-picker', 'gk-checkin-board', 'gk-agenda', 'gk-plus-minus', 'gk-change-circle', 'gk-network-circle', 'gk-emergency-plan'];
    for (const t of tags) expect(customElements.get(t), t).to.be.a('function');
    const m = await load('index.js');
    for (const t of optional) {
      const cls = Object.values(m).find((v) => typeof v === 'function' && customElements.getName?.(v as CustomElementConstructor) === t);
      if (cls) expect(customElements.get(t), t).to.equal(cls);
    }
  });

  it("the build's minified CSS parses to exactly the source's rules, in every tool", async () => {
    // vite.config.ts minifies css`` templates (white space, comments, 0.5 → .5); a slip there
    // would drop or change a rule silently. The browser serialises parsed rules the same way,
    // except values with var(), which it keeps as written: there the spaces after commas and
    // the 0 before a decimal point are evened out before comparing.
    type Styled = { name: string; styles?: unknown };
    const even = (css: string) => css.replace(/,\s+/g, ',').replace(/([\s:,(])0\.(\d)/g, '$1.$2');
    const rules = (cls: Styled) =>
      [cls.styles]
        .flat(Infinity)
        .filter((s): s is { styleSheet: CSSStyleSheet } => !!(s as { styleSheet?: unknown })?.styleSheet)
        .flatMap((s) => [...s.styleSheet.cssRules].map((r) => even(r.cssText)));
    const built = Object.values(await load('classes.js')) as unknown[];
    const source = (await import('../../src/classes.js')) as unknown as Record<string, Styled>;
    const tools = built.filter((c): c is Styled => typeof c === 'function' && /^Gk[A-Z]/.test(c.name) && !!(c as Styled).styles);
    expect(tools.length).to.be.greaterThan(6);
    for (const cls of tools) {
      const want = rules(source[cls.name]);
      expect(want.length, cls.name).to.be.greaterThan(5);
      expect(rules(cls), cls.name).to.deep.equal(want);
    }

    // the lazily loaded parts' CSS too (buttons, thermometer, editors, themes, print…)
    const manifest = (await (await fetch(dist('.vite/manifest.json'))).json()) as Record<string, { file: string; isDynamicEntry?: boolean }>;
    let parts = 0;
    for (const [src, chunk] of Object.entries(manifest)) {
      if (!chunk.isDynamicEntry || src.includes('/i18n/') || src.includes('/templates/')) continue;
      const builtPart = (await load(chunk.file)) as Record<string, unknown>;
      const sourcePart = (await import(/* @vite-ignore */ new URL(`../../${src}`, import.meta.url).href)) as Record<string, unknown>;
      for (const [name, v] of Object.entries(sourcePart)) {
        if (!(v as { styleSheet?: unknown })?.styleSheet) continue;
        parts++;
        expect(rules({ name, styles: builtPart[name] }), `${src}: ${name}`).to.deep.equal(rules({ name, styles: v }));
      }
    }
    expect(parts, 'lazily loaded style sheets compared').to.be.greaterThan(5);
  });

  it('a second copy registering the same tag warns and does not throw', async () => {
    const { GkScale, define } = await load('classes.js');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      // what a second, separately bundled copy of gruppekit does on load
      expect(() => define('gk-scale', class extends GkScale {})).not.to.throw();
      expect(warnings.join('\n')).to.contain('<gk-scale> is already defined');
    } finally {
      console.warn = original;
    }
  });
});

describe('strict Content-Security-Policy', () => {
  it("renders styled tools with no violation under default-src 'self'; style-src 'self'; require-trusted-types-for 'script'", async () => {
    const frame = document.createElement('iframe');
    const csp = "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
    frame.srcdoc = `<!doctype html><html lang="da"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="${dist('index.js')}"></script></head><body></body></html>`;
    const violations: string[] = [];
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
    // wait for the module to register the tag
    await win.customElements.whenDefined('gk-scale');
    const el = doc.createElement('gk-scale') as HTMLElement & { value: number | null; updateComplete: Promise<boolean> };
    el.setAttribute('orientation', 'vertical');
    el.setAttribute('surface', 'facilitator');
    doc.body.append(el);
    el.value = 6;
    await el.updateComplete;
    const track = el.shadowRoot!.querySelector('[role=slider]')!;
    // styles applied (constructable stylesheets): the thermometer is filled up to 6, not beyond
    expect(win.getComputedStyle(track).cursor, 'the scale styles applied').to.equal('pointer');
    const cells = el.shadowRoot!.querySelectorAll('.cell');
    expect(win.getComputedStyle(cells[6], '::before').content, 'tube filled at 6').to.equal('""');
    expect(win.getComputedStyle(cells[7], '::before').content, 'tube empty at 7').to.equal('none');
    expect(!!el.shadowRoot!.querySelector('.followups'), 'lazy facilitator part loaded').to.equal(true);
    // styleVars() (the CSSOM, not a style attribute) is not blocked: the network circle's box size
    const circle = doc.createElement('gk-network-circle') as HTMLElement & { updateComplete: Promise<boolean> };
    doc.body.append(circle);
    await circle.updateComplete;
    const box = circle.shadowRoot!.querySelector('[part=circle]') as HTMLElement;
    expect(win.getComputedStyle(box).getPropertyValue('--v').trim(), 'styleVars value applied').to.not.equal('');
    circle.remove();
    // every tool, on every surface, in every theme (lazy parts: facilitator panels, themes, languages)
    const tags = ['gk-scale', 'gk-feelings-picker', 'gk-checkin-board', 'gk-agenda', 'gk-plus-minus', 'gk-change-circle', 'gk-network-circle', 'gk-emergency-plan'];
    for (const tag of tags) {
      expect(win.customElements.get(tag), `${tag} registered by index.js`).to.be.a('function');
      for (const surface of ['participant', 'facilitator', 'shared']) {
        for (const theme of ['light', 'dark', 'high-contrast']) {
          const t = doc.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
          t.setAttribute('surface', surface);
          t.setAttribute('theme', theme);
          t.setAttribute('lang', theme === 'dark' ? 'en' : 'da');
          doc.body.append(t);
          const done = await Promise.race([t.updateComplete.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
          expect(done, `${tag} ${surface} ${theme}: updateComplete settles`).to.equal(true);
          expect(t.shadowRoot!.childElementCount, `${tag} ${surface} rendered`).to.be.greaterThan(0);
          t.remove();
        }
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
