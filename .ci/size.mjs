// Size budget (`npm run size`, after `npm run build:lib`). For every public entry, what a host
// app's Vite production build ships for `import 'gruppekit/<tool>.js'` — one stub app per
// entry, resolved through package.json `exports` and `sideEffects` exactly as for a host, Lit
// external, minified, gzip -9 per file — split into the first load (the entry chunk and its
// static imports) and everything it can load (plus every import() target). Shoelace's
// `sl-range` and Material Web's `md-slider` are measured the same way in the same run. The
// meter itself is `.ci/measure.mjs`; ceilings and rules are in `.ci/size-budget.json`.
//
//   node .ci/size.mjs          table; exit 1 when a first load is over its ceiling, the scale is
//                              not below sl-range, the whole library is not under its limit,
//                              a tool's registration is missing from its first load, or an
//                              entry is missing
//   node .ci/size.mjs --json   the same as JSON (for docs/performance.md and `npm run bench`)
//   GK_DIST=.tmp/dist-x node .ci/size.mjs    measure another build directory
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REACT_EXTERNAL, ROOT, makeHost, measureStub } from './measure.mjs';

const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const { budgets, anchors, rules, headroom } = budget;
const dist = process.env.GK_DIST ?? 'dist';
const asJson = process.argv.includes('--json');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

if (!existsSync(join(ROOT, dist, 'index.js'))) {
  console.error(`size: ${dist}/index.js is missing; run \`npm run build:lib\` first (or wait: someone may be rebuilding).`);
  process.exit(1);
}

/** The file a host gets for `spec` through package.json exports, or undefined. */
function exported(spec) {
  const sub = '.' + spec.slice(pkg.name.length);
  const target = pkg.exports?.[sub];
  const file = typeof target === 'string' ? target : (target?.import ?? target?.default);
  return typeof file === 'string' ? file.replace(/^\.\/dist\//, '') : undefined;
}

const tags = budgets.filter((b) => b.tag).map((b) => b.tag);
const ceilingFor = (gzip) => Math.ceil((gzip * (1 + headroom)) / 10) * 10;
const { host, cleanup } = makeHost(dist);
process.on('exit', cleanup);

const rows = [];
try {
  for (const b of budgets) {
    const row = { name: b.name, kind: b.kind ?? 'tool', spec: b.spec, entry: b.entry, max: b.max, from: b.from };
    const file = exported(b.spec) ?? b.file;
    const built = file && existsSync(join(ROOT, dist, file));
    if (b.optional && !built) continue; // e.g. gruppekit/react before it exists
    if (b.entry && !existsSync(join(ROOT, b.entry))) {
      rows.push({ ...row, status: `missing: ${b.entry} does not exist` });
      continue;
    }
    if (!exported(b.spec)) {
      rows.push({ ...row, status: `missing: package.json exports has no "${'.' + b.spec.slice(pkg.name.length)}"` });
      continue;
    }
    if (!built) {
      rows.push({ ...row, status: `missing: ${dist}/${file} (build first)` });
      continue;
    }
    const stubTags = b.tag ? [b.tag] : b.kind === 'library' || b.kind === 'react' ? tags : undefined;
    const external = b.kind === 'react' ? REACT_EXTERNAL : [];
    try {
      rows.push({ ...row, ...(await measureStub(host, { name: b.name, spec: b.spec, tags: stubTags, external })) });
    } catch (e) {
      rows.push({ ...row, status: `error: ${String(e.message ?? e).split('\n')[0]}` });
    }
  }
  for (const a of anchors) {
    const row = { name: a.name, kind: 'anchor', spec: a.spec, package: a.package, expected: a.version };
    try {
      row.version = JSON.parse(readFileSync(join(ROOT, 'node_modules', a.package, 'package.json'), 'utf8')).version;
      Object.assign(row, await measureStub(host, { name: a.name, spec: a.spec, tags: [a.tag], requireDefine: a.requireDefine ?? true }));
    } catch (e) {
      row.status = `error: ${String(e.message ?? e).split('\n')[0]}`;
    }
    rows.push(row);
  }
} finally {
  cleanup();
}

// ---- statuses and rules ----
const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
const below = rules.belowAnchor; // { row: 'scale', anchor: 'sl-range' }
const anchorRow = byName[below.anchor];
for (const r of rows) {
  if (r.status) continue; // missing or error
  const problems = [];
  if (r.registered === false) problems.push(`NOT REGISTERED (${r.missingTags.join(', ')} not defined in the first load)`);
  if (r.kind === 'anchor') {
    if (r.version !== r.expected) problems.push(`version ${r.version}, expected ${r.expected}`);
  } else {
    if (r.max == null) r.note = `no ceiling yet: set max ${ceilingFor(r.first.gzip)} (figure + ${headroom * 100} %)`;
    else if (r.first.gzip > r.max) problems.push(`OVER by ${r.first.gzip - r.max} B (if the growth is meant: max ${ceilingFor(r.first.gzip)}, figure + ${headroom * 100} %)`);
    if (r.kind === 'library' && !(r.first.gzip < rules.wholeLibraryUnder)) problems.push(`not under ${rules.wholeLibraryUnder} B`);
  }
  if (r.name === below.row) {
    // first load over each anchor's (the rule is on `below.anchor`)
    r.ratios = Object.fromEntries(rows.filter((a) => a.kind === 'anchor' && a.first).map((a) => [a.name, r.first.gzip / a.first.gzip]));
    r.ratio = r.ratios[below.anchor];
    if (!anchorRow?.first) problems.push(`cannot compare: ${below.anchor} not measured`);
    else if (!(r.first.gzip < anchorRow.first.gzip)) problems.push(`NOT BELOW ${below.anchor} (${anchorRow.first.gzip} B)`);
  }
  r.status = problems.length ? problems.join('; ') : 'ok';
}
const failed = rows.filter((r) => r.status !== 'ok');

if (asJson) {
  const vite = JSON.parse(readFileSync(join(ROOT, 'node_modules/vite/package.json'), 'utf8')).version;
  console.log(JSON.stringify({ measured: new Date().toISOString(), vite, dist, headroom, rules, rows, ok: !failed.length }, null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  const int = (x) => (Number.isFinite(x) ? x.toLocaleString('en-US') : '-');
  const head = ['name', 'first-load B', 'all B', 'ceiling', 'status', `÷ ${below.anchor}`];
  const body = rows.map((r) => [
    r.kind === 'anchor' ? `${r.name} ${r.version ?? ''}` : r.name,
    int(r.first?.gzip),
    int(r.all?.gzip),
    r.kind === 'anchor' ? '' : r.kind === 'library' && r.max >= rules.wholeLibraryUnder ? `<${int(rules.wholeLibraryUnder)}` : int(r.max),
    r.status + (r.note ? ` (${r.note})` : ''),
    r.ratio ? r.ratio.toFixed(2) : '',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 4 ? pad(c, w[i]) : lpad(c, w[i]))).join('  ').trimEnd();
  console.log(line(head));
  for (const b of body) console.log(line(b));
  console.log(
    '\nB = min + gzip -9, summed per file, Lit external; first load = entry chunk + its static imports; all = + every import() target.' +
      `\nRules: first load ≤ ceiling; ${below.row} < ${below.anchor} (same stub, same run); whole library (${budgets.find((b) => b.kind === 'library')?.name}) < ${int(rules.wholeLibraryUnder)} B; every tool's tag defined in its first load.`,
  );
}
if (failed.length) console.error(`\nsize: FAILED: ${failed.map((r) => `${r.name}: ${r.status}`).join('; ')}`);
process.exit(failed.length ? 1 : 0);
