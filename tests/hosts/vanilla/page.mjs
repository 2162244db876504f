// Writes the standard page for an app: `node ../../vanilla/page.mjs dist [lang] [file] [scripts]`.
// The page loads /main.js (the app's entry bundle; or the comma-separated `scripts`) and
// nothing inline (strict CSP).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'dist', lang = 'da', file = 'index.html', script = '/main.js'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, file),
  `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>gruppekit in a host app</title>
${script
  .split(',')
  .map((src) => `    <script type="module" src="${src}"></script>`)
  .join('\n')}
  </head>
  <body>
    <form id="host">
      <gk-scale name="trang" preset="craving"></gk-scale>
      <gk-feelings-picker name="ind"></gk-feelings-picker>
      <button type="button" id="rerender">Tegn igen</button>
      <button type="reset">Nulstil</button>
    </form>
    <output id="state"></output>
  </body>
</html>
`,
);
