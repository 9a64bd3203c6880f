/**
 * Administration: institutions, teams, invitation codes and devices.
 *
 * Only an admin manages; a contact person may also invite volunteers to their own institution.
 */
import type { z } from 'zod';
import type {
  createInvitationRequestSchema,
  Device,
  Institution,
  Invitation,
  Team,
} from '@/protocol/admin';
import type { RoleName } from '@/protocol/auth';
import { newId } from '@/lib/ids';
import { createInvitation } from './invitations';
import type { Principal } from './auth/principal';
import { ApiError } from './errors';
import { unitRows } from './leader-units';
import { createServerClock } from './server-clock';
import { institutionRow, writeServerRows } from './server-rows';
import type { Store } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;

function requireAdmin(principal: Principal): void {
  if (principal.role !== 'admin') throw new ApiError('forbidden', 'admins only');
}

/** May `principal` create this invitation? Admins any; contact persons volunteers of their own institution. */
function mayInvite(
  principal: Principal,
  request: { role: RoleName; institutionId: string | null },
) {
  if (principal.role === 'admin') return true;
  return (
    principal.role === 'contact' &&
    request.role === 'volunteer' &&
    principal.institutionId !== null &&
    request.institutionId === principal.institutionId
  );
}

/** Admin operations over `store`; `now` is injectable for tests. */
export function createAdmin(store: Store, now: () => number = Date.now) {
  const { db } = store;
  // Stamps the info rows of new institutions and the units of new institutions and teams.
  const clock = createServerClock(now);

  async function requireInstitution(id: string): Promise<void> {
    const institution = await db
      .selectFrom('institutions')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!institution) throw new ApiError('not_found', 'no such institution');
  }

  /** Each person's first name as their synced profile says it now (people without one left out). */
  async function profileNames(): Promise<Map<string, string>> {
    const profiles = await db
      .selectFrom('rows')
      .select(['owner_user_id', 'fields'])
      .where('tbl', '=', 'profile')
      .where('deleted', '=', 0)
      .execute();
    const names = new Map<string, string>();
    for (const profile of profiles) {
      const name = (JSON.parse(profile.fields) as { displayName?: unknown }).displayName;
      if (typeof name === 'string' && name.trim() !== '') names.set(profile.owner_user_id, name);
    }
    return names;
  }

  return {
    /**
     * Creates an institution, its synced info row, which the app shows its members, and its unit
     * in the leader's overview.
     */
    async createInstitution(principal: Principal, name: string): Promise<Institution> {
      requireAdmin(principal);
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await store.lockWriters(trx);
        await trx.insertInto('institutions').values({ id, name, created_at: now() }).execute();
        const unit = await unitRows(trx, { institutions: [id], teams: [], municipality: false });
        const info = institutionRow(id, principal.userId, { name });
        await writeServerRows(trx, clock, [info, ...unit], now());
      });
      return { id, name };
    },

    /** Creates a team, and its unit in the leader's overview. */
    async createTeam(principal: Principal, institutionId: string, name: string): Promise<Team> {
      requireAdmin(principal);
      await requireInstitution(institutionId);
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await store.lockWriters(trx);
        await trx.insertInto('teams').values({ id, institution_id: institutionId, name }).execute();
        const refs = { institutions: [], teams: [id], municipality: false };
        await writeServerRows(trx, clock, await unitRows(trx, refs), now());
      });
      return { id, institutionId, name };
    },

    async createInvitation(
      principal: Principal,
      request: z.output<typeof createInvitationRequestSchema>,
    ): Promise<Invitation> {
      if (!mayInvite(principal, request))
        throw new ApiError('forbidden', 'may not invite this role');
      if (request.teamId) {
        const team = await db
          .selectFrom('teams')
          .select('institution_id')
          .where('id', '=', request.teamId)
          .executeTakeFirst();
        if (team?.institution_id !== request.institutionId) {
          throw new ApiError('not_found', 'no such team in that institution');
        }
      } else if (request.institutionId) {
        await requireInstitution(request.institutionId);
      }
      const expiresAt = now() + request.expiresInDays * DAY_MS;
      const code = await createInvitation(
        db,
        {
          role: request.role,
          institutionId: request.institutionId,
          teamId: request.teamId,
          userId: null,
          uses: request.uses,
          expiresAt,
          createdBy: principal.userId,
        },
        now(),
      );
      return {
        code,
        role: request.role,
        institutionId: request.institutionId,
        teamId: request.teamId,
        usesLeft: request.uses,
        expiresAt,
      };
    },

    async listDevices(principal: Principal): Promise<Device[]> {
      requireAdmin(principal);
      const rows = await db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .select([
          'devices.id',
          'devices.user_id',
          'users.role',
          'users.institution_id',
          'users.team_id',
          'devices.name',
          'devices.created_at',
          'devices.last_seen_at',
          'devices.revoked_at',
        ])
        .orderBy('devices.created_at')
        .execute();
      const names = await profileNames();
      return rows.map((row) => ({
        id: row.id,
        userId: row.user_id,
        role: row.role as RoleName,
        institutionId: row.institution_id,
        teamId: row.team_id,
        name: names.get(row.user_id) ?? row.name,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        revokedAt: row.revoked_at,
      }));
    },

    /** Revokes a device: it is refused from its next request on, and its refresh tokens are spent. */
    async revokeDevice(principal: Principal, deviceId: string): Promise<{ revokedAt: number }> {
      requireAdmin(principal);
      return db.transaction().execute(async (trx) => {
        const device = await trx
          .selectFrom('devices')
          .select('revoked_at')
          .where('id', '=', deviceId)
          .executeTakeFirst();
        if (!device) throw new ApiError('not_found', 'no such device');
        const revokedAt = device.revoked_at ?? now();
        await trx
          .updateTable('devices')
          .set({ revoked_at: revokedAt })
          .where('id', '=', deviceId)
          .execute();
        await trx
          .updateTable('refresh_tokens')
          .set({ used_at: revokedAt })
          .where('device_id', '=', deviceId)
          .where('used_at', 'is', null)
          .execute();
        return { revokedAt };
      });
    },
  };
}

/** The admin operations. */
export type Admin = ReturnType<typeof createAdmin>;
