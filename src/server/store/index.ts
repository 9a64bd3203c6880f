/**
 * The store: one interface over SQLite and PostgreSQL.
 *
 * Guarantees: the schema is migrated before `openStore` returns; `epoch`, `token_secret` and the
 * `seq` counter exist; `lockWriters` serializes every transaction that allocates `seq`, so sequence
 * numbers become visible in commit order (a reader that has seen seq N will never later see a new
 * row with seq below N).
 */
import { randomBytes } from 'node:crypto';
import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import { newSecret } from '../auth/tokens';
import { migrationProvider } from '../migrations';
import { connect, type DatabaseOptions, type Dialect } from './dialect';
import type { Database } from './schema';

export type { Database } from './schema';
export type { DatabaseOptions, Dialect } from './dialect';

/** A transaction on the store's database. */
export type StoreTransaction = Transaction<Database>;

/** An open, migrated database. */
export type Store = {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Random at creation; a change tells clients the data was restored from a backup. */
  readonly epoch: string;
  /** The secret that signs access tokens. */
  readonly tokenSecret: Buffer;
  /**
   * Takes the writers' lock for the rest of `trx`. Call it first in every transaction that reads
   * rows to merge and allocates `seq`.
   */
  lockWriters: (trx: StoreTransaction) => Promise<void>;
  close: () => Promise<void>;
};

/** Options for `openStore`; `tokenSecret` (hex) overrides the one kept in the database. */
export type StoreOptions = DatabaseOptions & { tokenSecret?: string | undefined };

// Any constant works; it names "the seq allocator" among this database's advisory locks.
const WRITERS_LOCK = 7_261_746_175;

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}

async function ensureMeta(db: Kysely<Database>): Promise<Map<string, string>> {
  await db
    .insertInto('server_meta')
    .values([
      { key: 'epoch', value: randomBytes(16).toString('hex') },
      { key: 'token_secret', value: newSecret().toString('hex') },
      { key: 'seq', value: '0' },
    ])
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const rows = await db.selectFrom('server_meta').select(['key', 'value']).execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

function secretFrom(hex: string): Buffer {
  if (!/^([0-9a-f]{2}){32,}$/i.test(hex)) {
    throw new Error('TOKEN_SECRET must be at least 64 hex digits (openssl rand -hex 32)');
  }
  return Buffer.from(hex, 'hex');
}

/** Opens (and on first start creates) the database, migrates it and loads the server values. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, dialect } = connect(options);
  try {
    await migrate(db, dialect);
    const meta = await ensureMeta(db);
    return {
      db,
      dialect,
      epoch: meta.get('epoch') ?? '',
      tokenSecret: secretFrom(options.tokenSecret ?? meta.get('token_secret') ?? ''),
      lockWriters:
        dialect === 'postgres'
          ? async (trx) => {
              // A PostgreSQL sequence is not commit-ordered; this lock is (held until commit).
              await sql`select pg_advisory_xact_lock(${WRITERS_LOCK})`.execute(trx);
            }
          : // SQLite: Kysely runs a transaction alone on the process's single connection, and
            // SQLite allows one writer. Several server processes need PostgreSQL.
            () => Promise.resolve(),
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** The last `seq` handed out. Read it only under `lockWriters`. */
export async function readSeq(trx: StoreTransaction): Promise<number> {
  const counter = await trx
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', 'seq')
    .executeTakeFirstOrThrow();
  return Number(counter.value);
}

/** Stores the last `seq` handed out (in the same transaction that used it). */
export async function saveSeq(trx: StoreTransaction, seq: number): Promise<void> {
  await trx
    .updateTable('server_meta')
    .set({ value: String(seq) })
    .where('key', '=', 'seq')
    .execute();
}
