/**
 * Demo data for a fresh database: one institution, one team and an invitation code per role, so a
 * new user can try every role. Created once (the codes are kept in server_meta `demo` and shown
 * again at every start); `DEMO_DATA=off` skips it.
 */
import type { RoleName } from '@/protocol/auth';
import { ROLE_NAMES } from '@/protocol/auth';
import { newId } from '@/lib/ids';
import { createInvitation } from './invitations';
import type { Store } from './store';

/** One demo code. */
export type DemoInvitation = { role: RoleName; code: string; expiresAt: number };

const DEMO_DAYS = 30;
const DEMO_USES = 1000;

/** Creates the demo municipality unless it exists; returns its invitation codes. */
export async function ensureDemoData(
  store: Store,
  now: number = Date.now(),
): Promise<DemoInvitation[]> {
  return store.db.transaction().execute(async (trx) => {
    // Two processes starting on one fresh PostgreSQL database: only one creates the data.
    await store.lockWriters(trx);
    const existing = await trx
      .selectFrom('server_meta')
      .select('value')
      .where('key', '=', 'demo')
      .executeTakeFirst();
    if (existing) return JSON.parse(existing.value) as DemoInvitation[];

    const institutionId = newId();
    const teamId = newId();
    await trx
      .insertInto('institutions')
      .values({ id: institutionId, name: 'Solhjem Plejecenter', created_at: now })
      .execute();
    await trx
      .insertInto('teams')
      .values({ id: teamId, institution_id: institutionId, name: 'Team Ældrepleje' })
      .execute();
    const expiresAt = now + DEMO_DAYS * 24 * 60 * 60 * 1000;
    const invitations: DemoInvitation[] = [];
    for (const role of ROLE_NAMES) {
      const code = await createInvitation(
        trx,
        {
          role,
          institutionId,
          // Volunteers belong to the institution; team rows are staff work.
          teamId: role === 'volunteer' ? null : teamId,
          userId: null,
          uses: DEMO_USES,
          expiresAt,
          createdBy: null,
        },
        now,
      );
      invitations.push({ role, code, expiresAt });
    }
    await trx
      .insertInto('server_meta')
      .values({ key: 'demo', value: JSON.stringify(invitations) })
      .execute();
    return invitations;
  });
}
