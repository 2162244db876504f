// Rollup 4: node resolution with package.json exports, code splitting, terser, production.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: { main: 'src/main.js' },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  plugins: [nodeResolve({ exportConditions: ['production'] }), terser()],
};
