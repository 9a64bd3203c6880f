/**
 * `mutate()`: the only way a feature writes a synced row.
 *
 * Guarantee: one `rw` transaction over the row's table, the outbox and the clock writes the row,
 * its per-field HLC stamps and an outbox entry. If anything fails the transaction aborts and none of
 * them exist. The returned promise resolves only after the transaction has committed (with strict
 * durability, see database.ts), so a screen may say "saved" when it resolves and not before.
 */
import { newId } from '@/lib/ids';
import { tickClock } from './clock';
import type { SamspilDb } from './database';
import type { RowOf, SyncedRow, SyncedTableName } from './schema';

/** The domain fields of a row in table `N` (no id, no sync metadata). */
export type FieldsOf<N extends SyncedTableName> = Omit<RowOf[N], keyof SyncedRow>;

/** A write: `put` merges the given fields into the row (creating it), `delete` leaves a tombstone. */
export type Mutation<N extends SyncedTableName> =
  | { table: N; op: 'put'; key?: string; fields: Partial<FieldsOf<N>> }
  | { table: N; op: 'delete'; key: string };

/**
 * Writes one change durably and queues it for sync.
 *
 * Returns the row as stored (a tombstone for a delete). Throws what IndexedDB throws, for example a
 * `QuotaExceededError`; callers keep what the user typed and explain (see lib/errors.ts).
 */
export async function mutate<N extends SyncedTableName>(
  db: SamspilDb,
  mutation: Mutation<N>,
  now: number = Date.now(),
): Promise<RowOf[N]> {
  const table = db.synced(mutation.table);
  const key = mutation.key ?? newId();

  return db.transaction('rw', [table, db.outbox, db.syncState], async () => {
    const existing = await table.get(key);
    const highest = Object.values(existing?._hlc ?? {}).reduce<string | undefined>(
      (max, clock) => (max === undefined || clock > max ? clock : max),
      undefined,
    );
    const hlc = await tickClock(db, now, highest);

    let row: RowOf[N];
    let fields: Record<string, unknown>;
    if (mutation.op === 'put') {
      fields = stripUndefined(mutation.fields);
      const clocks = { ...existing?._hlc };
      for (const field of Object.keys(fields)) clocks[field] = hlc;
      // Tombstones win over later puts (DESIGN.md): a put on a deleted row changes nothing.
      if (existing?._deleted) return existing;
      row = { ...existing, ...fields, id: key, _hlc: clocks } as RowOf[N];
    } else {
      fields = {};
      const clocks = { ...existing?._hlc, _deleted: hlc };
      // A tombstone keeps only its id and clocks; its domain fields are gone on purpose.
      row = { id: key, _hlc: clocks, _deleted: true } as unknown as RowOf[N];
    }

    await table.put(row);
    await db.outbox.add({
      table: mutation.table,
      key,
      op: mutation.op,
      fields,
      hlc,
      createdAt: now,
    });
    return row;
  });
}

function stripUndefined(fields: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) out[name] = value;
  }
  return out;
}
