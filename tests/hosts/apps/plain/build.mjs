// The README's plain-HTML examples, copied literally: the page is the README's code block as
// it stands, so this app fails when the README shows something that does not work.
// The examples use an inline import map and an inline script, which a strict CSP forbids; the
// page is served with a CSP that allows exactly those scripts by their hash (dist/csp.txt),
// never 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const readme = readFileSync('../../../../README.md', 'utf8');
/** The first ```html block after a heading of the README. */
const block = (heading) => {
  const at = readme.indexOf(`## ${heading}\n`);
  const m = at >= 0 && /```html\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!m) throw new Error(`README.md: no html example under "## ${heading}"`);
  return m[1];
};

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
const page = block('Embed a tool in a plain HTML page');
writeFileSync('dist/index.html', page);
// "In a form" is a fragment: it goes into the same page's body.
const form = page.replace(/<body>[\s\S]*<\/body>/, `<body>\n${block('In a form')}</body>`);
writeFileSync('dist/form.html', form);

// What the import map points at, where it points.
for (const pkg of ['gruppekit', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
  cpSync(`node_modules/${pkg}`, `dist/node_modules/${pkg}`, { recursive: true });
}

const hashes = new Set();
for (const html of [page, form]) {
  for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
}
writeFileSync(
  'dist/csp.txt',
  `default-src 'self'; script-src 'self' ${[...hashes].join(' ')}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`,
);
