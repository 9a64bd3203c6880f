/**
 * The end-to-end server on PostgreSQL, started by playwright.config.ts as a web server: a
 * throwaway cluster on 127.0.0.1 (test/helpers/postgres-cluster.ts), then the real server on it
 * with the demo data, as `npm run serve` starts it. The cluster's URL goes to the file named by
 * E2E_POSTGRES_URL_FILE, where the tests find the demo invitation codes (demo-codes.ts).
 *
 * Guarantee: when the server exits, or this process gets SIGTERM or SIGINT, the cluster is stopped
 * and its folder removed. Only a SIGKILL leaves it behind (Playwright sends SIGTERM first, see
 * `gracefulShutdown` in the config).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PG_BIN, postgresInstalled, startPostgresCluster } from '../helpers/postgres-cluster';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** How long the server may take to close after a signal before it is killed. */
const SERVER_STOP_MS = 5_000;

const urlFile = process.env.E2E_POSTGRES_URL_FILE;
if (!urlFile) throw new Error('E2E_POSTGRES_URL_FILE is not set');
if (!postgresInstalled()) {
  throw new Error(
    `PostgreSQL 15 binaries not found in ${PG_BIN}: run "bash scripts/ensure-postgres.sh" (as root) or set PG_BIN`,
  );
}

const cluster = await startPostgresCluster();
let stopped = false;
const stopCluster = () => {
  if (stopped) return;
  stopped = true;
  cluster.stop();
};

try {
  writeFileSync(urlFile, cluster.url);
} catch (error) {
  stopCluster();
  throw error;
}

const server = spawn(
  path.join(ROOT, 'node_modules/.bin/tsx'),
  ['--tsconfig', 'tsconfig.node.json', 'src/server/main.ts'],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: cluster.url, DEMO_DATA: 'on' },
  },
);

server.on('error', (error) => {
  console.error(`The e2e server did not start: ${error.message}`);
  stopCluster();
  process.exit(1);
});

server.on('exit', (code, signal) => {
  stopCluster();
  process.exit(code ?? (signal ? 1 : 0));
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    // Playwright signals the whole process group, so the server may have it already; a signal
    // meant for this process alone reaches it here. Either way the cluster goes once it exits.
    server.kill(signal);
    setTimeout(() => server.kill('SIGKILL'), SERVER_STOP_MS).unref();
  });
}
