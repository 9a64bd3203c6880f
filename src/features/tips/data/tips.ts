/**
 * Tip reads and writes: tips, who has read them, and read counts. Every write goes through
 * `mutate()`; no React here.
 */
import { deviceNode } from '@/db/clock';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Profile, Tip, TipStats } from '@/db/schema';
import type { Authorship, TipInput } from '../model';

/** Saves a new tip durably and queues it for sync. */
export function writeTip(db: SamspilDb, input: TipInput, now: number = Date.now()): Promise<Tip> {
  return mutate(db, { table: 'tips', op: 'put', fields: { ...input, publishedAt: now } }, now);
}

/** Saves changes to an existing tip (its publication time stays). */
export function updateTip(
  db: SamspilDb,
  id: string,
  input: TipInput,
  now: number = Date.now(),
): Promise<Tip> {
  return mutate(db, { table: 'tips', op: 'put', key: id, fields: input }, now);
}

/**
 * A tip to show: live, and not a copy pulled from an institution scope. Tips for a place's
 * volunteers lived there until the server moved them to `volunteers:<id>` (its migration 003); a
 * volunteer's or contact person's phone gets them again in the new scope at its next sync, so
 * such a copy is left only on a phone the tip is not for (a caseworker's, a leader's).
 */
function shown(tip: Tip): boolean {
  return !tip._deleted && !tip._scope?.startsWith('institution:');
}

/** Every tip to show that this device holds, in no particular order. */
export function allTips(db: SamspilDb): Promise<Tip[]> {
  return db.tips.filter(shown).toArray();
}

/** Tips to show, newest week first; at most `limit` when given. */
export function listTips(db: SamspilDb, limit?: number): Promise<Tip[]> {
  const query = db.tips.orderBy('week').reverse().filter(shown);
  return limit === undefined ? query.toArray() : query.limit(limit).toArray();
}

/** One tip to show, or `undefined`. */
export async function getTip(db: SamspilDb, id: string): Promise<Tip | undefined> {
  const row = await db.tips.get(id);
  return row && shown(row) ? row : undefined;
}

/** The ids of the tips this person has read. */
export async function readTipIds(db: SamspilDb): Promise<Set<string>> {
  const reads = await db.tipReads.filter((row) => !row._deleted).toArray();
  return new Set(reads.map((row) => row.tipId));
}

/**
 * Records that this person opened `tipId`, once: a second opening writes nothing. The check and
 * the write share one transaction, so two quick openings cannot both write.
 */
export function markTipRead(db: SamspilDb, tipId: string, now: number = Date.now()) {
  return db.transaction('rw', [db.tipReads, db.outbox, db.syncState], async () => {
    const known = await db.tipReads.where('tipId').equals(tipId).first();
    if (known) return false;
    await mutate(db, { table: 'tipReads', op: 'put', fields: { tipId, readAt: now } }, now);
    return true;
  });
}

/** Read counts by tip id (from the server's `tipStats`). */
export async function readCounts(db: SamspilDb): Promise<Map<string, number>> {
  const stats: TipStats[] = await db.tipStats.filter((row) => !row._deleted).toArray();
  return new Map(stats.map((row) => [row.tipId, row.reads]));
}

/** The signed-in person's profile, or `undefined`. */
export async function currentProfile(db: SamspilDb): Promise<Profile | undefined> {
  return db.profile.filter((row) => !row._deleted).first();
}

/** This device's clock node and the profile: what decides which tips are this person's. */
export async function authorship(db: SamspilDb): Promise<Authorship> {
  return { node: await deviceNode(db), profile: await currentProfile(db) };
}
