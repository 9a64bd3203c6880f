/**
 * Requests to talk about a worry. Every write goes through `mutate()`; no React here.
 *
 * A concern is send-only: the volunteer writes it and never reads it back. Once the server has
 * acknowledged it, the sync engine deletes the phone's copy (SEND_ONLY_TABLES), so "still in the
 * table" means "waiting for a connection" and "gone" means "delivered". Nothing here lists them.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Institution } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { readSession } from '@/sync/state';

/** Who is asking and whom they ask: missing ids mean the phone has not joined an institution. */
export type ConcernContext = {
  volunteerId?: string;
  institutionId?: string;
  institution?: Pick<Institution, 'name' | 'contactName' | 'contactPhone'>;
};

/** Reads the volunteer's ids (session and profile) and their institution's contact details. */
export async function readConcernContext(db: SamspilDb): Promise<ConcernContext> {
  const profile = await db.profile.filter((row) => !row._deleted).first();
  const session = await readSession(db);
  const context: ConcernContext = {};
  if (session?.userId) context.volunteerId = session.userId;
  const institutionId = profile?.institutionId ?? session?.institutionId ?? undefined;
  if (!institutionId) return context;
  context.institutionId = institutionId;
  const institution = await db.institutions.get(institutionId);
  if (institution && !institution._deleted) {
    const { name, contactName, contactPhone } = institution;
    context.institution = { name, contactName, contactPhone };
  }
  return context;
}

/**
 * Queues a request to talk, durably; resolves with its key once it is on disk.
 *
 * Throws `AppError('validation_failed')` on a phone that has not joined (no one to send it to).
 */
export async function sendConcern(
  db: SamspilDb,
  input: { preferredTime: string; message: string },
  now: number = Date.now(),
): Promise<string> {
  const { volunteerId, institutionId } = await readConcernContext(db);
  if (!volunteerId || !institutionId) {
    throw new AppError('validation_failed', 'this phone has not joined an institution');
  }
  const row = await mutate(
    db,
    {
      table: 'concerns',
      op: 'put',
      fields: {
        volunteerId,
        institutionId,
        preferredTime: input.preferredTime,
        ...(input.message ? { message: input.message } : {}),
        createdAt: now,
      },
    },
    now,
  );
  return row.id;
}

/** True while the concern `id` is still on the phone, waiting to be delivered. */
export async function isConcernWaiting(db: SamspilDb, id: string): Promise<boolean> {
  const row = await db.concerns.get(id);
  return row !== undefined && !row._deleted;
}

/** How many concerns wait on the phone for a connection (their content is never shown). */
export async function countWaitingConcerns(db: SamspilDb): Promise<number> {
  return (await db.concerns.toArray()).filter((row) => !row._deleted).length;
}
