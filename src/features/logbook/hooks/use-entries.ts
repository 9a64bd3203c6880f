import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { LogbookEntry, SharedEntry } from '@/db/schema';
import {
  deleteEntry,
  getEntry,
  linkTargets,
  listEntries,
  listOwnTags,
  ownName,
  shareEntry,
  sharedCopies,
  updateEntry,
  writeEntry,
  type LinkTarget,
} from '../data/entries';
import type { EntryInput } from '../model';

export type { LinkTarget } from '../data/entries';

/** Logbook entries, newest first, live; `undefined` while loading. */
export function useEntries(limit?: number): LogbookEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listEntries(db, limit), [db, limit]);
}

/** The topics on the caseworker's own entries, live (cheap: read from the tag index). */
export function useOwnTags(): string[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listOwnTags(db), [db]);
}

/** One entry, live: `undefined` while loading, `null` when gone. */
export function useEntry(id: string): LogbookEntry | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getEntry(db, id), [db, id]);
}

/** Saves an entry; resolves after it is durable. */
export function useWriteEntry(): (input: EntryInput) => Promise<LogbookEntry> {
  const db = useDb();
  return useCallback((input: EntryInput) => writeEntry(db, input), [db]);
}

/** Changes an entry's kind, text and tags; resolves after it is durable. */
export function useUpdateEntry(): (
  id: string,
  input: Pick<EntryInput, 'kind' | 'text' | 'tags'>,
) => Promise<LogbookEntry> {
  const db = useDb();
  return useCallback((id, input) => updateEntry(db, id, input), [db]);
}

/** Deletes an entry. */
export function useDeleteEntry(): (id: string) => Promise<LogbookEntry> {
  const db = useDb();
  return useCallback((id: string) => deleteEntry(db, id), [db]);
}

/** Shares an entry with the experience meeting, with the profile name or without a name. */
export function useShareEntry(): (entry: LogbookEntry, withName: boolean) => Promise<SharedEntry> {
  const db = useDb();
  return useCallback(
    async (entry: LogbookEntry, withName: boolean) =>
      shareEntry(db, entry, withName ? await ownName(db) : undefined),
    [db],
  );
}

/** The caseworker's display name, live (`undefined` when none). */
export function useOwnName(): string | undefined {
  const db = useDb();
  return useLiveQuery(() => ownName(db), [db]);
}

/** Shared copies of the given entries by shared id, live (answers arrive here). */
export function useSharedCopies(
  entries: readonly LogbookEntry[] | undefined,
): Map<string, SharedEntry> | undefined {
  const db = useDb();
  const ids = (entries ?? []).flatMap((entry) =>
    entry.sharedEntryId ? [entry.sharedEntryId] : [],
  );
  const key = ids.join(',');
  return useLiveQuery(() => sharedCopies(db, key ? key.split(',') : []), [db, key]);
}

/** The team's checklist items and plan activities to link a note to, live. */
export function useLinkTargets():
  { checklistItems: LinkTarget[]; planItems: (LinkTarget & { date: string })[] } | undefined {
  const db = useDb();
  return useLiveQuery(() => linkTargets(db), [db]);
}
