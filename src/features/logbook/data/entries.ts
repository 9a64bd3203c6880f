/**
 * Logbook reads and writes. Every write goes through `mutate()`; no React here.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { LogbookEntry, SharedEntry } from '@/db/schema';
import { newId } from '@/lib/ids';
import type { EntryInput } from '../model';

/** Saves a new private entry durably and queues it for sync. */
export function writeEntry(db: SamspilDb, input: EntryInput, now: number = Date.now()) {
  return mutate(
    db,
    {
      table: 'logbookEntries',
      op: 'put',
      fields: {
        kind: input.kind,
        text: input.text,
        tags: input.tags,
        createdAt: now,
        checklistItemId: input.link?.kind === 'checklistItem' ? input.link.id : undefined,
        planItemId: input.link?.kind === 'planItem' ? input.link.id : undefined,
      },
    },
    now,
  );
}

/**
 * Changes the kind, text and tags of one's own entry. The link is kept as it was: a synced field
 * cannot be emptied, so a link is chosen when the note is written.
 */
export function updateEntry(
  db: SamspilDb,
  id: string,
  input: Pick<EntryInput, 'kind' | 'text' | 'tags'>,
  now: number = Date.now(),
) {
  return mutate(
    db,
    { table: 'logbookEntries', op: 'put', key: id, fields: { kind: input.kind, text: input.text, tags: input.tags } },
    now,
  );
}

/** Deletes one's own entry (a tombstone syncs). A copy already shared stays with the meeting. */
export function deleteEntry(db: SamspilDb, id: string, now: number = Date.now()) {
  return mutate(db, { table: 'logbookEntries', op: 'delete', key: id }, now);
}

/**
 * Where this device keeps the link from an entry to its anonymous copy. Never synced: on the
 * server, the author's (owned) entry pointing at the copy, or carrying the same time, would tell
 * who asked. So the link, and the answer with it, is seen on the phone that shared.
 */
const ANONYMOUS_SHARES = 'logbook.anonymousShares';

type LocalShare = { sharedEntryId: string; sharedAt: number };

async function anonymousShares(db: SamspilDb): Promise<Record<string, LocalShare>> {
  const value = (await db.syncState.get(ANONYMOUS_SHARES))?.value;
  return value && typeof value === 'object' ? (value as Record<string, LocalShare>) : {};
}

/** The entry as the caseworker sees it: with its anonymous share, if this phone made one. */
function withLocalShare(entry: LogbookEntry, shares: Record<string, LocalShare>): LogbookEntry {
  const share = shares[entry.id];
  return share ? { ...entry, ...share, sharedAnonymously: true } : entry;
}

/** Live entries, newest first; at most `limit` when given. */
export async function listEntries(db: SamspilDb, limit?: number): Promise<LogbookEntry[]> {
  const query = db.logbookEntries
    .orderBy('createdAt')
    .reverse()
    .filter((row) => !row._deleted);
  const rows = await (limit === undefined ? query.toArray() : query.limit(limit).toArray());
  const shares = await anonymousShares(db);
  return rows.map((row) => withLocalShare(row, shares));
}

/** Every topic on the caseworker's own entries, from the tag index (no entry is read). */
export async function listOwnTags(db: SamspilDb): Promise<string[]> {
  const keys = await db.logbookEntries.orderBy('tags').uniqueKeys();
  return keys.filter((key): key is string => typeof key === 'string');
}

/** One live entry, or `null`. */
export async function getEntry(db: SamspilDb, id: string): Promise<LogbookEntry | null> {
  const row = await db.logbookEntries.get(id);
  return row && !row._deleted ? withLocalShare(row, await anonymousShares(db)) : null;
}

/**
 * Shares a copy of an entry with the experience meeting. `authorName` only when the caseworker
 * chose to share with their name: an anonymous copy has no author field at all, and the entry's
 * link to it stays on this phone (see `ANONYMOUS_SHARES`). The copy and the link are written in
 * one transaction: both or neither.
 */
export function shareEntry(
  db: SamspilDb,
  entry: LogbookEntry,
  authorName: string | undefined,
  now: number = Date.now(),
): Promise<SharedEntry> {
  const sharedId = newId();
  return db.transaction(
    'rw',
    [db.logbookEntries, db.sharedEntries, db.outbox, db.syncState],
    async () => {
      const shared = await mutate(
        db,
        {
          table: 'sharedEntries',
          op: 'put',
          key: sharedId,
          fields: {
            kind: entry.kind,
            text: entry.text,
            tags: entry.tags,
            sharedAt: now,
            ...(authorName ? { authorName } : {}),
          },
        },
        now,
      );
      if (authorName) {
        await mutate(
          db,
          {
            table: 'logbookEntries',
            op: 'put',
            key: entry.id,
            fields: { sharedAt: now, sharedAnonymously: false, sharedEntryId: sharedId },
          },
          now,
        );
      } else {
        const shares = await anonymousShares(db);
        shares[entry.id] = { sharedEntryId: sharedId, sharedAt: now };
        await db.syncState.put({ key: ANONYMOUS_SHARES, value: shares });
      }
      return shared;
    },
  );
}

/** The shared copies of one's own entries, by id (where the contact person's answers arrive). */
export async function sharedCopies(
  db: SamspilDb,
  ids: readonly string[],
): Promise<Map<string, SharedEntry>> {
  const rows = await db.sharedEntries.bulkGet([...ids]);
  const out = new Map<string, SharedEntry>();
  for (const row of rows) if (row && !row._deleted) out.set(row.id, row);
  return out;
}

/** The caseworker's display name (for a share with name). */
export async function ownName(db: SamspilDb): Promise<string | undefined> {
  const profiles = await db.profile.toArray();
  return profiles.find((row) => !row._deleted)?.displayName || undefined;
}

/** A checklist item or plan activity a note can be linked to. */
export type LinkTarget = { kind: 'checklistItem' | 'planItem'; id: string; label: string };

/** The team's checklist items and plan activities, for the link select. */
export async function linkTargets(db: SamspilDb): Promise<{
  checklistItems: LinkTarget[];
  planItems: (LinkTarget & { date: string })[];
}> {
  const [items, plan] = await Promise.all([db.checklistItems.toArray(), db.planItems.toArray()]);
  return {
    checklistItems: items
      .filter((row) => !row._deleted)
      .sort((a, b) => a.checklistId.localeCompare(b.checklistId) || a.position - b.position)
      .map((row) => ({ kind: 'checklistItem', id: row.id, label: row.text })),
    planItems: plan
      .filter((row) => !row._deleted)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((row) => ({ kind: 'planItem', id: row.id, label: row.title, date: row.date })),
  };
}
