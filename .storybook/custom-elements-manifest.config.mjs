// custom-elements.json: read by Storybook's docs, IDE plugins and docs tools (named in
// package.json "customElements"), and the source of the framework types in dist/frameworks/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

// Which public entry registers which class: src/scale.ts has define('gk-scale', GkScale).
const entryOf = new Map();
for (const f of readdirSync('src').filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== 'index.ts' && f !== 'classes.ts')) {
  for (const [, tag, cls] of readFileSync(`src/${f}`, 'utf8').matchAll(/define\('([a-z-]+)',\s*(\w+)\)/g)) {
    entryOf.set(cls, { tag, path: `dist/${f.replace(/\.ts$/, '.js')}` });
  }
}
const BASE = 'dist/classes.js';

/**
 * The framework type generators read an event's `type` as the type of its `detail`
 * (`onchange?: (e: CustomEvent<type>) => void`) and import it from the element's entry, so
 * each event gets its detail type here: native input/change have none; every entry exports
 * InvalidValueDetail.
 */
const DETAIL = { input: undefined, change: undefined, 'gk-invalid-value': 'InvalidValueDetail', 'gk-reveal': '{ revealed: boolean }' };

/**
 * The analyzer reads src/, but a host has dist/: every module path becomes the public entry a
 * host imports (dist/scale.js for GkScale), each entry says which tag it defines
 * (custom-element-definition), and the two base classes live in dist/classes.js, which exports
 * them. Inherited members are already copied into each element by the analyzer.
 */
function publicPaths() {
  const where = (ref) => {
    if (!ref?.module) return ref;
    const cls = entryOf.get(ref.name);
    return { ...ref, module: cls ? cls.path : BASE };
  };
  return {
    name: 'gruppekit-public-paths',
    packageLinkPhase({ customElementsManifest: cem }) {
      const base = { kind: 'javascript-module', path: BASE, declarations: [], exports: [] };
      const modules = [];
      for (const mod of cem.modules) {
        const el = mod.declarations?.find((d) => d.customElement && entryOf.has(d.name));
        const target = el ? { ...mod, path: entryOf.get(el.name).path } : base;
        if (!el) {
          target.declarations.push(...(mod.declarations ?? []));
          target.exports.push(...(mod.exports ?? []).map((e) => ({ ...e, declaration: { ...e.declaration, module: BASE } })));
        } else {
          target.exports = (mod.exports ?? []).map((e) => ({ ...e, declaration: { ...e.declaration, module: target.path } }));
          target.exports.push({ kind: 'custom-element-definition', name: el.tagName, declaration: { name: el.name, module: target.path } });
          modules.push(target);
        }
        for (const d of target.declarations ?? []) {
          if (d.superclass) d.superclass = where(d.superclass);
          for (const list of [d.members, d.attributes, d.events]) for (const m of list ?? []) if (m.inheritedFrom) m.inheritedFrom = where(m.inheritedFrom);
          for (const e of d.events ?? []) {
            if (!(e.name in DETAIL)) throw new Error(`custom-elements config: say the detail type of the event ${e.name} in DETAIL`);
            if (DETAIL[e.name]) e.type = { text: DETAIL[e.name] };
            else delete e.type;
          }
        }
      }
      cem.modules = [...modules, base];
    },
  };
}

// The framework types import the classes (and InvalidValueDetail) from dist/classes.js: types
// only, so a host that imports them registers nothing.
const frameworks = { outdir: 'dist/frameworks', globalTypePath: '../classes.js', hideLogs: true };

/**
 * The framework types, from a copy of the manifest in which an attribute that only feeds a
 * property of another name is left out: the scale's `value` attribute sets `valueAttribute`
 * (the default answer), and a framework binding `value` means the property `value`.
 */
function frameworkTypes() {
  return {
    name: 'gruppekit-framework-types',
    packageLinkPhase({ customElementsManifest: cem }) {
      const copy = structuredClone(cem);
      for (const d of copy.modules.flatMap((m) => m.declarations ?? [])) {
        const props = new Set((d.members ?? []).map((m) => m.name));
        d.attributes = (d.attributes ?? []).filter((a) => !(props.has(a.name) && a.fieldName !== a.name));
        // a getter without a setter (form, validity, isDisabled…) is no prop: React 19 would assign it and throw
        d.members = (d.members ?? []).filter((m) => !m.readonly);
      }
      generateJsxTypes(copy, { ...frameworks, fileName: 'react.d.ts' });
      generateVuejsTypes(copy, { ...frameworks, fileName: 'vue.d.ts' });
      // Svelte's generator types attributes only, but Svelte 5 sets a custom element's
      // properties (value, history, people…): give it the public fields as well.
      const withProps = structuredClone(copy);
      for (const d of withProps.modules.flatMap((m) => m.declarations ?? [])) {
        const named = new Set((d.attributes ?? []).flatMap((a) => [a.name, a.fieldName]));
        for (const m of d.members ?? []) {
          if (m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !named.has(m.name)) d.attributes = [...(d.attributes ?? []), { name: m.name, fieldName: m.name, description: m.description }];
        }
      }
      generateSvelteTypes(withProps, { ...frameworks, fileName: 'svelte.d.ts' });
      dedupeImports(['react', 'vue', 'svelte'].map((f) => `${frameworks.outdir}/${f}.d.ts`));
      forSvelte5(`${frameworks.outdir}/svelte.d.ts`);
    },
  };
}

/**
 * The Svelte generator writes for Svelte 4 in a way Svelte 5's checker cannot use: it names
 * React's JSX namespace, and declares `svelteHTML` inside a module, where it is not global.
 * Svelte 5 reads element types from `svelte/elements`' SvelteHTMLElements, and Svelte 5 event
 * attributes are `onchange`, not `on:change`.
 */
function forSvelte5(file) {
  const text = readFileSync(file, 'utf8')
    .replace(/JSX\.Element/g, 'unknown')
    .replace(/JSX\.CSSProperties/g, 'string')
    .replace(/"on:([a-z-]+)"\?:/g, '"on$1"?:')
    .replace(/declare namespace svelteHTML \{[\s\S]*?\n\}/, "declare module 'svelte/elements' {\n  interface SvelteHTMLElements extends CustomElements {}\n}");
  writeFileSync(file, text);
}

/** The generators list a type once per element that uses it; TypeScript wants each import once. */
function dedupeImports(files) {
  for (const f of files) {
    const text = readFileSync(f, 'utf8').replace(/import type \{([^}]*)\}/g, (_, names) => {
      const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
      return `import type {\n  ${unique.join(',\n  ')},\n}`;
    });
    writeFileSync(f, text);
  }
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/core/base-element.ts', 'src/core/form-element.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  // package.json already names custom-elements.json; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [
    publicPaths(),
    frameworkTypes(),
  ],
};
