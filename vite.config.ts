import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

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

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
