/**
 * The databases every server suite runs on: a SQLite file in a temp dir, and a fresh database on
 * the test run's PostgreSQL cluster (test/helpers/postgres-setup.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoreOptions } from '@/server/store';
import { createTestDatabase } from '../helpers/postgres';

/** Both databases; every server suite runs on each. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

/** Options for a fresh, empty database of `dialect` (dataDir is a new temp folder either way). */
export async function freshDatabase(
  dialect: TestDialect,
): Promise<StoreOptions & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samspil-data-'));
  return dialect === 'postgres'
    ? { databaseUrl: await createTestDatabase('server'), dataDir }
    : { dataDir };
}
