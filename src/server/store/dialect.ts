/**
 * Opening a Kysely instance on SQLite (better-sqlite3) or PostgreSQL (pg).
 *
 * SQLite: one file, WAL (readers never block the writer), `synchronous=FULL` (a commit survives a
 * power cut), foreign keys on. PostgreSQL: a pool; 64-bit integers come back as numbers (our
 * values, milliseconds and sequence numbers, stay far below 2^53).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/** The two supported databases. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Where the data lives: PostgreSQL when `databaseUrl` is set, else `<dataDir>/samspil.db`
 * (`dataDir` defaults to `data`, relative to the working directory).
 */
export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string | undefined };

/** Connects without touching the schema. */
export function connect(options: DatabaseOptions): { db: Kysely<Database>; dialect: Dialect } {
  if (options.databaseUrl) {
    const types = new pg.TypeOverrides();
    types.setTypeParser(pg.types.builtins.INT8, Number);
    const pool = new pg.Pool({ connectionString: options.databaseUrl, types });
    // An idle connection dropped by the database (restart, failover) must not crash the process:
    // the pool discards it and the next query opens a fresh one.
    pool.on('error', () => undefined);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
    };
  }
  const dataDir = options.dataDir ?? 'data';
  mkdirSync(dataDir, { recursive: true });
  const database = new SqliteDatabase(path.join(dataDir, 'samspil.db'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    dialect: 'sqlite',
  };
}
