/**
 * Per-field last-writer-wins, the same rule the server applies.
 *
 * A field takes the value whose HLC stamp is greater; encoded stamps compare as strings. A tombstone
 * from either side wins. Because local edits still in the outbox carry newer stamps than what the
 * server has seen, they survive a pull untouched.
 */
import type { SyncedRow } from '@/db/schema';
import type { PulledRow } from '@/protocol/sync';

/** Merges a pulled row into the local row (if any); returns the row to store. */
export function mergeRow(local: SyncedRow | undefined, remote: PulledRow): SyncedRow {
  const localClocks = local?._hlc ?? {};
  if (remote.deleted || local?._deleted) {
    return { id: remote.key, _hlc: maxClocks(localClocks, remote.hlc), _deleted: true };
  }

  const merged: Record<string, unknown> = { ...local, id: remote.key };
  const clocks: Record<string, string> = { ...localClocks };
  for (const [field, remoteClock] of Object.entries(remote.hlc)) {
    const localClock = localClocks[field];
    if (localClock === undefined || remoteClock > localClock) {
      clocks[field] = remoteClock;
      if (Object.hasOwn(remote.fields, field)) merged[field] = remote.fields[field];
      else Reflect.deleteProperty(merged, field);
    }
  }
  merged._hlc = clocks;
  return merged as SyncedRow;
}

function maxClocks(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const out = { ...a };
  for (const [field, clock] of Object.entries(b)) {
    const current = out[field];
    if (current === undefined || clock > current) out[field] = clock;
  }
  return out;
}
