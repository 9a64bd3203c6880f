/**
 * The device's hybrid logical clock, kept in `syncState` so it survives reloads: a phone whose
 * wall clock jumps back after a restart still stamps every change above the last one.
 *
 * Call these inside a transaction that includes `db.syncState`.
 */
import { decodeHlc, encodeHlc, receiveHlc, tickHlcAbove, zeroHlc, type Hlc } from '@/lib/hlc';
import { newNodeId } from '@/lib/ids';
import type { SamspilDb } from './database';

const CLOCK_KEY = 'hlc';

async function readClock(db: SamspilDb): Promise<Hlc> {
  const stored = await db.syncState.get(CLOCK_KEY);
  const decoded = typeof stored?.value === 'string' ? decodeHlc(stored.value) : undefined;
  return decoded ?? zeroHlc(newNodeId());
}

/**
 * Stamps a local change: ticks the clock (past `floor`, the highest stamp already on the row, so
 * an edit on a phone whose clock is behind still wins over what it replaces), saves it, returns it.
 */
export async function tickClock(db: SamspilDb, now: number, floor?: string): Promise<string> {
  const floorHlc = floor === undefined ? undefined : decodeHlc(floor);
  const hlc = encodeHlc(tickHlcAbove(await readClock(db), now, floorHlc));
  await db.syncState.put({ key: CLOCK_KEY, value: hlc });
  return hlc;
}

/** Moves the clock past a stamp from the server, so later local stamps sort after it. */
export async function observeClock(db: SamspilDb, remote: string, now: number): Promise<void> {
  const decoded = decodeHlc(remote);
  if (!decoded) return;
  const hlc = encodeHlc(receiveHlc(await readClock(db), decoded, now));
  await db.syncState.put({ key: CLOCK_KEY, value: hlc });
}

/** This device's node id (in every stamp it makes), or `undefined` before its first change. */
export async function deviceNode(db: SamspilDb): Promise<string | undefined> {
  const stored = await db.syncState.get(CLOCK_KEY);
  return typeof stored?.value === 'string' ? decodeHlc(stored.value)?.node : undefined;
}
