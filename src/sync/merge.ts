/**
 * How a pulled row meets the local one.
 *
 * The server's row is the truth for every field this device has no change waiting for: the server
 * already merged everything it was sent (per-field last-writer-wins, and it re-stamps clocks from
 * devices whose time runs ahead), so comparing clocks again here could only disagree with it.
 * Fields with a change still in the outbox keep the local value and stamp until that change is
 * acknowledged, so what the user typed never flickers back, unless the pulled field is newer: the
 * server will keep that one over the waiting change, and once the change is acknowledged the row
 * does not come again (a push that changes nothing gives it no new seq), so keeping the local
 * value would keep it for good. A tombstone wins either way.
 */
import type { SyncedRow } from '@/db/schema';
import type { PulledRow } from '@/protocol/sync';

/** The changes still waiting in the outbox for one row. */
export type PendingChanges = { fields: ReadonlySet<string>; deleted: boolean };

/** Merges a pulled row into the local row (if any); returns the row to store. */
export function mergeRow(
  local: SyncedRow | undefined,
  remote: PulledRow,
  pending: PendingChanges | undefined,
): SyncedRow {
  if (remote.deleted)
    return { id: remote.key, _hlc: { ...remote.hlc }, _deleted: true, _scope: remote.scope };
  if (local?._deleted && pending?.deleted) return { ...local, _scope: remote.scope };

  const merged: Record<string, unknown> = { ...remote.fields, id: remote.key };
  const clocks: Record<string, string> = { ...remote.hlc };
  if (local && !local._deleted && pending) {
    for (const field of pending.fields) {
      const clock = local._hlc[field];
      if (clock === undefined || !Object.hasOwn(local, field)) continue;
      const pulled = remote.hlc[field];
      if (pulled !== undefined && pulled > clock) continue;
      merged[field] = (local as Record<string, unknown>)[field];
      clocks[field] = clock;
    }
  }
  merged._hlc = clocks;
  merged._scope = remote.scope;
  return merged as SyncedRow;
}
