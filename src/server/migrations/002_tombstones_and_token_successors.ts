/**
 * Migration 002: what the tombstone purge and the refresh-token grace need.
 *
 * - `rows.changed_at`: when the row was last written (ms). The purge deletes tombstones not changed
 *   for TOMBSTONE_DAYS. Rows that exist already count as changed now, so none of them is purged
 *   before a full TOMBSTONE_DAYS has passed after this migration.
 * - `rows_tombstones`: a partial index over the tombstones' age, for the purge.
 * - `server_meta.purged_seq`: the highest seq the purge has deleted; a device whose cursor is below
 *   it may have missed a delete and gets `reset: 'full'`.
 * - `refresh_tokens.replaced_by`: the hash of the token a rotation issued for this one, so a
 *   device whose refresh response was lost can retry with the same token (accounts.ts).
 *
 * Never edit a migration that has shipped: add the next number.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../store/dialect';

/** Migration 002 for `dialect`. */
export function tombstonesAndTokenSuccessors(dialect: Dialect): Migration {
  const int64 = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      // SQLite adds a NOT NULL column only with a default; every writer sets it from now on.
      await db.schema
        .alterTable('rows')
        .addColumn('changed_at', int64, (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update rows set changed_at = ${Date.now()}`.execute(db);
      await db.schema
        .createIndex('rows_tombstones')
        .on('rows')
        .column('changed_at')
        .where(sql.ref('deleted'), '=', 1)
        .execute();
      await db.schema.alterTable('refresh_tokens').addColumn('replaced_by', 'text').execute();
      await sql`insert into server_meta (key, value) values ('purged_seq', '0')`.execute(db);
    },
  };
}
