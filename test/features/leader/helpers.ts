import { screen } from '@testing-library/react';
import type { SamspilDb } from '@/db/database';
import { lastMonths, lastWeeks, todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { renderApp, type RenderedApp } from '../../helpers/render-app';
import { checkIn, hours, MUNICIPALITY, progress, reach } from './fixtures';

/** Screens load lazily; the first one in a worker waits for its modules to compile. */
export const SLOW = { timeout: 15_000 };

/** This month, last month, this week and last week, as the screen counts them today. */
export function periods() {
  const months = lastMonths(todayIso(), 12);
  const weeks = lastWeeks(todayIso(), 8);
  return {
    thisMonth: months.at(-1)!,
    lastMonth: months.at(-2)!,
    thisWeek: weeks.at(-1)!,
    lastWeek: weeks.at(-2)!,
    months,
    weeks,
  };
}

/** A municipality with a few months of hours, checklists, tips and check-ins, as sync leaves it. */
export async function seedMunicipality(db: SamspilDb = freshDb()): Promise<SamspilDb> {
  const { thisMonth, lastMonth, thisWeek, lastWeek } = periods();
  await db.units.bulkPut(MUNICIPALITY);
  await db.institutionHours.bulkPut([
    hours({ institutionId: 'solhjem', month: thisMonth, minutes: 90, entries: 2, volunteers: 2 }),
    hours({ institutionId: 'solhjem', month: lastMonth, minutes: 600, entries: 5, volunteers: 3 }),
    hours({
      institutionId: 'aeblehaven',
      month: thisMonth,
      minutes: 30,
      entries: 1,
      volunteers: 1,
    }),
  ]);
  await db.checklistProgress.bulkPut([
    progress({ teamId: 'nord', title: 'Forberedelse', items: 4, done: 4 }),
    progress({ teamId: 'nord', title: 'Implementering', items: 10, done: 2 }),
    progress({ teamId: 'syd', title: 'De ti elementer', items: 10, done: 0 }),
  ]);
  await db.tipReach.bulkPut([
    reach({ title: 'Tragtmodellen', week: thisWeek, audience: 'team', unitId: 'nord', reads: 6 }),
    reach({ title: 'Velkommen', week: lastWeek, audience: 'everyone', reads: 50 }),
    reach({ title: 'Ny kaffe', week: lastWeek, audience: 'volunteers', unitId: 'aeblehaven' }),
  ]);
  await db.teamCheckIns.bulkPut([
    checkIn({ teamId: 'nord', week: thisWeek, answers: 4, methodGoing: 3.5, confidence: 4 }),
    checkIn({ teamId: 'nord', week: lastWeek, answers: 3, methodGoing: 2, confidence: 2.5 }),
  ]);
  return db;
}

/** Renders the leader's home on `db` and waits for the overview's first section. */
export async function openAsLeader(db: SamspilDb = freshDb()): Promise<RenderedApp> {
  const app = await renderApp('/', { role: 'leader', db });
  await screen.findByRole('heading', { name: 'Frivilliges timer pr. sted og måned' }, SLOW);
  return app;
}
