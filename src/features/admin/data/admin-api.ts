/**
 * Calls to the server's administration endpoints. They need the network: nothing here is queued
 * for later, and every failure comes back as a problem the screen names in Danish.
 */
import type { z } from 'zod';
import type { SamspilDb } from '@/db/database';
import { wireErrorSchema } from '@/protocol/errors';
import { authorizedFetch, type AuthorizedRequest } from '@/sync/tokens';
import { fetchTransport } from '@/sync/transport';

/** Why an admin call did not work, as an i18n key under `admin.problems`. */
export type AdminProblem = 'offline' | 'signed_out' | 'forbidden' | 'not_found' | 'server';

/** What an admin call gives: the server's answer, or why there is none. */
export type AdminResult<T> = { ok: true; value: T } | { ok: false; problem: AdminProblem };

/** The problem a refused answer stands for. */
async function problemOf(response: Response): Promise<AdminProblem> {
  if (response.status === 401) return 'signed_out';
  const error = wireErrorSchema.safeParse(await response.json().catch(() => undefined));
  const code = error.success ? error.data.error.code : undefined;
  if (code === 'forbidden' || code === 'not_found') return code;
  return 'server';
}

/** Calls `path` as the signed-in person and checks the answer against `schema`. */
export async function callAdmin<T>(
  db: SamspilDb,
  path: string,
  request: AuthorizedRequest,
  schema: z.ZodType<T>,
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<T>> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    return { ok: false, problem: 'offline' };
  }
  let response: Response | undefined;
  try {
    response = await authorizedFetch(db, fetchTransport('', fetchImpl), path, request, fetchImpl);
  } catch {
    return { ok: false, problem: 'offline' };
  }
  if (!response) return { ok: false, problem: 'signed_out' };
  if (!response.ok) return { ok: false, problem: await problemOf(response) };
  const body = schema.safeParse(await response.json().catch(() => undefined));
  return body.success ? { ok: true, value: body.data } : { ok: false, problem: 'server' };
}
