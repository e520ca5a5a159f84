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
    // maplibre-gl (~800 kB) and Observable Plot are only loaded by the pages that show a map or chart.
    chunkSizeWarningLimit: 1400,
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
});
