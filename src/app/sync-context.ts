/**
 * Hands the running sync scheduler's "sync now" to the shell. A no-op where nothing syncs (tests).
 */
import { createContext, useContext } from 'react';

/** "Sync now", from the scheduler started in main.tsx. */
export const SyncNowContext = createContext<() => void>(() => undefined);

/** The current "sync now" action. */
export function useSyncNow(): () => void {
  return useContext(SyncNowContext);
}
