/**
 * Debian's Chromium, as every browser test and benchmark here launches it.
 *
 * Never a browser Playwright downloads. The flags keep headless Chromium from hanging on this
 * machine's closed network (it otherwise keeps trying Google's hosts).
 */

/** Path of the Chromium binary (`CHROMIUM_PATH` overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags for headless Chromium on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
