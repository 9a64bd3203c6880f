/**
 * What the simulation checks at the end of a run, and while it runs for pending edits:
 * - nothing is applied twice: the server holds exactly one row per key a device created, and
 *   each volunteer's hours per month (kept incrementally) equal what their activities add up to;
 * - no acknowledged change is lost (the server's clock for each field is at least the change's);
 * - every device equals the server for every row in the scopes its person reads, and has no other.
 */
import type { Kysely } from 'kysely';
import type { SamspilDb } from '@/db/database';
import { SYNCED_TABLES, type SyncedRow } from '@/db/schema';
import type { Mutation } from '@/protocol/sync';
import { readScopes } from '@/server/scopes';
import type { Database } from '@/server/store';
import type { RowsTable } from '@/server/store/schema';
import { readSession } from '@/sync';
import { EDITED_TABLES } from './edits';

/** A simulated phone; `skewMs` is how far its wall clock runs ahead. */
export type Device = { name: string; db: SamspilDb; skewMs: number };

/**
 * An acknowledged change. For a device whose clock the server re-stamps, `floor` holds the
 * server's clock and value per field at the moment of the ack: the change's own stamp is not what
 * the server kept, so the final state is checked against what the server said it had.
 */
export type Acked = {
  device: string;
  mutation: Mutation;
  floor?: Record<string, { clock: string | undefined; value: unknown }>;
};

/** A row as the server stores it. */
export type ServerRow = Omit<RowsTable, 'changed_at'>;

/** Stops the run with a message naming its seed. */
export type Fail = (message: string) => never;

/**
 * Pending local edits survive a pull: every field a waiting outbox entry wrote still carries that
 * entry's clock or a newer one on the device (what the user typed does not flicker back).
 */
export async function checkPendingEditsVisible(device: Device, fail: Fail) {
  for (const entry of await device.db.outbox.toArray()) {
    if (!(EDITED_TABLES as readonly string[]).includes(entry.table) || entry.op !== 'put') continue;
    const row = await device.db.synced(entry.table).get(entry.key);
    if (!row) fail(`${device.name} lost the row of a pending edit ${entry.table}/${entry.key}`);
    if (row._deleted) continue;
    for (const field of Object.keys(entry.fields)) {
      const clock = row._hlc[field];
      if (clock === undefined || clock < entry.hlc) {
        fail(`${device.name}: a pull overwrote the pending edit of ${field} on ${entry.key}`);
      }
    }
  }
}

/** JSON with sorted keys, so two objects compare by content, not by key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

const parse = (json: string) => JSON.parse(json) as Record<string, unknown>;
const byRowOrder = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** A device row as the server would hold it: deleted flag and the domain fields only. */
function localView(table: string, row: SyncedRow) {
  const fields: Record<string, unknown> = { ...row };
  for (const meta of ['id', '_hlc', '_deleted', '_scope']) Reflect.deleteProperty(fields, meta);
  const deleted = row._deleted === true;
  return { id: `${table}/${row.id}`, deleted, fields: deleted ? {} : fields };
}

function serverView(row: ServerRow) {
  const deleted = row.deleted === 1;
  return { id: `${row.tbl}/${row.key}`, deleted, fields: deleted ? {} : parse(row.fields) };
}

/** Checks every end-of-run invariant; `created` holds `table/key` of every row a device made. */
export async function checkInvariants(
  devices: Device[],
  server: { db: Kysely<Database>; rows: ServerRow[] },
  acked: Acked[],
  created: ReadonlySet<string>,
  fail: Fail,
) {
  const { rows } = server;
  // Applied once: one server row per created key, none missing, none extra.
  const edited = rows.filter((r) => (EDITED_TABLES as readonly string[]).includes(r.tbl));
  const serverKeys = new Set(edited.map((r) => `${r.tbl}/${r.key}`));
  if (serverKeys.size !== created.size || [...created].some((key) => !serverKeys.has(key))) {
    fail(`server has ${serverKeys.size} edited rows, devices created ${created.size}`);
  }
  checkHours(rows, fail);
  checkAcked(rows, acked, fail);

  // Every device equals the server for what its person may read, and sees nothing else.
  for (const device of devices) {
    const session = await readSession(device.db);
    if (!session) fail(`${device.name} lost its session`);
    if ((await device.db.outbox.count()) > 0) fail(`${device.name} still has an outbox`);
    const scopes = new Set(await readScopes(server.db, session));
    const expected = rows
      .filter((r) => scopes.has(r.scope))
      .map(serverView)
      .sort(byRowOrder);
    const local: ReturnType<typeof localView>[] = [];
    for (const table of SYNCED_TABLES) {
      for (const row of await device.db.synced(table).toArray()) local.push(localView(table, row));
    }
    local.sort(byRowOrder);
    if (canonical(local) !== canonical(expected)) {
      fail(`${device.name} differs from the server:\n${canonical(local)}\n${canonical(expected)}`);
    }
  }
}

/** No acknowledged change lost: the server keeps each field's value or a newer one. */
function checkAcked(rows: ServerRow[], acked: Acked[], fail: Fail) {
  const byKey = new Map(rows.map((r) => [`${r.tbl}/${r.key}`, r]));
  for (const { device, mutation, floor } of acked) {
    const row = byKey.get(`${mutation.table}/${mutation.key}`);
    if (!row) fail(`acknowledged ${mutation.table}/${mutation.key} from ${device} is missing`);
    if (mutation.op === 'delete') {
      if (!row.deleted) fail(`acknowledged delete of ${mutation.key} from ${device} was undone`);
      continue;
    }
    if (row.deleted) continue;
    const clocks = JSON.parse(row.clocks) as Record<string, string>;
    const fields = parse(row.fields);
    for (const [field, value] of Object.entries(mutation.fields)) {
      const clock = clocks[field];
      const kept = floor?.[field];
      if (kept) {
        if (clock === undefined || (kept.clock !== undefined && clock < kept.clock)) {
          fail(`acknowledged ${field} of ${mutation.key} from ${device} went back in time`);
        }
        if (clock === kept.clock && canonical(fields[field]) !== canonical(kept.value)) {
          fail(`${field} of ${mutation.key} changed without a newer clock`);
        }
        continue;
      }
      if (clock === undefined || clock < mutation.hlc) {
        fail(`acknowledged ${field} of ${mutation.key} from ${device} was lost`);
      }
      if (clock === mutation.hlc && canonical(fields[field]) !== canonical(value)) {
        fail(`${field} of ${mutation.key} carries ${device}'s clock but another value`);
      }
    }
  }
}

/**
 * The server counts a volunteer's hours per month as activities come and go, a delta per push:
 * a change applied twice would count twice. Each month must hold what the live activities add up
 * to.
 */
function checkHours(rows: ServerRow[], fail: Fail) {
  const sums = new Map<string, { minutes: number; entries: number }>();
  for (const row of rows) {
    if (row.tbl !== 'activities' || row.deleted) continue;
    const fields = parse(row.fields);
    const id = `${row.owner_user_id}/${String(fields.date).slice(0, 7)}`;
    const sum = sums.get(id) ?? { minutes: 0, entries: 0 };
    sums.set(id, {
      minutes: sum.minutes + Number(fields.durationMinutes),
      entries: sum.entries + 1,
    });
  }
  const counted = new Map<string, { minutes: number; entries: number }>();
  for (const row of rows) {
    if (row.tbl !== 'volunteerHours' || row.deleted) continue;
    const fields = parse(row.fields);
    const { minutes, entries } = fields as { minutes: number; entries: number };
    if (minutes === 0 && entries === 0) continue;
    counted.set(`${row.owner_user_id}/${String(fields.month)}`, { minutes, entries });
  }
  if (canonical(Object.fromEntries(counted)) !== canonical(Object.fromEntries(sums))) {
    fail(
      `hours differ from the activities: ${canonical(Object.fromEntries(counted))} vs ${canonical(Object.fromEntries(sums))}`,
    );
  }
}
