import { useCallback, useEffect, useState } from 'react';
import { useDb } from '@/db/react';
import type { AdminProblem } from '../data/admin-api';
import { listDevices, revokeDevice, type DeviceListing } from '../data/devices';

/** What the phone list shows: loading, the list, or why there is none. */
export type DevicesState =
  | { phase: 'loading' }
  | { phase: 'ready'; listing: DeviceListing }
  | { phase: 'failed'; problem: AdminProblem };

/**
 * The server's list of phones, fetched when the screen opens and on `reload`; `revoke` revokes
 * one and marks it in the list without fetching it all again.
 */
export function useDevices() {
  const db = useDb();
  const [state, setState] = useState<DevicesState>({ phase: 'loading' });

  // Bumped by `reload`: the effect fetches the list again.
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    void listDevices(db).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { phase: 'ready', listing: result.value }
          : { phase: 'failed', problem: result.problem },
      );
    });
    return () => {
      current = false;
    };
  }, [db, round]);

  const reload = useCallback(() => {
    setState({ phase: 'loading' });
    setRound((n) => n + 1);
  }, []);

  const revoke = useCallback(
    async (deviceId: string): Promise<AdminProblem | undefined> => {
      const result = await revokeDevice(db, deviceId);
      if (!result.ok) return result.problem;
      const { revokedAt } = result.value;
      setState((current) =>
        current.phase === 'ready'
          ? {
              phase: 'ready',
              listing: {
                ...current.listing,
                devices: current.listing.devices.map((device) =>
                  device.id === deviceId ? { ...device, revokedAt } : device,
                ),
              },
            }
          : current,
      );
      return undefined;
    },
    [db],
  );

  return { state, reload, revoke };
}
