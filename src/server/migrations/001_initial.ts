/**
 * Migration 001: accounts, devices, tokens, synced rows and server values.
 *
 * One definition for both dialects; only the 64-bit integer type differs (SQLite's INTEGER is
 * already 64-bit). Never edit a migration that has shipped: add the next number.
 */
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../store/dialect';

/** Migration 001 for `dialect`. */
export function initial(dialect: Dialect): Migration {
  const int64 = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('institutions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('institution_id', 'text', (c) => c.references('institutions.id'))
        .addColumn('team_id', 'text', (c) => c.references('teams.id'))
        .addColumn('display_name', 'text')
        .addColumn('created_at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('invitations')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('institution_id', 'text', (c) => c.references('institutions.id'))
        .addColumn('team_id', 'text', (c) => c.references('teams.id'))
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('uses_left', 'integer', (c) => c.notNull())
        .addColumn('expires_at', int64, (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text')
        .addColumn('last_mutation_id', int64, (c) => c.notNull().defaultTo(0))
        .addColumn('revoked_at', int64)
        .addColumn('created_at', int64, (c) => c.notNull())
        .addColumn('last_seen_at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('refresh_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
        .addColumn('issued_at', int64, (c) => c.notNull())
        .addColumn('expires_at', int64, (c) => c.notNull())
        .addColumn('used_at', int64)
        .execute();
      await db.schema
        .createIndex('refresh_tokens_device')
        .on('refresh_tokens')
        .column('device_id')
        .execute();
      await db.schema
        .createTable('rows')
        .addColumn('tbl', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('clocks', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('seq', int64, (c) => c.notNull())
        .addPrimaryKeyConstraint('rows_pk', ['tbl', 'key'])
        .execute();
      // Pull reads `WHERE scope IN (…) AND seq > cursor ORDER BY seq`.
      await db.schema.createIndex('rows_scope_seq').on('rows').columns(['scope', 'seq']).execute();
      await db.schema
        .createTable('server_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
