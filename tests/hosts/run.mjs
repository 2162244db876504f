// Consumer apps: the packed tarball installed into real host apps, built for production with
// their own toolchains and driven in headless Chromium (tests/hosts/README.md).
//   node tests/hosts/run.mjs              pack, then install, type-check, build and check every app
//   node tests/hosts/run.mjs vite react19 only these apps
//   node tests/hosts/run.mjs --lock NAME  (re)write NAME's lock file against the packed tarball
//   node tests/hosts/run.mjs --no-pack    use the tarball already in tests/hosts/.pack
// Needs `npm run build:lib` first (npm pack ships dist/ as it is).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { CHECKS } from './checks.mjs';
import { serve, STRICT_CSP } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const appsDir = join(here, 'apps');
const packDir = join(here, '.pack');
export const TARBALL = join(packDir, 'gruppekit.tgz');

const args = process.argv.slice(2);
const flag = (f) => args.includes(f) && (args.splice(args.indexOf(f), 1), true);
const lockOnly = flag('--lock');
const noPack = flag('--no-pack');
const names = args.length ? args : readdirSync(appsDir).filter((d) => existsSync(join(appsDir, d, 'package.json'))).sort();

const t0 = Date.now();
const log = (msg) => console.log(`[hosts ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`);

/** Runs a command in `cwd`; on failure prints its output and throws. */
function sh(cwd, cmd, cmdArgs, { expectFail = false } = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? '' } });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (expectFail) return { failed: r.status !== 0, out };
  if (r.status !== 0) {
    console.error(out.split('\n').slice(-60).join('\n'));
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed in ${cwd.replace(root + '/', '')} (exit ${r.status})`);
  }
  return out;
}

// What a host must find in the tarball, and what must never ship.
const MUST = ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/classes.js', 'dist/scale.js', 'dist/scale.d.ts', 'dist/cdn/gruppekit.js', 'dist/cdn/scale.js', 'dist/frameworks/react.d.ts', 'dist/frameworks/vue.d.ts', 'dist/frameworks/svelte.d.ts'];
const NEVER = [/^src\//, /^tests\//, /^stories\//, /^\.storybook\//, /^\.ci\//, /^docs\//, /^dist\/\.vite\//, /\.test\./, /^node_modules\//];

/** `npm pack` of the library as it is built now, checked for what it holds. */
function pack() {
  mkdirSync(packDir, { recursive: true });
  const out = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
  const files = out[0].files.map((f) => f.path);
  const missing = MUST.filter((f) => !files.includes(f));
  const extra = files.filter((f) => NEVER.some((re) => re.test(f)));
  if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}`);
  if (extra.length) throw new Error(`the tarball holds files a host does not need: ${extra.slice(0, 10).join(', ')}`);
  // custom-elements.json must name files a host has (IDE plugins and docs tools read it)
  const cem = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const absent = cem.modules.map((m) => m.path).filter((p) => !files.includes(p));
  if (absent.length) throw new Error(`custom-elements.json names modules the tarball lacks: ${absent.join(', ')}`);
  const defined = cem.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name);
  const tags = [...readFileSync(join(root, 'src/components/registry.ts'), 'utf8').matchAll(/'(gk-[a-z-]+)':/g)].map((m) => m[1]);
  const undefinedTags = tags.filter((t) => !defined.includes(t));
  if (undefinedTags.length) throw new Error(`custom-elements.json has no custom-element-definition for ${undefinedTags.join(', ')}`);
  renameSync(join(packDir, out[0].filename), TARBALL);
  log(`packed ${out[0].filename}: ${files.length} files, ${(out[0].size / 1024).toFixed(0)} KiB`);
}

/**
 * A lock file must not pin the tarball's integrity: the tarball changes with every build, and
 * npm ci would install a cached older copy that matches the old hash without a word.
 */
function unpinTarball(app) {
  const file = join(appsDir, app, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const entry = lock.packages?.['node_modules/gruppekit'];
  if (!entry) throw new Error(`${app}: package-lock.json has no node_modules/gruppekit (add "gruppekit": "file:../../.pack/gruppekit.tgz")`);
  if (entry.resolved !== 'file:../../.pack/gruppekit.tgz') throw new Error(`${app}: gruppekit must resolve to file:../../.pack/gruppekit.tgz, not ${entry.resolved}`);
  return { lock, entry, file };
}

function lockApp(app) {
  const dir = join(appsDir, app);
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  sh(dir, 'npm', ['install', '--no-audit', '--no-fund']);
  const { lock, entry, file } = unpinTarball(app);
  delete entry.integrity;
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  log(`${app}: package-lock.json written`);
}

const hostConfig = (app) => JSON.parse(readFileSync(join(appsDir, app, 'package.json'), 'utf8'));

async function checkApp(browser, app) {
  const dir = join(appsDir, app);
  const pkg = hostConfig(app);
  const cfg = pkg.gkHost ?? {};
  const { entry } = unpinTarball(app);
  if (entry.integrity) throw new Error(`${app}: package-lock.json pins the tarball's integrity; run node tests/hosts/run.mjs --lock ${app}`);
  sh(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  if (pkg.scripts?.typecheck) sh(dir, 'npm', ['run', 'typecheck']);
  // A misspelt property must fail the app's type check (the generated types are not `any`).
  if (pkg.scripts?.['typecheck:typo']) {
    const r = sh(dir, 'npm', ['run', 'typecheck:typo'], { expectFail: true });
    if (!r.failed) throw new Error(`${app}: the type check passed a misspelt property (typecheck:typo must fail)`);
    if (cfg.typo && !r.out.includes(cfg.typo)) throw new Error(`${app}: typecheck:typo failed, but not on "${cfg.typo}":\n${r.out.slice(-2000)}`);
  }
  sh(dir, 'npm', ['run', 'build']);
  // an app whose pages need inline scripts writes the CSP that allows exactly those (by hash)
  const csp = cfg.cspFile ? readFileSync(join(dir, cfg.cspFile), 'utf8').trim() : (cfg.csp ?? STRICT_CSP);
  const server = await serve(join(dir, cfg.dist ?? 'dist'), { csp });
  const failures = [];
  try {
    for (const { path = '/', check = 'standard', ...opts } of cfg.pages ?? [{}]) {
      if (!CHECKS[check]) throw new Error(`${app}: no check named ${check} in checks.mjs`);
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      const warnings = [];
      const foreign = [];
      page.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warning' ? warnings : []).push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
      const scripts = [];
      page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.text().catch(() => '')));
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(server.url + '/') && !/^(data|blob):/.test(u)) foreign.push(u);
      });
      try {
        await page.goto(server.url + path, { waitUntil: 'load' });
        // a check that hangs (an element that never finishes updating) fails after a minute
        let timer;
        const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the check did not finish in 60 s')), 60000)));
        await Promise.race([CHECKS[check](page, { warnings, scripts: () => scripts, ...opts }), limit]).finally(() => clearTimeout(timer));
        await page.waitForTimeout(100);
        // a page may expect an error it provokes (gkHost.pages[].allowErrors: patterns)
        const unexpected = errors.filter((e) => !(opts.allowErrors ?? []).some((re) => new RegExp(re).test(e)));
        if (unexpected.length) throw new Error(`console errors: ${unexpected.slice(0, 5).join(' | ')}`);
        if (foreign.length) throw new Error(`requests left the page's origin: ${foreign.slice(0, 5).join(', ')}`);
        log(`${app} ${path} ${check}: ok`);
      } catch (e) {
        const also = errors.length && !e.message.startsWith('console errors') ? `\n    console errors: ${errors.slice(0, 5).join(' | ')}` : '';
        failures.push(`${app} ${path} (${check}): ${e.message}${also}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  return failures;
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('hosts: dist/ is missing; run `npm run build:lib` first.');
  process.exit(1);
}
if (!noPack || !existsSync(TARBALL)) pack();
if (lockOnly) {
  for (const app of names) lockApp(app);
  process.exit(0);
}
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
let passed = 0;
for (const app of names) {
  log(`${app}: install, type-check, build, check`);
  try {
    const f = await checkApp(browser, app);
    failures.push(...f);
    if (!f.length) passed++;
  } catch (e) {
    failures.push(`${app}: ${e.message}`);
  }
}
await browser.close();
for (const f of failures) console.error(`FAIL ${f}`);
console.log(`hosts: ${passed} passed, ${names.length - passed} failed`);
process.exit(failures.length ? 1 : 0);
