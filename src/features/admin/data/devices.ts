/**
 * The admin's list of phones, and revoking one (a lost phone): straight from the server, never
 * stored on this phone.
 */
import { z } from 'zod';
import type { SamspilDb } from '@/db/database';
import { deviceListSchema, type Device } from '@/protocol/admin';
import { keySchema } from '@/protocol/sync';
import { readSession } from '@/sync/state';
import { callAdmin, type AdminResult } from './admin-api';

/** The phones, and which of them is this one (an admin does not revoke their own phone here). */
export type DeviceListing = { devices: Device[]; thisDeviceId: string | undefined };

/** Every device the server knows. */
export async function listDevices(
  db: SamspilDb,
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<DeviceListing>> {
  const result = await callAdmin(
    db,
    '/v1/admin/devices',
    { method: 'GET' },
    deviceListSchema,
    fetchImpl,
  );
  if (!result.ok) return result;
  const session = await readSession(db);
  return { ok: true, value: { devices: result.value.devices, thisDeviceId: session?.deviceId } };
}

const revokedSchema = z.object({ id: keySchema, revokedAt: z.number().int() });

/** Revokes `deviceId`: the server refuses it from its next request on, and it wipes itself. */
export function revokeDevice(
  db: SamspilDb,
  deviceId: string,
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<{ id: string; revokedAt: number }>> {
  return callAdmin(
    db,
    `/v1/admin/devices/${encodeURIComponent(deviceId)}/revoke`,
    { method: 'POST' },
    revokedSchema,
    fetchImpl,
  );
}
