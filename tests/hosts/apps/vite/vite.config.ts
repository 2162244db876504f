import { defineConfig } from 'vite';

// Two pages: the standard contract (index.html) and a named import under an own tag.
export default defineConfig({
  build: { rollupOptions: { input: ['index.html', 'classes.html'] } },
});
