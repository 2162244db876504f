// Size budget. Measures the built library (run `npm run build:lib` first): each public entry
// and each lazily loaded part, bundled and minified with esbuild (es2022, Lit external) and
// gzipped at level 9 — the way TOOLCHAIN.md measured Shoelace and Material Web. An entry is
// counted with everything it imports statically; parts it loads with import() (other
// languages, drawings, templates) are rows of their own.
// For each entry the table also shows "all B": the entry bundled without splitting, every lazy
// part inlined — what it can ever load, not what a page loads first.
//   node .ci/size.mjs          table; exit 1 when a budget is exceeded or an entry is missing
//   node .ci/size.mjs --json   rows as JSON (for docs/performance.md)
import { build, transform } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { MEASURE, sizeOf } from './measure.mjs';

const { budgets } = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const dist = process.env.GK_DIST ?? 'dist'; // another build dir: GK_DIST=.tmp/dist-x
const manifestPath = `${dist}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error(`size: ${manifestPath} is missing; run \`npm run build:lib\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const asJson = process.argv.includes('--json');

/** gzip -9 size of `file` (in dist) bundled with its static imports only. */
async function measure(file) {
  const out = await build({
    ...MEASURE,
    entryPoints: { measured: `${dist}/${file}` },
    splitting: true, // import() targets become separate files, not counted here
    outdir: '/tmp/gk-size',
  });
  const byName = new Map(out.outputFiles.map((f) => [f.path.split('/').pop(), f.text]));
  const seen = new Set();
  let text = '';
  const visit = (name) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    const code = byName.get(name);
    text += code;
    // static imports of shared chunks ("./chunk-X.js"); import("./x.js") is lazy and skipped
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  visit('measured.js');
  return { ...sizeOf(text), whole: await measureWhole(file) };
}

/**
 * The same entry bundled without code splitting: esbuild then inlines every import() target,
 * so this counts all the entry can ever load (every language, the themes, every lazy part).
 * Reported beside the entry so nothing hides; the budget is on what a page loads first.
 */
async function measureWhole(file) {
  const out = await build({ ...MEASURE, entryPoints: [`${dist}/${file}`] });
  return sizeOf(out.outputFiles[0].text).gzip;
}

const rows = [];
for (const b of budgets) {
  const built = manifest[b.entry]?.file;
  if (!existsSync(b.entry) || !built) {
    rows.push({ ...b, status: 'missing' });
    continue;
  }
  const m = await measure(built);
  rows.push({ ...b, ...m, status: m.gzip > b.max ? 'OVER' : b.goal && m.gzip > b.goal ? `ok, misses goal ${b.goal}` : 'ok' });
}
// Every lazily loaded chunk gets a row too (languages, drawings, templates, facilitator
// parts), so nothing hides: each target of an import() in the build.
const listed = new Set(budgets.map((b) => b.entry));
/** Manifest keys a chunk loads statically, itself included. */
const closure = (key, seen = new Set()) => {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const k of manifest[key].imports ?? []) closure(k, seen);
  return seen;
};
/**
 * A lazy part counts what loading it adds: its own code plus the chunks it imports that its
 * importer has not loaded already (e.g. the drawings' shared parts), each minified, gzip -9.
 */
async function measureLazy(key, importer) {
  const have = closure(importer);
  let text = '';
  for (const k of closure(key)) {
    if (have.has(k)) continue;
    const code = readFileSync(`${dist}/${manifest[k].file}`, 'utf8');
    text += (await transform(code, { minify: true, format: 'esm', target: 'es2022', loader: 'js' })).code;
  }
  return sizeOf(text);
}
const importers = new Map();
for (const [k, info] of Object.entries(manifest)) for (const d of info.dynamicImports ?? []) if (!importers.has(d)) importers.set(d, k);
for (const [key, importer] of importers) {
  const info = manifest[key];
  if (!info || listed.has(key)) continue;
  const m = await measureLazy(key, importer);
  const name = (info.src ?? key).replace(/^_/, '').replace(/^src\/(components\/)?/, '').replace(/-[\w-]{8}\.js$/, '');
  rows.push({ name, entry: key, kind: 'lazy', max: 4096, ...m, status: m.gzip > 4096 ? 'OVER' : 'ok' });
}
const all = manifest['src/index.ts'] ? await measure(manifest['src/index.ts'].file) : undefined;

if (asJson) {
  console.log(JSON.stringify({ rows, all }, null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`${pad('part', 44)}${lpad('min B', 8)}${lpad('gzip B', 8)}${lpad('budget', 8)}${lpad('all B', 8)}  status`);
  for (const r of rows) {
    console.log(
      `${pad(r.name + (r.kind ? ` (${r.kind})` : ''), 44)}${lpad(r.raw ?? '-', 8)}${lpad(r.gzip ?? '-', 8)}${lpad(r.max, 8)}${lpad(r.whole ?? '', 8)}  ${r.status}`,
    );
  }
  console.log('\nall B: the entry with every part it can load lazily (all languages, themes, editors…) inlined, gzip -9.');
  if (all) console.log(`\nAll tools together (gruppekit root entry, core counted once; Lit and lazy parts excluded): ${all.gzip} B gzip`);
}
const failed = rows.filter((r) => !r.status.startsWith('ok'));
if (failed.length) console.error(`\nsize: ${failed.map((r) => `${r.name} ${r.status}`).join(', ')}`);
process.exit(failed.length ? 1 : 0);
