/**
 * A fresh PostgreSQL database on the test run's cluster (see postgres-setup.ts).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The cluster's admin URL; throws the setup's message when PostgreSQL is missing. */
export function postgresAdminUrl(): string {
  const postgres = inject('postgres');
  if ('missing' in postgres) throw new Error(postgres.missing);
  return postgres.url;
}

/** Creates an empty database and returns its URL (dropped with the cluster at the end of the run). */
export async function createTestDatabase(prefix = 'test'): Promise<string> {
  const adminUrl = postgresAdminUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

declare module 'vitest' {
  // Declaration merging needs an interface here. Set by postgres-setup.ts.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    postgres: { url: string } | { missing: string };
  }
}
