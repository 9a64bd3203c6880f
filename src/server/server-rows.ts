/**
 * Synced rows the server writes itself: a volunteer's monthly hours, the volunteer roster, a
 * team's check-in averages, tip read counts, an institution's info, the demo content and the
 * leader's totals (leader-rows.ts, leader-units.ts).
 *
 * Guarantees: each row is written in the caller's transaction, which must hold the writers' lock
 * (Store.lockWriters), so it commits with whatever it was derived from or not at all; a row that
 * changes gets the next `seq` and, for each changed field, a server stamp later than the field
 * clocks the row had; a row whose fields would not change is not written (and keeps its seq).
 * Existing rows keep their scope and owner.
 */
import { createHash } from 'node:crypto';
import type { TableName } from '@/protocol/table-names';
import type { ServerClock } from './server-clock';
import { readSeq, saveSeq, type StoreTransaction } from './store';

const CHUNK = 500;

/** The owner of rows no person wrote (the demo content). */
export const SERVER_OWNER = 'server';

/** One row to write: where it lives, and how its fields change. */
export type ServerRow = {
  table: TableName;
  key: string;
  scope: string;
  owner: string;
  /**
   * The fields to set, given the row's current fields (`undefined`: there is no live row yet);
   * `undefined` leaves the row as it is; `'delete'` makes a live row a tombstone (a later update
   * brings it back with the fields it returns). Fields not returned keep their value.
   */
  update: (
    current: Record<string, unknown> | undefined,
  ) => Record<string, unknown> | 'delete' | undefined;
};

/**
 * A stable row key for a derived row, from its table and what identifies it (a team and a week,
 * say): SHA-256 of them, shaped as a version-8 UUID, so every server process finds the same row
 * without a lookup table.
 */
export function derivedKey(table: TableName, ...parts: string[]): string {
  const hex = createHash('sha256')
    .update([table, ...parts].join('\n'))
    .digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/**
 * An institution's synced info row (key: its id), read by everyone there; `fields` are set as
 * given, the others are left as they are.
 */
export function institutionRow(
  institutionId: string,
  owner: string,
  fields: Record<string, unknown>,
): ServerRow {
  return {
    table: 'institutions',
    key: institutionId,
    scope: `institution:${institutionId}`,
    owner,
    update: () => fields,
  };
}

type Existing = { fields: Record<string, unknown>; clocks: Record<string, string>; live: boolean };

async function loadExisting(trx: StoreTransaction, rows: readonly ServerRow[]) {
  const found = new Map<string, Existing>();
  const keysByTable = new Map<string, string[]>();
  for (const row of rows)
    keysByTable.set(row.table, [...(keysByTable.get(row.table) ?? []), row.key]);
  for (const [table, keys] of keysByTable) {
    for (let start = 0; start < keys.length; start += CHUNK) {
      const stored = await trx
        .selectFrom('rows')
        .select(['key', 'fields', 'clocks', 'deleted'])
        .where('tbl', '=', table)
        .where('key', 'in', keys.slice(start, start + CHUNK))
        .execute();
      for (const row of stored) {
        found.set(`${table}/${row.key}`, {
          fields: JSON.parse(row.fields) as Record<string, unknown>,
          clocks: JSON.parse(row.clocks) as Record<string, string>,
          live: row.deleted === 0,
        });
      }
    }
  }
  return found;
}

/**
 * Writes `rows` (at most one per table and key) in `trx`, stamped by `clock` at wall-clock time
 * `now`; answers how many changed. Call under the writers' lock.
 */
export async function writeServerRows(
  trx: StoreTransaction,
  clock: ServerClock,
  rows: readonly ServerRow[],
  now: number,
): Promise<number> {
  if (rows.length === 0) return 0;
  const existing = await loadExisting(trx, rows);
  let seq = await readSeq(trx);
  const values = [];
  for (const row of rows) {
    const before = existing.get(`${row.table}/${row.key}`);
    const current = before?.live ? before.fields : undefined;
    const changes = row.update(current);
    if (!changes) continue;
    if (changes === 'delete') {
      if (!current) continue; // no live row: nothing to take away
      // Like a device's delete (merge.ts): the fields go, the clocks stay.
      values.push({
        tbl: row.table,
        key: row.key,
        scope: row.scope,
        owner_user_id: row.owner,
        fields: '{}',
        clocks: JSON.stringify(before?.clocks ?? {}),
        deleted: 1,
        seq: ++seq,
        changed_at: now,
      });
      continue;
    }
    const changed = Object.entries(changes).filter(
      ([field, value]) => current === undefined || !sameValue(current[field], value),
    );
    if (changed.length === 0) continue;
    const stamp = clock.above(Object.values(before?.clocks ?? {}));
    const fields = { ...current };
    const clocks = { ...before?.clocks };
    for (const [field, value] of changed) {
      fields[field] = value;
      clocks[field] = stamp;
    }
    values.push({
      tbl: row.table,
      key: row.key,
      scope: row.scope,
      owner_user_id: row.owner,
      fields: JSON.stringify(fields),
      clocks: JSON.stringify(clocks),
      deleted: 0,
      seq: ++seq,
      changed_at: now,
    });
  }
  for (let start = 0; start < values.length; start += CHUNK) {
    await trx
      .insertInto('rows')
      .values(values.slice(start, start + CHUNK))
      .onConflict((conflict) =>
        conflict.columns(['tbl', 'key']).doUpdateSet((eb) => ({
          fields: eb.ref('excluded.fields'),
          clocks: eb.ref('excluded.clocks'),
          deleted: eb.ref('excluded.deleted'),
          seq: eb.ref('excluded.seq'),
          changed_at: eb.ref('excluded.changed_at'),
        })),
      )
      .execute();
  }
  if (values.length > 0) await saveSeq(trx, seq);
  return values.length;
}

/** Equal as JSON values (the fields are plain JSON). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
