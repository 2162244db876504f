// esbuild: bundle, code splitting, minify, production. Plus a page with two separately
// bundled copies of the library (each with its own Lit), as two widgets of a portal would be.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const common = { bundle: true, minify: true, format: 'esm', target: 'es2022', logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' } };
await build({ ...common, entryPoints: { main: 'src/main.js' }, splitting: true, outdir: 'dist', chunkNames: 'chunks/[name]-[hash]' });
// two copies: separate builds, no shared chunks between them
for (const copy of ['one', 'two']) await build({ ...common, entryPoints: { [copy]: 'src/copy.js' }, splitting: true, outdir: `dist/${copy}` });
writeFileSync(
  'dist/two.html',
  `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Two copies of gruppekit</title>
    <script type="module" src="/one/one.js"></script>
    <script type="module" src="/two/two.js"></script>
  </head>
  <body>
    <gk-scale name="a"></gk-scale>
    <gk-scale name="b"></gk-scale>
  </body>
</html>
`,
);
