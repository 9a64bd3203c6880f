import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// A fresh database per run. The config is evaluated again in every worker; the workers inherit
// this variable from the main process, so they all find the server's database.
process.env.SAMSPIL_E2E_DATA ??= mkdtempSync(path.join(tmpdir(), 'samspil-e2e-'));
/** The e2e server's data folder (tests read the demo invitation codes from it). */
export const E2E_DATA_DIR = process.env.SAMSPIL_E2E_DATA;

// End-to-end tests run against the built app served by our own server (npm run test:e2e builds
// first), in Debian's Chromium. Never `playwright install`: there is no browser download here.
export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npm run serve',
    url: `http://127.0.0.1:${PORT}/health`,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: E2E_DATA_DIR,
      DEMO_DATA: 'on',
    },
    // Never reuse a server: its database would not be this run's.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
