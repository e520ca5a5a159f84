import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server the dev server forwards `/api` to (the Strata server's default port). */
const apiTarget = process.env.STRATA_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl alone is ~800 kB minified; it is only loaded by the pages that show a map.
    chunkSizeWarningLimit: 1100,
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
});
