/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/pwa/manifest.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
const dkfds = fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url));

export default defineConfig({
  resolve: {
    alias: { '@': src, 'dkfds-dist': dkfds },
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  plugins: [
    react(),
    VitePWA({
      // We register the worker ourselves through workbox-window (src/pwa/register.ts) so a
      // waiting version is announced, never forced on someone who is typing.
      injectRegister: false,
      registerType: 'prompt',
      manifest,
      workbox: {
        // The app shell and its fonts. DKFDS also ships eot/ttf/woff fonts that modern browsers
        // never ask for; only woff2 is worth the phone's storage.
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
        globIgnores: ['**/*.{eot,ttf,woff,otf}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/v1\//, /^\/health/],
        cleanupOutdatedCaches: true,
        // The first visit is controlled as soon as the worker activates, so it works offline
        // without a second load. Updates still wait for the user's tap (registerType: prompt).
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // DKFDS's CSS references ~150 small SVG icons; inlined they would double the CSS every screen
    // downloads. As files they load only when a rule that uses one applies.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    sourcemap: false,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    // A throwaway PostgreSQL cluster on loopback for the server tests (and the simulation).
    globalSetup: ['./test/helpers/postgres-setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
