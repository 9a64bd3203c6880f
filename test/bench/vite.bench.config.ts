/**
 * Builds the bench harness (test/bench/harness) with the app's aliases and a production React, into
 * node_modules/.bench-dist so nothing new needs ignoring. No PWA plugin: the benches measure storage
 * and rendering, and a service worker would only add noise.
 */
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the built harness goes. */
export const benchOutDir = here('../../node_modules/.bench-dist');

export default defineConfig({
  root: here('./harness'),
  mode: 'production',
  logLevel: 'warn',
  resolve: {
    alias: { '@': here('../../src'), 'dkfds-dist': here('../../node_modules/dkfds/dist') },
  },
  define: {
    __APP_VERSION__: JSON.stringify('bench'),
  },
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: benchOutDir,
    emptyOutDir: true,
    sourcemap: false,
    // The harness is one page that nobody downloads over a network; size warnings are noise.
    chunkSizeWarningLimit: 10_000,
  },
});
