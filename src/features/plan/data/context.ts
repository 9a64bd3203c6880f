/**
 * Who is working on the plan: the signed-in person's name, role and team. Read-only here; the
 * account feature owns the profile.
 */
import type { SamspilDb } from '@/db/database';
import type { Role } from '@/db/schema';

/** The name a tick carries, the role (contact persons edit checklists) and the team. */
export type PlanContext = {
  displayName: string;
  role: Role | undefined;
  teamId: string | undefined;
};

/** Reads the profile. */
export async function readPlanContext(db: SamspilDb): Promise<PlanContext> {
  const profile = (await db.profile.toArray()).find((row) => !row._deleted);
  return {
    displayName: profile?.displayName ?? '',
    role: profile?.role,
    teamId: profile?.teamId,
  };
}
