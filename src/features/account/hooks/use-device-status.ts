import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { hasContentWorthKeeping } from '@/db/content';
import { pendingChanges, type PendingChanges } from '@/db/outbox';
import { useDb } from '@/db/react';
import { readStorageStatus, requestPersistence, type StorageStatus } from '@/db/storage';

/** Waiting changes in the outbox, live; `undefined` while loading. */
export function usePendingChanges(): PendingChanges | undefined {
  const db = useDb();
  return useLiveQuery(() => pendingChanges(db), [db]);
}

/** True once there is user content worth keeping on the device, live. */
export function useHasContent(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(() => hasContentWorthKeeping(db), [db]);
}

/**
 * The browser's storage status, and a way to ask for persistence.
 *
 * `asked` is the answer to the last request made from here (`undefined` before one).
 */
export function useStorageStatus(): {
  status: StorageStatus | undefined;
  asked: boolean | undefined;
  ask: () => Promise<void>;
} {
  const [status, setStatus] = useState<StorageStatus>();
  const [asked, setAsked] = useState<boolean>();

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((value) => {
      if (live) setStatus(value);
    });
    return () => {
      live = false;
    };
  }, []);

  const ask = useCallback(async () => {
    const granted = await requestPersistence();
    setAsked(granted ?? false);
    setStatus(await readStorageStatus());
  }, []);

  return { status, asked, ask };
}
