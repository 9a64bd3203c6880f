/**
 * vitest globalSetup: a throwaway PostgreSQL 15 cluster on 127.0.0.1 for the whole test run
 * (see postgres-cluster.ts). fsync stays on: the tests exercise the real durability path. When the
 * binaries are missing, suites that need PostgreSQL fail with `missing` as their message (other
 * suites still run).
 */
import type { TestProject } from 'vitest/node';
// The ProvidedContext type lives beside inject() in postgres.ts.
import type {} from './postgres';
import { PG_BIN, postgresInstalled, startPostgresCluster } from './postgres-cluster';

/** Starts the cluster and provides `postgres: { url } | { missing }` to the tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!postgresInstalled()) {
    project.provide('postgres', {
      missing: `PostgreSQL 15 binaries not found in ${PG_BIN}: run "bash scripts/ensure-postgres.sh" (as root) or set PG_BIN`,
    });
    return () => undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgres', { url: cluster.url });
  return () => cluster.stop();
}
