import { defineConfig } from 'vite';

export default defineConfig({
  // One copy of Lit in dev (TOOLCHAIN.md pitfall 8).
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', 'lit/directive.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
