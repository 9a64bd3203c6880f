/**
 * Throwaway databases for the harness: a unique name per run, deleted afterwards, so no run sees
 * another's rows or a previous run's IndexedDB files.
 */
import { SamspilDb } from '@/db/database';

/** Opens a fresh database, runs `body` with it, then deletes the database. */
export async function withBenchDb<T>(kind: string, body: (db: SamspilDb) => Promise<T>) {
  const name = `samspil-bench-${kind}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const db = new SamspilDb(name);
  try {
    await db.open();
    return await body(db);
  } finally {
    await db.delete();
  }
}
