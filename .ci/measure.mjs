// The size meter: what a host app's production build ships for one `import` of a package
// entry. Used by `.ci/size.mjs` (the CLI, `npm run size`) and, through it, by `npm run bench`;
// there is no other size measure in this project.
//
// For each stub (one `import '<spec>';`, the way a host writes it):
//   - a temp host app in .tmp/size/run-<pid>/ whose node_modules/gruppekit is a copy of the
//     package as npm would install it (package.json + the built dist/*.js), so the package's
//     `exports` and `sideEffects` apply exactly as for a host; other packages (Shoelace,
//     Material Web, React) resolve from the repository's node_modules;
//   - Vite's production build through its JS API (no config file: the defaults a host gets;
//     tree-shaking on, minified, Lit external — `lit`, `lit-html`, `lit-element`, `@lit/*`,
//     `@lit-labs/*` — and
//     React and ReactDOM external for the React entry), one build per stub (a build with
//     several inputs would share chunks between them and mix the figures), nothing written;
//   - the output bundle walked from the entry chunk: first load = the entry chunk and every
//     chunk it imports statically (transitively); all = that plus every chunk reachable
//     through import() (and their static imports), each counted once;
//   - bytes = the sum over the counted files of each file's gzip -9 size (files are sent one
//     by one, so each is compressed on its own); `raw` is the minified bytes.
// A stub may name the tags it registers: the first-load code must then contain
// `customElements.define` and each tag as a string literal used as an argument or key
// (`"gk-scale",` / `"gk-scale":` / `"gk-scale")`); otherwise the registration was
// tree-shaken away.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LIT_EXTERNAL = [/^lit(\/|$)/, /^lit-html(\/|$)/, /^lit-element(\/|$)/, /^@lit\//, /^@lit-labs\//];
export const REACT_EXTERNAL = [/^react(\/|$)/, /^react-dom(\/|$)/];

/** Minified bytes and gzip -9 bytes of one text. */
export const sizeOf = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

/**
 * A temp host folder with node_modules/gruppekit installed from `dist` (a copy of package.json
 * and of the built .js files; dist/cdn/ and source maps are left out). Returns its path and a
 * cleanup function.
 */
export function makeHost(dist = 'dist') {
  const host = resolve(ROOT, `.tmp/size/run-${process.pid}`);
  rmSync(host, { recursive: true, force: true });
  const pkg = join(host, 'node_modules/gruppekit');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  const from = resolve(ROOT, dist);
  cpSync(from, join(pkg, 'dist'), {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(from.length);
      if (rel === '/cdn' || rel.startsWith('/cdn/') || rel.startsWith('/.vite')) return false;
      return !/\.(map|ts)$/.test(rel);
    },
  });
  return { host, cleanup: () => rmSync(host, { recursive: true, force: true }) };
}

/**
 * Measures one stub: `import '<spec>';` built by Vite in `host`.
 * `requireDefine: false` for packages that register through Lit's external `customElement()`
 * decorator (Material Web): then only the tag literal is looked for.
 * @param {{ name: string, spec: string, tags?: string[], requireDefine?: boolean, external?: RegExp[] }} stub
 * @returns {Promise<{ first: {raw,gzip,files}, all: {raw,gzip,files}, registered?: boolean, missingTags?: string[] }>}
 */
export async function measureStub(host, { name, spec, tags, requireDefine = true, external = [] }) {
  const { build } = await import('vite');
  const file = join(host, `stub-${name.replace(/[^\w-]/g, '_')}.js`);
  writeFileSync(file, `import ${JSON.stringify(spec)};\n`);
  const out = await build({
    configFile: false,
    envDir: false,
    root: host,
    publicDir: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      outDir: join(host, 'out'),
      emptyOutDir: false,
      rolldownOptions: { input: { stub: file }, external: [...LIT_EXTERNAL, ...external] },
    },
  });
  const bundle = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunks = new Map(bundle.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const assets = bundle.filter((c) => c.type === 'asset');
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error(`${name}: Vite produced no entry chunk`);
  const walk = (starts, dynamic) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f) || !chunks.has(f)) return; // externals (lit …) are not in the bundle
      seen.add(f);
      const c = chunks.get(f);
      for (const i of c.imports) visit(i);
      if (dynamic) for (const i of c.dynamicImports) visit(i);
    };
    starts.forEach(visit);
    return [...seen];
  };
  const count = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const s = sizeOf(chunks.get(f).code);
      raw += s.raw;
      gzip += s.gzip;
    }
    return { raw, gzip, files: files.length };
  };
  const firstFiles = walk([entry.fileName], false);
  const allFiles = walk([entry.fileName], true);
  const result = { first: count(firstFiles), all: count(allFiles) };
  // CSS or other assets would be loaded too; none of the measured packages emit any today.
  if (assets.length) {
    const extra = assets.reduce((n, a) => n + sizeOf(typeof a.source === 'string' ? a.source : Buffer.from(a.source)).gzip, 0);
    result.all.gzip += extra;
    result.assets = assets.map((a) => a.fileName);
  }
  if (tags) {
    const code = firstFiles.map((f) => chunks.get(f).code).join('\n');
    const defines = !requireDefine || code.includes('customElements.define');
    result.missingTags = tags.filter((t) => !defines || !new RegExp(`["'\`]${t}["'\`]\\s*[,:)]`).test(code));
    result.registered = result.missingTags.length === 0;
  }
  return result;
}

