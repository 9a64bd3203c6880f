/**
 * A device that dies while it applies a sync response: the server has committed the push, the
 * device's apply transaction never commits. What the simulation injects and what it then expects.
 */
import type { SamspilDb } from '@/db/database';
import type { SyncRequest, SyncResponse } from '@/protocol/sync';
import { readCursor } from '@/sync/state';
import type { Device, Fail } from './invariants';

/** How often a device dies while applying a response that reached it. */
export const CRASH_RATE = 0.12;

/** Thrown inside the device's apply transaction: the app died before the transaction committed. */
export class DeviceCrash extends Error {
  constructor(readonly request: SyncRequest) {
    super('the device died while applying the response');
  }
}

/**
 * `response` as a device that dies while applying it sees it: after `survive` pulled rows (and
 * after the acknowledged outbox entries were deleted, earlier in the same transaction), reading
 * the next row throws.
 */
export function crashingWhileApplied(
  response: SyncResponse,
  request: SyncRequest,
  survive: number,
): SyncResponse {
  const rows = [...response.pull.rows];
  rows[Symbol.iterator] = function* () {
    yield* response.pull.rows.slice(0, survive);
    throw new DeviceCrash(request);
  };
  return { ...response, pull: { ...response.pull, rows } };
}

/** Kills the app and starts it again: whatever was not committed locally is gone, IndexedDB stays. */
export async function restartApp(db: SamspilDb) {
  db.close();
  await db.open();
}

/**
 * After a crash in the apply transaction the device is as it was before the response: every
 * change it pushed still waits in the outbox and the cursor has not moved, so it pushes them
 * again (the server acknowledges them without applying them twice) and pulls the same page.
 */
export async function checkRolledBack(device: Device, request: SyncRequest, fail: Fail) {
  const waiting = new Set(await device.db.outbox.toCollection().primaryKeys());
  const lost = request.push.mutations.filter((m) => !waiting.has(m.id));
  if (lost.length > 0) fail(`${device.name} crashed but its outbox lost ${lost.length} entries`);
  if ((await readCursor(device.db)) !== request.pull.cursor) {
    fail(`${device.name} crashed but its cursor moved`);
  }
}
