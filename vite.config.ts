import { readdirSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

/**
 * Library build. Every top-level file in src/ is a public entry: `src/scale.ts` becomes
 * `dist/scale.js` (= `gruppekit/scale.js`). Lit stays external: hosts share one copy.
 * No decorators are used anywhere (static `properties` instead), so Vite's transform needs
 * no decorator lowering; tests/build/dist.test.ts loads the built files in Chromium.
 */
const entries = Object.fromEntries(
  readdirSync('src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => [f.slice(0, -3), `src/${f}`]),
);

/**
 * Collapses whitespace in the static parts of css`` and html`` templates (not inside
 * <pre>/<textarea>); in CSS also drops comments and the 0 before a decimal point.
 */
export function minifyTemplates(): Plugin {
  // `first`/`last`: the template's outer ends, trimmed; white space next to a ${…} is kept
  // (it can matter there: calc(${a} + 1px)).
  const minCss = (s: string, first: boolean, last: boolean) => {
    const out = s
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5rem → .5rem, outside quoted strings (content: '0.5' stays)
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) => (i % 2 ? part : part.replace(/([\s:,(])0\.(\d)/g, '$1.$2')))
      .join('');
    return first && last ? out.trim() : first ? out.trimStart() : last ? out.trimEnd() : out;
  };
  // Runs of white space become one space: rendering is unchanged outside <pre>/<textarea>.
  const minHtml = (s: string) => (/<(pre|textarea)\b/i.test(s) ? s : s.replace(/\s+/g, ' '));
  return {
    name: 'gk-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code) as unknown as { type: string };
      const edits: [number, number, string][] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as Record<string, unknown> & { type?: string };
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as { type: string; name?: string };
          const quasi = n.quasi as { quasis: { start: number; end: number }[] };
          const fn = tag.type === 'Identifier' ? (tag.name === 'css' ? minCss : tag.name === 'html' || tag.name === 'svg' ? minHtml : null) : null;
          if (fn)
            quasi.quasis.forEach((q, i, all) => edits.push([q.start, q.end, fn(code.slice(q.start, q.end), i === 0, i === all.length - 1)]));
        }
        for (const k in n) if (k !== 'type') walk(n[k]);
      };
      walk(ast);
      if (!edits.length) return null;
      let out = code;
      for (const [s, e, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + text + out.slice(e);
      return { code: out, map: null };
    },
  };
}

/**
 * The CDN build, for a page without a bundler: `dist/cdn/<entry>.js` for every registering
 * entry (not classes.js, not react.js), Lit included (its production build), minified. All
 * entries in one esbuild run with splitting, so two tool files on one page share one Lit and
 * one core, and the lazy parts are sibling chunks that import() finds relative to the script.
 * Built from dist/ once Vite has written it: the same code npm hosts get.
 */
export function cdnBuild(): Plugin {
  let out = 'dist';
  return {
    name: 'gk-cdn-build',
    apply: 'build',
    configResolved(config) {
      out = config.build.outDir;
    },
    async closeBundle() {
      const names = Object.keys(entries).filter((n) => n !== 'classes' && n !== 'react');
      await esbuild({
        entryPoints: Object.fromEntries(names.map((n) => [n === 'index' ? 'gruppekit' : n, `${out}/${n}.js`])),
        outdir: `${out}/cdn`,
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        chunkNames: 'chunks/[name]-[hash]',
        legalComments: 'eof',
        logLevel: 'warning',
      });
    },
  };
}

export default defineConfig({
  plugins: [minifyTemplates(), cdnBuild()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    // dist/.vite/manifest.json maps src files to built chunks; .ci/size.mjs reads it.
    manifest: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      // React (react, react/jsx-runtime, react-dom) is the host's: gruppekit/react imports it.
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^react-dom(\/|$)/],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
