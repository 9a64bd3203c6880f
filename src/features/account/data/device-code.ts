/**
 * "Add another phone": a one-time code for this person's next device.
 */
import type { SamspilDb } from '@/db/database';
import { authorizedFetch } from '@/sync/tokens';
import { fetchTransport } from '@/sync/transport';

/** A code the person types on the new phone, valid until `expiresAt` (ms). */
export type DeviceCode = { code: string; expiresAt: number };

/** Asks the server for a code; `undefined` when offline or not signed in. */
export async function requestDeviceCode(
  db: SamspilDb,
  fetchImpl: typeof fetch = fetch,
): Promise<DeviceCode | undefined> {
  try {
    const response = await authorizedFetch(
      db,
      fetchTransport('', fetchImpl),
      '/v1/auth/device-code',
      { method: 'POST' },
      fetchImpl,
    );
    if (!response?.ok) return undefined;
    const body = (await response.json()) as Partial<DeviceCode>;
    if (typeof body.code !== 'string' || typeof body.expiresAt !== 'number') return undefined;
    return { code: body.code, expiresAt: body.expiresAt };
  } catch {
    return undefined;
  }
}
