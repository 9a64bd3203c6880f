/**
 * Rows as a device holds them after a pull: written straight into Dexie (no outbox entry), with
 * the scope the server gave them. Only the profile goes through `mutate()`, as joining does.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Role, SharedEntry, Tip } from '@/db/schema';
import { addDays, isoWeekKey, todayIso } from '@/lib/dates';
import { newId } from '@/lib/ids';

export const TEAM = '0190a0a0-0000-7000-8000-000000000001';
export const PLACE = '0190a0a0-0000-7000-8000-000000000002';

/** Signs in as `role` in the test team and place. */
export async function joinAs(db: SamspilDb, role: Role, displayName = 'Jonas'): Promise<void> {
  await mutate(db, {
    table: 'profile',
    op: 'put',
    fields: { role, displayName, teamId: TEAM, institutionId: PLACE },
  });
  await db.outbox.clear();
}

/** The ISO week `offset` weeks from this one. */
export function weekFromNow(offset: number): string {
  return isoWeekKey(addDays(todayIso(), 7 * offset));
}

/** A tip as pulled from the team (another device wrote it). */
export async function pulledTip(
  db: SamspilDb,
  fields: Partial<Tip> & { title: string },
  scope = `team:${TEAM}`,
): Promise<Tip> {
  const tip: Tip = {
    id: newId(),
    _hlc: {},
    week: weekFromNow(0),
    body: `Om ${fields.title.toLowerCase()}.`,
    audience: 'team',
    publishedAt: Date.now(),
    ...fields,
    _scope: scope,
  };
  await db.tips.put(tip);
  return tip;
}

/** A shared logbook entry as pulled from the team, shared `daysAgo` days ago. */
export async function pulledEntry(
  db: SamspilDb,
  fields: Partial<SharedEntry> & { text: string; daysAgo: number },
): Promise<SharedEntry> {
  const { daysAgo, ...rest } = fields;
  const entry: SharedEntry = {
    id: newId(),
    _hlc: {},
    kind: 'question',
    tags: [],
    sharedAt: Date.now() - daysAgo * 86_400_000,
    ...rest,
    _scope: `team:${TEAM}`,
  };
  await db.sharedEntries.put(entry);
  return entry;
}
