import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The server on PostgreSQL listens on the next port. */
const POSTGRES_PORT = PORT + 1;

// A fresh database per run. The config is evaluated again in every worker; the workers inherit
// this variable from the main process, so they all find the server's database.
process.env.SAMSPIL_E2E_DATA ??= mkdtempSync(path.join(tmpdir(), 'samspil-e2e-'));
/** The e2e server's data folder (tests read the demo invitation codes from it). */
export const E2E_DATA_DIR = process.env.SAMSPIL_E2E_DATA;
/** Where the PostgreSQL e2e server writes its cluster's URL (tests read the demo codes there). */
export const E2E_POSTGRES_URL_FILE = path.join(E2E_DATA_DIR, 'postgres-url');
/** The project whose tests run against the server on PostgreSQL. */
export const POSTGRES_PROJECT = 'postgres';

const serverEnv = (port: number) => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  DEMO_DATA: 'on',
});

// End-to-end tests run against the built app served by our own server (npm run test:e2e builds
// first), in Debian's Chromium. Never `playwright install`: there is no browser download here.
// Every spec runs against the server on SQLite; the sync between two devices also against one on
// a throwaway PostgreSQL cluster.
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
  projects: [
    { name: 'sqlite' },
    {
      name: POSTGRES_PROJECT,
      testMatch: 'two-devices.spec.ts',
      use: { baseURL: `http://127.0.0.1:${POSTGRES_PORT}` },
    },
  ],
  // Never reuse a server: its database would not be this run's.
  webServer: [
    {
      name: 'sqlite',
      command: 'npm run serve',
      url: `http://127.0.0.1:${PORT}/health`,
      env: { ...serverEnv(PORT), DATA_DIR: E2E_DATA_DIR },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      name: POSTGRES_PROJECT,
      command: 'node_modules/.bin/tsx --tsconfig tsconfig.node.json test/e2e/postgres-server.ts',
      url: `http://127.0.0.1:${POSTGRES_PORT}/health`,
      env: { ...serverEnv(POSTGRES_PORT), E2E_POSTGRES_URL_FILE },
      reuseExistingServer: false,
      timeout: 30_000,
      // SIGTERM, not the default SIGKILL: the script stops its cluster before it exits.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
