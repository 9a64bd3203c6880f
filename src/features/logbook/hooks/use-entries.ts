import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { LogbookEntry } from '@/db/schema';
import { listEntries, writeEntry } from '../data/entries';
import type { EntryInput } from '../model';

/** Logbook entries, newest first, live; `undefined` while loading. */
export function useEntries(limit?: number): LogbookEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listEntries(db, limit), [db, limit]);
}

/** Saves an entry; resolves after it is durable. */
export function useWriteEntry(): (input: EntryInput) => Promise<LogbookEntry> {
  const db = useDb();
  return useCallback((input: EntryInput) => writeEntry(db, input), [db]);
}
