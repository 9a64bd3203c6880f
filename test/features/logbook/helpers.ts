import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { LogbookEntry } from '@/db/schema';

/** Stores an entry as the caseworker's own (like the form would). */
export function seedEntry(
  db: SamspilDb,
  fields: Partial<Omit<LogbookEntry, 'id' | '_hlc'>> & { text: string },
): Promise<LogbookEntry> {
  return mutate(db, {
    table: 'logbookEntries',
    op: 'put',
    fields: { kind: 'good', tags: [], createdAt: Date.now(), ...fields },
  });
}
