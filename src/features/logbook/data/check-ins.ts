/** Weekly check-ins: one row per ISO week for the caseworker, and the team's averages. */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { CheckIn, TeamCheckIn } from '@/db/schema';

/** The caseworker's check-ins, oldest week first (one per week: the latest edit wins). */
export async function listCheckIns(db: SamspilDb): Promise<CheckIn[]> {
  const rows = await db.checkIns.orderBy('week').toArray();
  const byWeek = new Map<string, CheckIn>();
  for (const row of rows) if (!row._deleted) byWeek.set(row.week, row);
  return [...byWeek.values()];
}

/** Sets one answer for a week, editing that week's row when there is one. */
export async function answerCheckIn(
  db: SamspilDb,
  week: string,
  answer: Partial<Pick<CheckIn, 'methodGoing' | 'confidence'>>,
  now: number = Date.now(),
): Promise<CheckIn> {
  const existing = (await db.checkIns.where('week').equals(week).toArray()).find(
    (row) => !row._deleted,
  );
  return mutate(
    db,
    { table: 'checkIns', op: 'put', key: existing?.id, fields: { week, ...answer } },
    now,
  );
}

/** The team's weekly averages (the server writes them only from 3 answers), oldest first. */
export async function listTeamCheckIns(db: SamspilDb): Promise<TeamCheckIn[]> {
  const rows = await db.teamCheckIns.orderBy('week').toArray();
  return rows.filter((row) => !row._deleted);
}
