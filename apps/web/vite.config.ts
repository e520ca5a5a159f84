import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The API server the dev server forwards `/api` to (the Strata server's default port). */
const apiTarget = process.env.STRATA_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  // Shown in the footer (formatted per language through Intl).
  define: {
    __STRATA_VERSION__: JSON.stringify(version),
    __STRATA_BUILD_DATE__: JSON.stringify(new Date().toISOString()),
  },
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
