import { expect } from '@open-wc/testing';
import { render, svg, type SVGTemplateResult } from 'lit';
import { FEELINGS, PERSONAS, type FeelingId, type PersonaId } from '../../src/components/feelings/ids.js';
import { faceStyles, loadFaces, type Faces } from '../../src/components/feelings/drawings/index.js';

/** Names of the persona drawing modules the browser has fetched so far. */
const fetchedPersonas = () =>
  PERSONAS.filter((p) => performance.getEntriesByType('resource').some((e) => new RegExp(`/drawings/${p}\\.(js|ts)`).test(e.name)));

/** Renders one face the way the picker does: in a shadow root that adopts faceStyles. */
function draw(face: SVGTemplateResult, theme?: string) {
  const host = document.createElement('div');
  if (theme) host.setAttribute('theme', theme);
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [faceStyles.styleSheet!];
  render(svg`<svg viewBox="0 0 120 120" width="240" height="240" aria-hidden="true">${face}</svg>`, root);
  const el = root.querySelector('svg')!;
  return { host, svg: el, remove: () => host.remove() };
}

/** Markup of a face without Lit's comment markers, for comparing faces. */
const markup = (face: SVGTemplateResult) => {
  const d = draw(face);
  const s = d.svg.innerHTML.replace(/<!--[^>]*-->/g, '');
  d.remove();
  return s;
};

const all = {} as Record<PersonaId, Faces>;

describe('feelings faces: lazy loading', () => {
  // This must run first: nothing has loaded a persona yet.
  it('loads only the persona that is asked for', async () => {
    expect(fetchedPersonas()).to.deep.equal([]);
    all['young-man'] = await loadFaces('young-man');
    expect(fetchedPersonas()).to.deep.equal(['young-man']);
    all['middle-aged-woman'] = await loadFaces('middle-aged-woman');
    expect(fetchedPersonas()).to.deep.equal(['young-man', 'middle-aged-woman']);
    for (const p of PERSONAS) all[p] = await loadFaces(p);
    expect(fetchedPersonas()).to.deep.equal([...PERSONAS]);
  });

  it('index.ts loads each persona with its own import() and imports none statically', async () => {
    const src = await (await fetch('/src/components/feelings/drawings/index.ts')).text();
    // (the test server hands out the module compiled: double quotes, .ts paths)
    for (const p of PERSONAS) expect(src).to.match(new RegExp(`["']${p}["']: \\(\\) => import\\(["']\\./${p}\\.(js|ts)["']\\)`), p);
    expect(src.match(/import\(/g)).to.have.length(4);
    expect(src).not.to.match(/^import[^;]*(young|middle-aged)-/m);
    expect(src).not.to.match(/import\(`/); // no template-string paths
  });

  it('gives each persona its own faces, and the same object on a second load', async () => {
    const objects = new Set(PERSONAS.map((p) => all[p]));
    expect(objects.size).to.equal(4);
    expect(await loadFaces('young-woman')).to.equal(all['young-woman']);
  });

  it('rejects an unknown persona with a TypeError that does not echo the input', async () => {
    for (const bad of ['old-man', 'toString', '__proto__', '../young-man', '']) {
      let error: unknown;
      try {
        await loadFaces(bad as PersonaId);
      } catch (e) {
        error = e;
      }
      expect(error, bad).to.be.instanceOf(TypeError);
      if (bad) expect((error as Error).message).not.to.contain(bad);
    }
  });
});

describe('feelings faces: the twenty drawings', () => {
  before(async () => {
    for (const p of PERSONAS) all[p] ??= await loadFaces(p);
  });

  it('every persona has exactly the five feelings', () => {
    for (const p of PERSONAS) expect(Object.keys(all[p]).sort(), p).to.deep.equal([...FEELINGS].sort());
  });

  it('every face fills the 120 × 120 box with a large head that is never cut off', () => {
    for (const p of PERSONAS) {
      for (const f of FEELINGS) {
        const d = draw(all[p][f]);
        expect(d.svg.querySelectorAll('path, circle').length, `${p} ${f}`).to.be.greaterThan(20);
        const box = d.svg.getBoundingClientRect();
        const unit = box.width / 120;
        const head = d.svg.querySelector('.f-hd')!.getBoundingClientRect();
        const at = (v: number, o: number) => (v - o) / unit; // in viewBox units
        expect(at(head.left, box.left), `${p} ${f} left`).to.be.within(2, 30);
        expect(at(head.right, box.left), `${p} ${f} right`).to.be.within(90, 118);
        expect(at(head.top, box.top), `${p} ${f} top`).to.be.within(2, 20);
        expect(at(head.bottom, box.top), `${p} ${f} chin`).to.be.within(85, 110);
        // the face is at least half the width of the picture: readable at 120 px
        expect(head.width / unit, `${p} ${f} head width`).to.be.at.least(60);
        d.remove();
      }
    }
  });

  it('uses classes, not style, and references nothing outside itself', () => {
    for (const p of PERSONAS) {
      for (const f of FEELINGS) {
        const d = draw(all[p][f]);
        const els = [...d.svg.querySelectorAll('*')];
        expect(els.length).to.be.greaterThan(20);
        for (const el of els) {
          expect(el.hasAttribute('style'), `${p} ${f} <${el.localName}> style`).to.equal(false);
          expect(el.hasAttribute('href') || el.hasAttributeNS('http://www.w3.org/1999/xlink', 'href'), `${p} ${f} href`).to.equal(false);
          // ids would collide when several faces share a shadow root
          expect(el.hasAttribute('id'), `${p} ${f} id`).to.equal(false);
          for (const a of el.attributes) expect(a.value, `${p} ${f} ${a.name}`).not.to.match(/url\(|https?:|data:/i);
          expect(['style', 'image', 'use', 'foreignObject', 'script', 'a']).not.to.include(el.localName);
          expect(el.getAttribute('class') ?? 'f-', `${p} ${f} <${el.localName}> class`).to.match(/^(gkf |f-)/);
        }
        d.remove();
      }
    }
  });

  it('no two of the twenty faces are the same drawing', () => {
    const seen = new Set<string>();
    for (const p of PERSONAS) for (const f of FEELINGS) seen.add(markup(all[p][f]));
    expect(seen.size).to.equal(20);
  });

  it('the persona modules stay small', async () => {
    for (const p of PERSONAS) {
      const src = await (await fetch(`/src/components/feelings/drawings/${p}.ts`)).text();
      expect(src.length, p).to.be.below(2500);
    }
  });
});

/** The left brow (outer end first) and the mouth of a face, measured in the drawing. */
function measure(face: SVGTemplateResult) {
  const d = draw(face);
  const brow = d.svg.querySelector<SVGPathElement>('.f-br')!;
  const outer = brow.getPointAtLength(0);
  const inner = brow.getPointAtLength(brow.getTotalLength());
  const mouth = d.svg.querySelector<SVGGraphicsElement>('.f-m')!.getBBox();
  const eye = d.svg.querySelector<SVGPathElement>('.f-sf + .f-sf + .f-ln')!; // upper lid of the left eye
  const lid = eye.getPointAtLength(eye.getTotalLength() / 2).y;
  const open = !!d.svg.querySelector('.f-mo');
  const tear = !!d.svg.querySelector('.f-te');
  d.remove();
  return { outer, inner, mouth, lid, open, tear };
}

describe('feelings faces: each feeling has its own signs, for every persona', () => {
  before(async () => {
    for (const p of PERSONAS) all[p] ??= await loadFaces(p);
  });

  for (const p of PERSONAS) {
    it(`${p}: brows, eyes and mouth tell the five apart`, () => {
      const m = Object.fromEntries(FEELINGS.map((f) => [f, measure(all[p][f])])) as Record<FeelingId, ReturnType<typeof measure>>;
      // angry: brows down and in — the inner end lower than the outer, and lower than at ok
      expect(m.angry.inner.y - m.angry.outer.y).to.be.greaterThan(4);
      expect(m.angry.inner.y).to.be.greaterThan(m.ok.inner.y + 3);
      expect(m.angry.inner.x).to.be.greaterThan(m.ok.inner.x);
      // sad: inner end of the brow raised, a tear, the mouth closed
      expect(m.sad.outer.y - m.sad.inner.y).to.be.greaterThan(4);
      expect(m.sad.tear).to.equal(true);
      expect(m.sad.open).to.equal(false);
      // afraid: brows raised above ok, eyes opened wider than ok, mouth open
      expect(Math.max(m.afraid.outer.y, m.afraid.inner.y)).to.be.lessThan(Math.min(m.ok.outer.y, m.ok.inner.y) - 1);
      expect(m.afraid.lid).to.be.lessThan(m.ok.lid - 1);
      expect(m.afraid.open).to.equal(true);
      // happy: an open smile, wider than the others
      expect(m.happy.open).to.equal(true);
      expect(m.happy.mouth.width).to.be.greaterThan(m.ok.mouth.width);
      // ok: calm — no tear, closed mouth, brows level
      expect(m.ok.open || m.ok.tear).to.equal(false);
      expect(Math.abs(m.ok.inner.y - m.ok.outer.y)).to.be.lessThan(2);
      // only sad has a tear
      expect(FEELINGS.filter((f) => m[f].tear)).to.deep.equal(['sad']);
    });
  }
});

describe('feelings faces: styles', () => {
  before(async () => {
    for (const p of PERSONAS) all[p] ??= await loadFaces(p);
  });

  it('gives each persona its own skin tone and hair, the same ink for every feeling', () => {
    const skins = new Set<string>();
    const hair = new Set<string>();
    for (const p of PERSONAS) {
      const inks = new Set<string>();
      for (const f of FEELINGS) {
        const d = draw(all[p][f]);
        skins.add(getComputedStyle(d.svg.querySelector('.f-sk')!).fill);
        hair.add(getComputedStyle(d.svg.querySelector('.f-hr')!).fill);
        inks.add(getComputedStyle(d.svg.querySelector('.f-ln')!).stroke);
        d.remove();
      }
      expect(inks.size, p).to.equal(1);
    }
    expect(skins.size).to.equal(4);
    expect(hair.size).to.equal(4);
  });

  it('draws black, heavier lines in the high-contrast theme', () => {
    const normal = draw(all['young-woman'].sad);
    const hc = draw(all['young-woman'].sad, 'high-contrast');
    const line = (d: ReturnType<typeof draw>) => getComputedStyle(d.svg.querySelector('.f-ln')!);
    expect(line(hc).stroke).to.equal('rgb(0, 0, 0)');
    expect(parseFloat(line(hc).strokeWidth)).to.be.greaterThan(parseFloat(line(normal).strokeWidth));
    expect(getComputedStyle(hc.svg.querySelector('.f-br')!).stroke).to.equal('rgb(0, 0, 0)');
    normal.remove();
    hc.remove();
  });

  it('rims hair and shoulders in a light line in the dark theme, so they stand out from a dark card', () => {
    const light = draw(all['young-man'].ok);
    const dark = draw(all['young-man'].ok, 'dark');
    const rim = (d: ReturnType<typeof draw>, sel: string) => getComputedStyle(d.svg.querySelector(sel)!).stroke;
    expect(rim(light, '.f-ol')).to.equal(rim(light, '.f-ln'));
    expect(rim(dark, '.f-ol')).to.equal('rgb(174, 180, 186)');
    expect(rim(dark, '.f-cl')).to.equal('rgb(174, 180, 186)');
    // the features keep their dark ink: they sit on skin, not on the card
    expect(rim(dark, '.f-ln')).to.equal(rim(light, '.f-ln'));
    light.remove();
    dark.remove();
  });

  it('maps every colour to system colours in forced-colours mode', () => {
    const media = [...faceStyles.styleSheet!.cssRules].find(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    );
    expect(media, 'a forced-colors rule').to.exist;
    const gkf = [...media!.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.gkf')!;
    for (const v of ['--_ink', '--_rim', '--_bw', '--_ag', '--_mo']) expect(gkf.style.getPropertyValue(v).trim(), v).to.equal('CanvasText');
    for (const v of ['--_sk', '--_hr', '--_cl', '--_c2', '--_white', '--_te']) expect(gkf.style.getPropertyValue(v).trim(), v).to.equal('Canvas');
    // every colour a drawing uses is one of these variables, so nothing escapes the mapping
    const colours = [...faceStyles.styleSheet!.cssRules]
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && !r.selectorText.startsWith('.gkf') && !/^\.f-(ym|yw|mm|mw)$/.test(r.selectorText))
      .flatMap((r) => ['fill', 'stroke'].map((k) => r.style.getPropertyValue(k)).filter(Boolean));
    expect(colours.length).to.be.greaterThan(10);
    for (const c of colours) expect(c, c).to.match(/^(none|var\(--_\w+\))$/);
  });
});
