import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The local host (npm start) serves the API here; `vite dev` forwards /api to it so the tab keeps one origin. */
const API_ORIGIN = 'http://127.0.0.1:7071';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Fluent UI makes one large chunk; the budget that matters (≤ 300 KB gzip) is checked by npm run bench:tab.
    chunkSizeWarningLimit: 1_000,
    rolldownOptions: {
      treeshake: {
        // The tab takes only constants and types from @ideabar/core; its schemas and storage twins must not ride along.
        moduleSideEffects: (id: string) => !/[\\/]core[\\/]src[\\/]/.test(id),
      },
    },
  },
  server: {
    proxy: { '/api': API_ORIGIN },
  },
});
