/**
 * Reads for the contact person's screens: their institution, its volunteers and the rows those
 * volunteers share (introduction, declarations, certificates, hour totals, expenses, concerns).
 *
 * The device holds only what the server let the contact person pull, but reads still filter by
 * institution and roster, so a row of another institution (e.g. after moving) never shows.
 */
import type { SamspilDb } from '@/db/database';
import type { Institution, SyncedRow, VolunteerRosterEntry } from '@/db/schema';
import { addMonths, monthOf, todayIso } from '@/lib/dates';
import type { OverviewInput } from '../model';

/** Live rows only: tombstones keep no fields. */
export function live<T extends SyncedRow>(rows: readonly T[]): T[] {
  return rows.filter((row) => !row._deleted);
}

/** The institution the signed-in contact person belongs to, from the profile row. */
export async function contactInstitutionId(db: SamspilDb): Promise<string | undefined> {
  const profile = await db.profile.filter((row) => !row._deleted).first();
  return profile?.institutionId;
}

/** The institution's row, when pulled. */
export async function getInstitution(
  db: SamspilDb,
  institutionId: string,
): Promise<Institution | undefined> {
  const row = await db.institutions.get(institutionId);
  return row && !row._deleted ? row : undefined;
}

/** The institution's volunteers (the roster the server keeps). */
export async function listRoster(
  db: SamspilDb,
  institutionId: string,
): Promise<VolunteerRosterEntry[]> {
  return live(await db.volunteers.where('institutionId').equals(institutionId).toArray());
}

/** Everything the overview needs; `undefined` institution fields when not pulled yet. */
export async function loadOverview(
  db: SamspilDb,
  institutionId: string,
  now: Date = new Date(),
): Promise<OverviewInput> {
  const thisMonth = monthOf(todayIso(now));
  const [institution, volunteers, introItems, progress, declarations, certificates] =
    await Promise.all([
      getInstitution(db, institutionId),
      listRoster(db, institutionId),
      db.introItems.where('institutionId').equals(institutionId).toArray(),
      db.introProgress.where('institutionId').equals(institutionId).toArray(),
      db.declarations.toArray(),
      db.certificates.toArray(),
    ]);
  const [hours, expenses, concerns] = await Promise.all([
    db.volunteerHours.where('month').anyOf([thisMonth, addMonths(thisMonth, -1)]).toArray(),
    // Receipts are separate rows, so reading every claim stays light.
    db.expenses.toArray(),
    db.concerns.where('institutionId').equals(institutionId).toArray(),
  ]);
  const ids = new Set(volunteers.map((volunteer) => volunteer.id));
  const ours = <T extends SyncedRow & { volunteerId?: string }>(rows: T[]) =>
    live(rows).filter((row) => row.volunteerId !== undefined && ids.has(row.volunteerId));
  return {
    ...(institution ? { institution } : {}),
    volunteers,
    introItems: live(introItems),
    progress: ours(progress),
    declarations: ours(declarations).filter((row) => row.institutionId === institutionId),
    certificates: ours(certificates),
    hours: ours(hours),
    expenses: ours(expenses),
    concerns: live(concerns),
  };
}
