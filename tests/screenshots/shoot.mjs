// Screenshots of Storybook stories in headless Chromium, for looking at the tools as a person
// would. Build Storybook first (npm run build:storybook), then e.g.:
//
//   node tests/screenshots/shoot.mjs tools-0-10-scale-gk-scale--answered
//   node tests/screenshots/shoot.mjs <story-id> --width 1920 --height 1080 --lang en --theme dark
//   node tests/screenshots/shoot.mjs <story-id> --forced-colors --reduced-motion --print
//
// Several ids may be given. PNGs go to tests/screenshots/out/ (ignored by git); the paths are
// printed. Story ids are shown in Storybook's URL (?path=/story/<id>).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const width = Number(opt('width', '1024'));
const height = Number(opt('height', '768'));
const lang = opt('lang', 'da');
const theme = opt('theme', 'light');
const root = opt('dir', 'storybook-static');
const outDir = opt('out', 'tests/screenshots/out');
const forced = flag('forced-colors');
const reduced = flag('reduced-motion');
const print = flag('print');
const full = flag('full');
const ids = args;
if (!ids.length) {
  console.error('usage: node tests/screenshots/shoot.mjs <story-id>... [--width N --height N --lang da|nb|sv|en --theme light|dark|high-contrast --forced-colors --reduced-motion --print --full]');
  process.exit(2);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? path + 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.emulateMedia({ forcedColors: forced ? 'active' : 'none', reducedMotion: reduced ? 'reduce' : 'no-preference', media: print ? 'print' : 'screen' });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const id of ids) {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=lang:${lang};theme:${theme}`);
    await page
      .waitForFunction(() => document.body.classList.contains('sb-show-main') && document.querySelector('#storybook-root *'), null, { timeout: 15000 })
      .catch(() => console.error(`${id}: nothing rendered (is the id right? see storybook-static/index.json)`));
    // let every gruppekit element finish rendering (and lazy parts load)
    await page.evaluate(async () => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('gk-'));
      await Promise.all(els.map((e) => e.updateComplete));
    });
    await page.waitForTimeout(400);
    const tag = [id, `${width}x${height}`, lang, theme !== 'light' && theme, forced && 'forced', print && 'print'].filter(Boolean).join('_');
    const file = join(outDir, `${tag}.png`);
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
  }
} finally {
  await browser.close();
  server.close();
}
