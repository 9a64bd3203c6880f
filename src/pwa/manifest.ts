/**
 * The web app manifest, in Danish. Read by vite.config.ts at build time.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

/** The theme colour: DKFDS's dark grey, also used in index.html. */
export const THEME_COLOR = '#454545';

/** What the browser needs to install Samspil. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Samspil',
  short_name: 'Samspil',
  description:
    'Frivillige, sagsbehandlere og kontaktpersoner i kommunen: registrér, lær og del – også uden net.',
  lang: 'da',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  background_color: '#ffffff',
  theme_color: THEME_COLOR,
  categories: ['productivity', 'social'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
