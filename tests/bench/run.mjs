// `npm run bench`: speed, memory and size of every gruppekit tool that exists, in headless
// Chromium, with <gk-scale> side by side with Shoelace's <sl-range> and Material Web's
// <md-slider>. Not part of `npm test`; timing lives only here.
//
//   node tests/bench/run.mjs                 build, measure, print, update docs/performance.md
//   node tests/bench/run.mjs --rounds 5      fewer rounds (default 15; fewer if --budget, default
//                                            250 s, would be exceeded; never fewer than 5)
//   node tests/bench/run.mjs --mount-rounds 8   mount 200 (and heap) in more rounds (default 4)
//   node tests/bench/run.mjs --only gk-scale,sl-range,md-slider
//   node tests/bench/run.mjs --no-write      print only; leave docs/performance.md alone
//   node tests/bench/run.mjs --skip-build    reuse the last build in .tmp/dist-bench
//   node tests/bench/run.mjs --json .tmp/bench/result.json
//   node tests/bench/run.mjs --drag-only --no-write     only the network-circle drag
//   node tests/bench/run.mjs --keep          keep this run's page bundle (.tmp/bench/run-<pid>) to probe
//
// Steps: 1. `vite build --outDir .tmp/dist-bench` (never dist/), 2. `.ci/size.mjs --json` on it
// (the size meter: every entry and the two anchors, each in a stub host app built by Vite),
// 3. esbuild bundles the bench page and one module per candidate into .tmp/bench/out (Lit
// shared, production build, minified), 4. a tiny http server on 127.0.0.1 serves it,
// 5. playwright-core drives Chromium: warm-up round, then R rounds; in each round every
// candidate, in a shuffled order, gets a fresh document (first render, key presses; in the
// first rounds also mount 200 and heap), 6. the network-circle drag (if that tool exists),
// 7. medians → tables.
import { spawnSync, execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { DRAG, TOOLS } from './tools.mjs';
import { dragFrames } from './drag.mjs';
import { renderReport, writeDoc } from './report.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(ROOT);
const started = Date.now();
let aborted = false; // Ctrl-C or a kill: playwright closes the browser; never write a broken doc
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    aborted = true;
    console.error(`bench: ${sig}; stopping without writing docs/performance.md`);
    setTimeout(() => process.exit(130), 300);
  });
}
const loadBefore = loadavg()[0];
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

// ---- options ----
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? dflt : argv[i + 1];
};
const flag = (name) => argv.includes(`--${name}`);
const ROUNDS = Number(opt('rounds', '15'));
const MOUNT = Number(opt('mount', '200'));
const BUDGET = Number(opt('budget', '250')); // seconds for build + rounds; the drag comes after
const MIN_ROUNDS = 5;
const MOUNT_ROUNDS = Number(opt('mount-rounds', '4')); // mounting 200 is the slow part of a sample
const HEAP_ROUNDS = 3; // heap per instance barely varies; measured in the first mount rounds
const ONLY = opt('only', '')?.split(',').filter(Boolean);
const DIST = '.tmp/dist-bench';
const RUN = `.tmp/bench/run-${process.pid}`; // this run's page bundle; removed at the end
const OUT = `${RUN}/out`;
const SRC = `${RUN}/src`;

// One bench at a time: two runs would share the CPU (and .tmp/dist-bench) and spoil each
// other's figures. A second run waits; a lock left by a dead process is taken over.
const LOCK = '.tmp/bench/lock';
mkdirSync('.tmp/bench', { recursive: true });
for (let waited = 0; ; waited++) {
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    break;
  } catch {
    const holder = Number(readFileSync(LOCK, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = holder !== process.pid;
    } catch {}
    if (!alive) {
      rmSync(LOCK, { force: true });
      continue;
    }
    if (waited === 0) log(`another bench (pid ${holder}) is running; waiting for it to finish`);
    if (waited > 600) {
      console.error('bench: gave up waiting for the other bench after 10 minutes.');
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
process.on('exit', () => {
  if (!flag('keep')) rmSync(RUN, { recursive: true, force: true });
  try {
    if (readFileSync(LOCK, 'utf8') === String(process.pid)) rmSync(LOCK, { force: true });
  } catch {}
});

// ---- 1. build and 2. size ----
if (!flag('skip-build')) {
  log(`vite build --outDir ${DIST}`);
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('bench: the library build failed; nothing measured.');
    process.exit(1);
  }
}
log('node .ci/size.mjs --json');
const sizeRun = spawnSync(process.execPath, ['.ci/size.mjs', '--json'], { env: { ...process.env, GK_DIST: DIST }, encoding: 'utf8' });
let size;
try {
  size = JSON.parse(sizeRun.stdout);
} catch {
  const lines = (sizeRun.stderr || '').split('\n');
  const why = lines.find((l) => /^\s*(✘ \[ERROR\]|error:)/i.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? 'no output';
  size = { rows: [], error: `.ci/size.mjs --json gave no JSON (${why.trim()})` };
  log(`warning: ${size.error}; speed is still measured`);
}
const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8'));

// ---- which candidates exist ----
const missing = [];
const candidates = TOOLS.filter((t) => {
  if (ONLY?.length && !ONLY.includes(t.id)) return false;
  if (t.entry && !(existsSync(`src/${t.entry}.ts`) && manifest[`src/${t.entry}.ts`])) {
    missing.push({ id: t.id, tag: t.tag, why: `src/${t.entry}.ts does not exist yet` });
    return false;
  }
  return true;
});
for (const t of candidates) if (t.anchorOf && !candidates.some((c) => c.id === t.anchorOf)) log(`note: ${t.id} is measured without ${t.anchorOf}`);

// ---- anchor sizes: .ci/size.mjs measures sl-range and md-slider in the same stub and run ----
const anchorSizes = {};
for (const t of TOOLS) {
  const row = t.module && size.rows.find((r) => r.kind === 'anchor' && r.name === t.id);
  if (row?.first) anchorSizes[t.id] = row.first;
}

// ---- 3. bundle the page ----
mkdirSync(SRC, { recursive: true });
mkdirSync(OUT, { recursive: true });
const entryPoints = { page: 'tests/bench/page.mjs' };
for (const t of candidates) {
  const spec = t.entry ? resolve(DIST, manifest[`src/${t.entry}.ts`].file) : t.module;
  writeFileSync(`${SRC}/cand-${t.id}.mjs`, `export * as candidate from ${JSON.stringify(spec)};\n`);
  entryPoints[`cand-${t.id}`] = `${SRC}/cand-${t.id}.mjs`;
}
// The built entries register their tags in chunks imported only for that side effect; the
// package's "sideEffects" list does not name .tmp/dist-bench, so tell esbuild to keep them.
const distDir = resolve(DIST);
const keepDist = {
  name: 'keep-dist-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\/|^\// }, (a) => {
      const path = resolve(a.resolveDir, a.path);
      return path.startsWith(distDir + '/') ? { path, sideEffects: true } : undefined;
    });
  },
};
await build({
  entryPoints,
  plugins: [keepDist],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>gruppekit bench</title>
<link rel="icon" href="data:,"><style>body{margin:0;font:16px/1.4 system-ui,sans-serif}#stage{display:block;width:640px;padding:8px}</style></head>
<body><main id="stage"></main><script type="module" src="./page.js"></script></body></html>`,
);

// ---- 4. serve ----
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(OUT, path.endsWith('/') ? path + 'index.html' : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const URL_ = `http://127.0.0.1:${server.address().port}/`;

// ---- 5. measure ----
const browser = await chromium.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
page.on('console', (m) => {
  if (m.type() === 'error') pageErrors.push(m.text());
});

async function heap() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  const d = await cdp.send('Memory.getDOMCounters');
  return { js: h.usedSize, dom: h.embedderHeapUsedSize ?? 0, nodes: d.nodes };
}

/** Renderer counters, ms: main-thread CPU (ThreadTime) and time in script, style and layout. */
async function counters() {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { cpu: get('ThreadTime'), script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}
/** Counters spent by `work`, minus those of `base` (the same round trips doing nothing). */
async function cpu(work, base) {
  const a = await counters();
  const r = await work();
  const b = await counters();
  await base();
  const c = await counters();
  const d = (k) => b[k] - a[k] - (c[k] - b[k]);
  return { r, cpu: d('cpu'), script: d('script'), style: d('style'), layout: d('layout') };
}
const idle = () => ev(() => bench.idle());

/** page.evaluate with a time limit: a tool that never settles fails its sample, not the run. */
async function ev(fn, arg, ms = 20000) {
  let timer;
  try {
    return await Promise.race([
      page.evaluate(fn, arg),
      new Promise((_, no) => (timer = setTimeout(() => no(new Error(`a step took longer than ${ms / 1000} s`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function sample(t, withMount, withHeap) {
  await page.goto(URL_);
  await page.waitForFunction(() => window.bench);
  await cdp.send('Performance.enable');
  await ev((id) => bench.load(id), t.id);
  await ev(() => bench.gc());
  const first = await cpu(() => ev(() => bench.firstRender()), idle);
  await ev(() => bench.focusForKeys());
  await ev(() => bench.gc());
  // CPU of the same round trips without work (arm, a Shift press, a frame), taken once per page
  const base = [];
  for (let i = 0; i < 2; i++) {
    const a = await counters();
    await ev(() => bench.noop());
    await page.keyboard.press('Shift');
    await idle();
    base.push((await counters()).cpu - a.cpu);
  }
  const keys = [];
  for (let k = 0; k < t.presses; k++) {
    const a = await counters();
    const key = await ev((k) => bench.armKey(k), k);
    await page.keyboard.press(key);
    const r = await ev(() => bench.keyResult());
    keys.push({ r, cpu: (await counters()).cpu - a.cpu - Math.min(...base) });
  }
  const r = {
    first: first.r.ms,
    firstCpu: first.cpu,
    key: median(keys.map((k) => k.r.ms)),
    keyCpu: median(keys.map((k) => k.cpu)),
  };
  if (!withMount) return r;
  await ev(() => bench.clear());
  const h0 = withHeap ? await heap() : undefined;
  await ev(() => bench.gc());
  const mount = await cpu(() => ev((n) => bench.mount(n), MOUNT, 60000), idle);
  const h1 = withHeap ? await heap() : undefined;
  if ((await ev(() => bench.count())) !== MOUNT) throw new Error(`${t.id}: mount left the wrong number of elements`);
  return {
    ...r,
    mount: mount.r.ms,
    mountCpu: mount.cpu,
    mountScript: mount.script,
    mountStyle: mount.style,
    mountLayout: mount.layout,
    ...(withHeap && {
      heapJs: (h1.js - h0.js) / MOUNT,
      heapDom: (h1.dom - h0.dom) / MOUNT,
      heap: (h1.js + h1.dom - h0.js - h0.dom) / MOUNT,
      nodes: (h1.nodes - h0.nodes) / MOUNT,
    }),
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
}
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
// Seeded shuffle, so a run's order can be repeated.
let seed = 0x9e3779b9;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const shuffled = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

const samples = Object.fromEntries(candidates.map((t) => [t.id, []]));
const errors = {};
const failures = {};
let rounds = 0;
let lastRound = 0;
for (let round = 0; round <= (flag('drag-only') ? -1 : ROUNDS); round++) {
  const warm = round === 0;
  const t0 = Date.now();
  // Stop early rather than overrun the time budget (a busy machine); the report says how many
  // rounds there were.
  if (round > MIN_ROUNDS && (Date.now() - started + lastRound) / 1000 > BUDGET) {
    log(`time budget of ${BUDGET} s reached after ${rounds} rounds`);
    break;
  }
  for (const t of shuffled(candidates)) {
    if ((failures[t.id] ?? 0) >= 2) continue; // a tool that fails twice is left out of the run
    try {
      const s = await sample(t, !warm && round <= MOUNT_ROUNDS, !warm && round <= HEAP_ROUNDS);
      if (!warm) samples[t.id].push(s);
    } catch (e) {
      failures[t.id] = (failures[t.id] ?? 0) + 1;
      errors[t.id] ??= String(e.message ?? e).split('\n')[0];
      log(`error in ${t.id}: ${String(e.message ?? e).split('\n')[0]}`);
    }
  }
  if (!warm) rounds = round;
  lastRound = Date.now() - t0;
  log(`${warm ? 'warm-up round' : `round ${round}/${ROUNDS}`} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// ---- 6. drag ----
let drag;
const dragTool = DRAG && candidates.find((t) => t.id === DRAG.id);
if (DRAG && !dragTool) drag = { missing: true, id: DRAG.id, tag: DRAG.tag };
if (dragTool) {
  log(`drag: ${DRAG.id} with ${DRAG.people} people`);
  try {
    let timer;
    drag = await Promise.race([
      dragFrames({ page, url: URL_, tool: dragTool, spec: DRAG, log, quantile, median }),
      new Promise((_, no) => (timer = setTimeout(() => no(new Error('the drag took longer than 90 s')), 90000))),
    ]).finally(() => clearTimeout(timer));
  } catch (e) {
    drag = { id: DRAG.id, tag: DRAG.tag, error: String(e.message ?? e).split('\n')[0] };
    log(`drag error: ${drag.error}`);
  }
}

const chromeVersion = browser.version();
await browser.close();
server.close();

// ---- 7. figures ----
const METRICS = ['first', 'key', 'mount', 'firstCpu', 'keyCpu', 'mountCpu', 'mountScript', 'mountStyle', 'mountLayout', 'heap', 'heapJs', 'heapDom', 'nodes'];
const results = candidates.map((t) => {
  const ss = samples[t.id];
  const fig = {};
  for (const m of METRICS) {
    const xs = ss.map((s) => s[m]).filter((x) => x !== undefined);
    fig[m] = { median: median(xs), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), n: xs.length };
  }
  return { id: t.id, tag: t.tag, entry: t.entry, anchorOf: t.anchorOf, keyNote: t.keyNote, error: errors[t.id], fig };
});

const sh = (c) => {
  try {
    return execSync(c, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown';
const machine = {
  cpu: cpuModel,
  cores: cpus().length,
  memGB: Math.round(totalmem() / 2 ** 30),
  chromium: chromeVersion,
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit: sh('git rev-parse --short HEAD'),
  dirty: sh('git status --porcelain -- src').split('\n').filter(Boolean).length,
  rounds,
  mountRounds: Math.min(rounds, MOUNT_ROUNDS),
  heapRounds: Math.min(rounds, HEAP_ROUNDS),
  mount: MOUNT,
  seconds: Math.round((Date.now() - started) / 1000),
  load: [loadBefore, loadavg()[0]],
};

const report = { machine, results, missing, size, anchorSizes, drag, errors, pageErrors: [...new Set(pageErrors)].slice(0, 10) };
const json = opt('json');
if (json) writeFileSync(json, JSON.stringify(report, null, 2));
const md = renderReport(report);
console.log(md);
// A run in which the scale or an anchor got no sample at all (browser gone, build broken) is
// not written over the last good tables.
const broken = aborted || results.filter((r) => r.id === 'gk-scale' || r.anchorOf).some((r) => !r.fig.first.n);
if (broken) {
  log('docs/performance.md left alone: this run is incomplete (aborted, or the scale or an anchor has no sample)');
  process.exitCode = 1;
} else if (!flag('no-write') && !ONLY?.length) {
  writeDoc('docs/performance.md', md);
  log('docs/performance.md updated');
} else log('docs/performance.md left alone (--no-write or --only)');
log(`done in ${machine.seconds}s`);
