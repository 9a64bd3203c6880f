/**
 * One volunteer as their contact person sees them: the introduction, certificates, monthly hour
 * totals and expense claims. Never their activities or notes (the server does not send those).
 */
import type { SamspilDb } from '@/db/database';
import type {
  Certificate,
  Declaration,
  Expense,
  Institution,
  IntroItem,
  IntroProgress,
  VolunteerHours,
  VolunteerRosterEntry,
} from '@/db/schema';
import { compareClaims, sortIntroItems } from '../model';
import { getInstitution, live } from './roster';

/** What the volunteer's page shows. */
export type VolunteerDetail = {
  volunteer: VolunteerRosterEntry;
  institution?: Institution;
  introItems: IntroItem[];
  /** The volunteer's progress row per introduction item id. */
  progress: Map<string, IntroProgress>;
  declaration?: Declaration;
  certificates: Certificate[];
  hours: VolunteerHours[];
  expenses: Expense[];
};

/** The volunteer's page, or `null` when they are not on this institution's roster. */
export async function loadVolunteer(
  db: SamspilDb,
  institutionId: string,
  volunteerId: string,
): Promise<VolunteerDetail | null> {
  const volunteer = await db.volunteers.get(volunteerId);
  if (!volunteer || volunteer._deleted || volunteer.institutionId !== institutionId) return null;
  const [institution, items, progress, declarations, certificates, hours, expenses] =
    await Promise.all([
      getInstitution(db, institutionId),
      db.introItems.where('institutionId').equals(institutionId).toArray(),
      db.introProgress.where('volunteerId').equals(volunteerId).toArray(),
      db.declarations.where('volunteerId').equals(volunteerId).toArray(),
      db.certificates.where('volunteerId').equals(volunteerId).toArray(),
      db.volunteerHours.where('volunteerId').equals(volunteerId).toArray(),
      db.expenses.where('volunteerId').equals(volunteerId).toArray(),
    ]);
  const declaration = live(declarations)
    .filter((row) => row.institutionId === institutionId)
    .sort((a, b) => b.acceptedAt - a.acceptedAt)[0];
  return {
    volunteer,
    ...(institution ? { institution } : {}),
    introItems: sortIntroItems(live(items)),
    progress: new Map(live(progress).map((row) => [row.itemId, row])),
    ...(declaration ? { declaration } : {}),
    certificates: live(certificates),
    hours: live(hours).filter((row) => row.institutionId === institutionId),
    expenses: live(expenses).sort(compareClaims),
  };
}
