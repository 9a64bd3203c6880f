import { useEffect, useMemo, useState } from 'react';
import type { LogbookEntry } from '@/db/schema';
import type { EntryIndex } from '../search';

/**
 * Search over the given entries. The search code (and its Danish stemmer) loads on first use; the
 * index is built once and then follows the entries one change at a time.
 *
 * Returns `undefined` when there is no query, the matching ids, or `'loading'` while the search
 * code is still on its way.
 */
export function useEntrySearch(
  entries: readonly LogbookEntry[] | undefined,
  query: string,
): ReadonlySet<string> | undefined | 'loading' {
  const [index, setIndex] = useState<EntryIndex | undefined>();
  useEffect(() => {
    let live = true;
    void import('../search').then((search) => {
      if (live) setIndex(new search.EntryIndex());
    });
    return () => {
      live = false;
    };
  }, []);
  // Built at the first search, not when the screen opens (10,000 entries take a few hundred ms on
  // a laptop); after that, keeping it in step is cheap (each entry's text is compared).
  const searching = query.trim() !== '';
  const synced = useMemo(() => {
    if (!index || !entries || !searching) return undefined;
    index.sync(entries);
    return { index, entries };
  }, [index, entries, searching]);
  return useMemo(() => {
    if (!searching) return undefined;
    if (!synced) return 'loading';
    return synced.index.search(query);
  }, [synced, searching, query]);
}
