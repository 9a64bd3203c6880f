import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import { readSession } from '@/sync/state';
import { joinWithCode, type JoinProblem } from '../data/join';

/** Redeems an invitation code for this device. */
export function useJoin(): (
  code: string,
  displayName: string | undefined,
) => Promise<{ ok: true } | { ok: false; problem: JoinProblem }> {
  const db = useDb();
  return useCallback(
    (code: string, displayName: string | undefined) => joinWithCode(db, { code, displayName }),
    [db],
  );
}

/** Whether this device has joined a server, live; `undefined` while loading. */
export function useIsConnected(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await readSession(db)) !== undefined, [db]);
}
