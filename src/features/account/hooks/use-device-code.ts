import { useCallback } from 'react';
import { useStore } from 'zustand';
import { useDb } from '@/db/react';
import { syncStatusStore } from '@/sync/status';
import { requestDeviceCode, type DeviceCode } from '../data/device-code';

/** Asks for a code to add another phone for this person. */
export function useRequestDeviceCode(): () => Promise<DeviceCode | undefined> {
  const db = useDb();
  return useCallback(() => requestDeviceCode(db), [db]);
}

/** True after the server said this device was revoked and its data was wiped. */
export function useWasRevoked(): boolean {
  return useStore(syncStatusStore, (status) => status.phase === 'revoked');
}
