/**
 * Accounts and devices: redeeming invitation codes, rotating refresh tokens, checking devices.
 *
 * Guarantees: a code is spent atomically (two phones racing for its last use: one wins); a refresh
 * token works once, and presenting a spent one revokes every refresh token of that device, except
 * a retry within REFRESH_GRACE_MS whose successor was never used (the answer was lost on the way:
 * it rotates again and the unused successor stops working); a revoked device is refused on every
 * request with `device_revoked` (the phone then wipes its data), an unknown one with
 * `unauthorized` (after a restore from an older backup: sign in again, keep the data). Tokens come
 * from auth/tokens.ts only.
 */
import type { RoleName, Session, TokenPair } from '@/protocol/auth';
import { newId } from '@/lib/ids';
import type { Principal } from './auth/principal';
import {
  ACCESS_TOKEN_SECONDS,
  hashRefreshToken,
  newRefreshToken,
  type TokenService,
} from './auth/tokens';
import { ApiError } from './errors';
import { createInvitation, normalizeCode } from './invitations';
import { recountUnits, unitsOf } from './leader-units';
import { createServerClock } from './server-clock';
import type { Store, StoreTransaction } from './store';
import { addToRoster } from './volunteer-rows';

/** How long a refresh token lives unused. */
export const REFRESH_TOKEN_DAYS = 90;
/**
 * How long a spent refresh token is remembered, so presenting it again signs the device out.
 * After that it is merely unknown (401 unauthorized): the copy is useless either way.
 */
export const REUSE_WINDOW_DAYS = 7;
/**
 * How long after a rotation the spent token still rotates again, provided the token it was
 * replaced by has not been used: the phone sent the refresh, the answer never arrived, and it
 * retries with the only token it has.
 */
export const REFRESH_GRACE_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Account operations over `store`, signing with `tokens`; `now` is injectable for tests. */
export function createAccounts(store: Store, tokens: TokenService, now: () => number = Date.now) {
  const { db } = store;
  // Stamps the roster rows of new volunteers and the units they join.
  const clock = createServerClock(now);

  async function issueRefreshToken(trx: StoreTransaction, deviceId: string): Promise<string> {
    const token = newRefreshToken();
    await trx
      .insertInto('refresh_tokens')
      .values({
        token_hash: hashRefreshToken(token),
        device_id: deviceId,
        issued_at: now(),
        expires_at: now() + REFRESH_TOKEN_DAYS * DAY_MS,
        used_at: null,
      })
      .execute();
    return token;
  }

  /**
   * Issues the pair that replaces the spent token `spentHash` of `deviceId` and remembers the new
   * token as its successor. Refuses a revoked or unknown device (rolling the transaction back).
   */
  async function rotate(
    trx: StoreTransaction,
    spentHash: string,
    deviceId: string,
  ): Promise<TokenPair> {
    const found = await principalOf(trx, deviceId);
    if (!found) throw new ApiError('unauthorized', 'unknown device');
    if (found.revoked) throw new ApiError('device_revoked', 'this device has been revoked');
    await trx
      .updateTable('devices')
      .set({ last_seen_at: now() })
      .where('id', '=', deviceId)
      .execute();
    // A device refreshes every 15 minutes: forget its spent tokens once re-use detection has had
    // its window, or the table grows by ~35,000 rows per device and year.
    await trx
      .deleteFrom('refresh_tokens')
      .where('device_id', '=', deviceId)
      .where((eb) =>
        eb.or([
          eb('used_at', '<', now() - REUSE_WINDOW_DAYS * DAY_MS),
          eb('expires_at', '<', now()),
        ]),
      )
      .execute();
    const refreshToken = await issueRefreshToken(trx, deviceId);
    await trx
      .updateTable('refresh_tokens')
      .set({ replaced_by: hashRefreshToken(refreshToken) })
      .where('token_hash', '=', spentHash)
      .execute();
    return {
      accessToken: tokens.issueAccessToken(found.principal),
      refreshToken,
      expiresIn: ACCESS_TOKEN_SECONDS,
    };
  }

  /**
   * A lost answer, retried: `hash` was spent less than REFRESH_GRACE_MS ago and its successor
   * was never used. Spends the successor (nobody has it) and rotates again; else `undefined`.
   */
  async function retryLostRefresh(
    trx: StoreTransaction,
    hash: string,
  ): Promise<TokenPair | undefined> {
    const spent = await trx
      .selectFrom('refresh_tokens')
      .select(['device_id', 'used_at', 'replaced_by'])
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!spent?.replaced_by || spent.used_at === null) return undefined;
    if (now() - spent.used_at > REFRESH_GRACE_MS) return undefined;
    const successor = await trx
      .updateTable('refresh_tokens')
      .set({ used_at: now() })
      .where('token_hash', '=', spent.replaced_by)
      .where('used_at', 'is', null)
      .returning('device_id')
      .executeTakeFirst();
    if (!successor) return undefined;
    return rotate(trx, hash, spent.device_id);
  }

  async function principalOf(
    trx: StoreTransaction | Store['db'],
    deviceId: string,
  ): Promise<{ principal: Principal; revoked: boolean } | undefined> {
    const row = await trx
      .selectFrom('devices')
      .innerJoin('users', 'users.id', 'devices.user_id')
      .select([
        'devices.revoked_at',
        'users.id as userId',
        'users.role',
        'users.institution_id',
        'users.team_id',
      ])
      .where('devices.id', '=', deviceId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      principal: {
        deviceId,
        userId: row.userId,
        role: row.role as RoleName,
        institutionId: row.institution_id,
        teamId: row.team_id,
      },
      revoked: row.revoked_at !== null,
    };
  }

  return {
    /** A device joins with an invitation code. */
    async redeem(code: string, deviceName: string | undefined): Promise<Session> {
      return db.transaction().execute(async (trx) => {
        const invitation = await trx
          .updateTable('invitations')
          .set((eb) => ({ uses_left: eb('uses_left', '-', 1) }))
          .where('code', '=', normalizeCode(code))
          .where('uses_left', '>', 0)
          .where('expires_at', '>', now())
          .returningAll()
          .executeTakeFirst();
        if (!invitation) throw new ApiError('invitation_invalid', 'unknown, used or expired code');
        let userId = invitation.user_id;
        if (!userId) {
          userId = newId();
          await trx
            .insertInto('users')
            .values({
              id: userId,
              role: invitation.role,
              institution_id: invitation.institution_id,
              team_id: invitation.team_id,
              display_name: null,
              created_at: now(),
            })
            .execute();
          if (invitation.role === 'volunteer') {
            const volunteer = { userId, institutionId: invitation.institution_id };
            await addToRoster(store, trx, clock, volunteer, now());
          }
          // One more member of their institution, team and the municipality (leader's overview).
          const units = unitsOf({
            institutionId: invitation.institution_id,
            teamId: invitation.team_id,
          });
          await recountUnits(store, trx, clock, units, now());
        }
        const deviceId = newId();
        await trx
          .insertInto('devices')
          .values({
            id: deviceId,
            user_id: userId,
            name: deviceName ?? null,
            revoked_at: null,
            created_at: now(),
            last_seen_at: now(),
          })
          .execute();
        const found = await principalOf(trx, deviceId);
        if (!found) throw new Error('device vanished');
        const { principal } = found;
        return {
          accessToken: tokens.issueAccessToken(principal),
          refreshToken: await issueRefreshToken(trx, deviceId),
          expiresIn: ACCESS_TOKEN_SECONDS,
          deviceId,
          userId,
          role: principal.role,
          institutionId: principal.institutionId,
          teamId: principal.teamId,
        };
      });
    },

    /**
     * Swaps a refresh token for a new pair; a spent token revokes the device's tokens, unless it
     * is a lost answer's retry (`retryLostRefresh`).
     */
    async refresh(refreshToken: string): Promise<TokenPair> {
      const hash = hashRefreshToken(refreshToken);
      const outcome = await db.transaction().execute(async (trx) => {
        const spent = await trx
          .updateTable('refresh_tokens')
          .set({ used_at: now() })
          .where('token_hash', '=', hash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now())
          .returning('device_id')
          .executeTakeFirst();
        if (spent) return rotate(trx, hash, spent.device_id);
        return retryLostRefresh(trx, hash);
      });
      if (outcome) return outcome;
      // Not spendable: unknown, expired, revoked or already used. Re-use means the token was
      // copied: whoever holds the newer one must sign in again.
      const known = await db
        .selectFrom('refresh_tokens')
        .innerJoin('devices', 'devices.id', 'refresh_tokens.device_id')
        .select(['refresh_tokens.device_id', 'refresh_tokens.used_at', 'devices.revoked_at'])
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      if (known && known.revoked_at !== null) {
        throw new ApiError('device_revoked', 'this device has been revoked');
      }
      if (known?.used_at == null) throw new ApiError('unauthorized', 'unknown or expired token');
      await db
        .updateTable('refresh_tokens')
        .set({ used_at: now() })
        .where('device_id', '=', known.device_id)
        .where('used_at', 'is', null)
        .execute();
      throw new ApiError('token_reused', 'refresh token used twice; device signed out');
    },

    /**
     * The caller behind an access token, with role and team as they are now (not as they were
     * when the token was issued); refuses revoked (`device_revoked`) and unknown (`unauthorized`)
     * devices.
     */
    async authenticate(authorization: string | undefined): Promise<Principal> {
      const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw new ApiError('unauthorized', 'missing bearer token');
      const verified = tokens.verifyAccessToken(token);
      if (!verified.ok) throw new ApiError(verified.problem, 'access token not accepted');
      const found = await principalOf(db, verified.principal.deviceId);
      // Unknown (say, the server was restored from a backup older than the device): sign in
      // again and keep the data. Only a device that exists and was revoked must wipe it.
      if (!found) throw new ApiError('unauthorized', 'unknown device');
      if (found.revoked) throw new ApiError('device_revoked', 'this device has been revoked');
      return found.principal;
    },

    /** A one-use code that adds another device for the caller (valid one day). */
    async deviceCode(principal: Principal): Promise<{ code: string; expiresAt: number }> {
      const expiresAt = now() + DAY_MS;
      const code = await createInvitation(
        db,
        {
          role: principal.role,
          institutionId: principal.institutionId,
          teamId: principal.teamId,
          userId: principal.userId,
          uses: 1,
          expiresAt,
          createdBy: principal.userId,
        },
        now(),
      );
      return { code, expiresAt };
    },
  };
}

/** The account operations. */
export type Accounts = ReturnType<typeof createAccounts>;
