/**
 * The server's tables as Kysely sees them, identical on SQLite and PostgreSQL.
 *
 * Times are milliseconds since the epoch (64-bit integers); JSON is stored as text; flags are 0/1
 * integers, so one set of queries serves both dialects.
 */
import type { ColumnType } from 'kysely';

/** An institution (nursing home, shelter, activity centre). */
export type InstitutionsTable = { id: string; name: string; created_at: number };

/** A team inside an institution. */
export type TeamsTable = { id: string; institution_id: string; name: string };

/** A person; role, institution and team decide which scopes they read and write. */
export type UsersTable = {
  id: string;
  role: string;
  institution_id: string | null;
  team_id: string | null;
  display_name: string | null;
  created_at: number;
};

/** An invitation code; `user_id` set means "add a device for this existing person". */
export type InvitationsTable = {
  code: string;
  role: string;
  institution_id: string | null;
  team_id: string | null;
  user_id: string | null;
  uses_left: number;
  expires_at: number;
  created_by: string | null;
  created_at: number;
};

/** A device that redeemed a code; `last_mutation_id` makes pushes idempotent. */
export type DevicesTable = {
  id: string;
  user_id: string;
  name: string | null;
  last_mutation_id: ColumnType<number, number | undefined, number>;
  revoked_at: number | null;
  created_at: number;
  last_seen_at: number;
};

/** A refresh token, stored only as its SHA-256; `used_at` set means spent. */
export type RefreshTokensTable = {
  token_hash: string;
  device_id: string;
  issued_at: number;
  expires_at: number;
  used_at: number | null;
  /** The hash of the token that replaced this one when it was spent (migration 002). */
  replaced_by: string | null;
};

/** A synced row: current fields and per-field HLC clocks as JSON text, tombstone flag, sequence. */
export type RowsTable = {
  tbl: string;
  key: string;
  scope: string;
  owner_user_id: string;
  fields: string;
  clocks: string;
  deleted: number;
  seq: number;
  /** When the row was last written, ms (migration 002); the tombstone purge goes by it. */
  changed_at: number;
};

/** Server-wide values: `epoch`, `token_secret`, `seq`, `purged_seq`, `demo`. */
export type ServerMetaTable = { key: string; value: string };

/** Every table. */
export type Database = {
  institutions: InstitutionsTable;
  teams: TeamsTable;
  users: UsersTable;
  invitations: InvitationsTable;
  devices: DevicesTable;
  refresh_tokens: RefreshTokensTable;
  rows: RowsTable;
  server_meta: ServerMetaTable;
};
