// @vitest-environment node
import { deviceListSchema, invitationSchema } from '@/protocol/admin';
import { sessionSchema, tokenPairSchema, type Session, type TokenPair } from '@/protocol/auth';
import { REFRESH_GRACE_MS, REUSE_WINDOW_DAYS } from '@/server/accounts';
import { createTokenService, hashRefreshToken } from '@/server/auth/tokens';
import {
  authed,
  demoCode,
  DIALECTS,
  errorCode,
  key,
  postSync,
  put,
  redeem,
  snapshot,
  startServer,
  type TestServer,
} from './harness';

describe.each(DIALECTS)('accounts and devices on %s', (dialect) => {
  let server: TestServer;
  let admin: Session;

  beforeAll(async () => {
    server = await startServer(dialect);
    admin = await redeem(server.app, demoCode(server, 'admin'));
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (url: string, payload: unknown) =>
    server.app.inject({ method: 'POST', url, payload: payload as object });
  const refresh = (refreshToken: string) => post('/v1/auth/refresh', { refreshToken });
  const invite = async (by: Session, body: object) =>
    authed(server.app, by, 'POST', '/v1/admin/invitations', body);

  describe('redeeming a code', () => {
    it('creates a person with the invitation’s role, institution and team', async () => {
      const session = sessionSchema.parse(await redeem(server.app, demoCode(server, 'caseworker')));
      expect(session.role).toBe('caseworker');
      expect(session.institutionId).not.toBeNull();
      expect(session.teamId).not.toBeNull();
      expect((await postSync(server.app, session)).statusCode).toBe(200);
    });

    it('accepts the code typed in lower case without the dash', async () => {
      const code = demoCode(server, 'volunteer').toLowerCase().replace('-', ' ');
      expect((await redeem(server.app, code)).role).toBe('volunteer');
    });

    it('spends a use and refuses a used-up code', async () => {
      const created = invitationSchema.parse(
        (
          await invite(admin, { role: 'volunteer', institutionId: admin.institutionId, uses: 1 })
        ).json(),
      );
      await redeem(server.app, created.code);
      const again = await post('/v1/auth/redeem', { code: created.code });
      expect(again.statusCode).toBe(400);
      expect(errorCode(again)).toBe('invitation_invalid');
    });

    it('refuses an unknown or expired code and creates nothing', async () => {
      await server.store.db
        .insertInto('invitations')
        .values({
          code: 'OLDX-CODE',
          role: 'volunteer',
          institution_id: null,
          team_id: null,
          user_id: null,
          uses_left: 5,
          expires_at: Date.now() - 1000,
          created_by: null,
          created_at: Date.now() - 10_000,
        })
        .execute();
      const before = await snapshot(server.store);
      for (const code of ['OLDX-CODE', 'NONE-SUCH', 'x'.repeat(41)]) {
        const response = await post('/v1/auth/redeem', { code });
        expect(response.statusCode).toBe(400);
        expect(['invitation_invalid', 'bad_request']).toContain(errorCode(response));
      }
      expect(await snapshot(server.store)).toEqual(before);
    });

    it('adds a second device for the same person with a one-use device code', async () => {
      const first = await redeem(server.app, demoCode(server, 'volunteer'));
      const response = await authed(server.app, first, 'POST', '/v1/auth/device-code');
      const { code } = response.json<{ code: string }>();
      const second = await redeem(server.app, code);
      expect(second.userId).toBe(first.userId);
      expect(second.deviceId).not.toBe(first.deviceId);
      expect(errorCode(await post('/v1/auth/redeem', { code }))).toBe('invitation_invalid');
    });
  });

  describe('tokens', () => {
    it('rotates the refresh token: the new pair works, the old token is spent', async () => {
      const session = await redeem(server.app, demoCode(server, 'volunteer'));
      const response = await refresh(session.refreshToken);
      expect(response.statusCode).toBe(200);
      const pair = tokenPairSchema.parse(response.json());
      expect(pair.refreshToken).not.toBe(session.refreshToken);
      expect((await postSync(server.app, { ...session, ...pair })).statusCode).toBe(200);
    });

    it('signs the device out when an old refresh token comes back', async () => {
      const session = await redeem(server.app, demoCode(server, 'volunteer'));
      const pair = (await refresh(session.refreshToken)).json<TokenPair>();
      const newest = (await refresh(pair.refreshToken)).json<TokenPair>();
      const reused = await refresh(session.refreshToken);
      expect(reused.statusCode).toBe(401);
      expect(errorCode(reused)).toBe('token_reused');
      // The newest token was revoked with it: whoever copied the old one gains nothing.
      expect(errorCode(await refresh(newest.refreshToken))).toBe('token_reused');
    });

    describe('a refresh whose answer was lost', () => {
      /** Makes the rotation of `token` look `ms` older than it is. */
      const ageRotation = (token: string, ms: number) =>
        server.store.db
          .updateTable('refresh_tokens')
          .set((eb) => ({ used_at: eb('used_at', '-', ms) }))
          .where('token_hash', '=', hashRefreshToken(token))
          .execute();

      it('rotates again when retried with the same token within the grace', async () => {
        const session = await redeem(server.app, demoCode(server, 'volunteer'));
        const lost = (await refresh(session.refreshToken)).json<TokenPair>();
        await ageRotation(session.refreshToken, REFRESH_GRACE_MS - 5_000);
        const retried = await refresh(session.refreshToken);
        expect(retried.statusCode).toBe(200);
        const pair = tokenPairSchema.parse(retried.json());
        expect(pair.refreshToken).not.toBe(lost.refreshToken);
        expect((await postSync(server.app, { ...session, ...pair })).statusCode).toBe(200);
        // Lost twice: still the same token, still within the grace of the first rotation.
        const again = await refresh(session.refreshToken);
        expect(again.statusCode).toBe(200);
        const latest = again.json<TokenPair>();
        // The newest pair carries on as usual.
        expect((await refresh(latest.refreshToken)).statusCode).toBe(200);
      });

      it('stops the successor the retry replaced: presenting it signs the device out', async () => {
        const session = await redeem(server.app, demoCode(server, 'volunteer'));
        const lost = (await refresh(session.refreshToken)).json<TokenPair>();
        const pair = (await refresh(session.refreshToken)).json<TokenPair>();
        const stale = await refresh(lost.refreshToken);
        expect(stale.statusCode).toBe(401);
        expect(errorCode(stale)).toBe('token_reused');
        expect(errorCode(await refresh(pair.refreshToken))).toBe('token_reused');
      });

      it('signs the device out when retried after the grace', async () => {
        const session = await redeem(server.app, demoCode(server, 'volunteer'));
        const lost = (await refresh(session.refreshToken)).json<TokenPair>();
        await ageRotation(session.refreshToken, REFRESH_GRACE_MS + 1_000);
        const late = await refresh(session.refreshToken);
        expect(late.statusCode).toBe(401);
        expect(errorCode(late)).toBe('token_reused');
        expect(errorCode(await refresh(lost.refreshToken))).toBe('token_reused');
      });

      it('signs the device out when the successor was already used', async () => {
        const session = await redeem(server.app, demoCode(server, 'volunteer'));
        const delivered = (await refresh(session.refreshToken)).json<TokenPair>();
        const newest = (await refresh(delivered.refreshToken)).json<TokenPair>();
        const replayed = await refresh(session.refreshToken);
        expect(replayed.statusCode).toBe(401);
        expect(errorCode(replayed)).toBe('token_reused');
        expect(errorCode(await refresh(newest.refreshToken))).toBe('token_reused');
      });

      it('still says device_revoked to a revoked device', async () => {
        const session = await redeem(server.app, demoCode(server, 'volunteer'));
        await refresh(session.refreshToken);
        await authed(server.app, admin, 'POST', `/v1/admin/devices/${session.deviceId}/revoke`);
        expect(errorCode(await refresh(session.refreshToken))).toBe('device_revoked');
      });
    });

    it('forgets a device’s spent tokens after the re-use window, keeping recent ones', async () => {
      const session = await redeem(server.app, demoCode(server, 'volunteer'));
      const day = 24 * 60 * 60 * 1000;
      const old = (hash: string, usedDaysAgo: number) => ({
        token_hash: hash,
        device_id: session.deviceId,
        issued_at: Date.now() - 30 * day,
        expires_at: Date.now() + 60 * day,
        used_at: Date.now() - usedDaysAgo * day,
      });
      await server.store.db
        .insertInto('refresh_tokens')
        .values([old('spent-long-ago', REUSE_WINDOW_DAYS + 1), old('spent-yesterday', 1)])
        .execute();
      expect((await refresh(session.refreshToken)).statusCode).toBe(200);
      const kept = await server.store.db
        .selectFrom('refresh_tokens')
        .select('token_hash')
        .where('device_id', '=', session.deviceId)
        .execute();
      const hashes = kept.map((row) => row.token_hash);
      expect(hashes).toContain('spent-yesterday');
      expect(hashes).not.toContain('spent-long-ago');
      expect(hashes).toHaveLength(3); // yesterday's, the one just spent, the new one
    });

    it('refuses an unknown refresh token', async () => {
      const response = await refresh('not-a-token-we-issued');
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe('unauthorized');
    });

    it('answers a device it does not know with unauthorized, never device_revoked', async () => {
      // As after a restore from a backup older than the device: its token is signed, the
      // device row is missing. The phone must sign in again, not wipe its data.
      const session = await redeem(server.app, demoCode(server, 'volunteer'));
      const unknown = { ...session, deviceId: key() };
      const accessToken = createTokenService(server.store.tokenSecret).issueAccessToken({
        deviceId: unknown.deviceId,
        userId: session.userId,
        role: 'volunteer',
        institutionId: session.institutionId,
        teamId: null,
      });
      const before = await snapshot(server.store);
      const response = await postSync(server.app, { ...unknown, accessToken }, [
        put(1, 'activities', key(), { note: 'efter gendannelse' }),
      ]);
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe('unauthorized');
      const code = await authed(
        server.app,
        { ...unknown, accessToken },
        'POST',
        '/v1/auth/device-code',
      );
      expect(errorCode(code)).toBe('unauthorized');
      expect(await snapshot(server.store)).toEqual(before);
    });

    it('answers an expired access token with token_expired', async () => {
      const session = await redeem(server.app, demoCode(server, 'volunteer'));
      const anHourAgo = () => Date.now() - 60 * 60 * 1000;
      const expired = createTokenService(server.store.tokenSecret, anHourAgo).issueAccessToken({
        deviceId: session.deviceId,
        userId: session.userId,
        role: 'volunteer',
        institutionId: session.institutionId,
        teamId: null,
      });
      const response = await postSync(server.app, { ...session, accessToken: expired });
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe('token_expired');
    });
  });

  describe('administration', () => {
    it('lets an admin create an institution, a team and an invitation for it', async () => {
      const institution = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
        name: 'Værestedet',
      });
      expect(institution.statusCode).toBe(200);
      const { id: institutionId } = institution.json<{ id: string }>();
      const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
        institutionId,
        name: 'Team Café',
      });
      const { id: teamId } = team.json<{ id: string }>();
      const invitation = invitationSchema.parse(
        (await invite(admin, { role: 'caseworker', institutionId, teamId, uses: 2 })).json(),
      );
      const session = await redeem(server.app, invitation.code);
      expect(session).toMatchObject({ role: 'caseworker', institutionId, teamId });
    });

    it('refuses a team in an unknown institution with not_found', async () => {
      const response = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
        institutionId: key(),
        name: 'Ingen',
      });
      expect(response.statusCode).toBe(404);
      expect(errorCode(response)).toBe('not_found');
    });

    it('refuses a place or team named like a CPR number with cpr_number and keeps nothing', async () => {
      const before = await snapshot(server.store);
      const place = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
        name: 'Bosted 010190-1234',
      });
      const { id: institutionId } = (
        await authed(server.app, admin, 'POST', '/v1/admin/institutions', { name: 'Bostedet' })
      ).json<{ id: string }>();
      const afterPlace = await snapshot(server.store);
      const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
        institutionId,
        name: 'Team 0101901234',
      });
      for (const response of [place, team]) {
        expect(response.statusCode).toBe(400);
        expect(errorCode(response)).toBe('cpr_number');
      }
      expect(JSON.stringify(afterPlace)).not.toContain('010190');
      expect(await snapshot(server.store)).toEqual(afterPlace);
      expect(afterPlace).not.toEqual(before);
    });

    it('lets a contact person invite volunteers to their own institution only', async () => {
      const contact = await redeem(server.app, demoCode(server, 'contact'));
      const own = await invite(contact, {
        role: 'volunteer',
        institutionId: contact.institutionId,
      });
      expect(own.statusCode).toBe(200);
      const caseworker = await invite(contact, {
        role: 'caseworker',
        institutionId: contact.institutionId,
        teamId: contact.teamId,
      });
      expect(errorCode(caseworker)).toBe('forbidden');
      const other = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
        name: 'Andet',
      });
      const elsewhere = await invite(contact, {
        role: 'volunteer',
        institutionId: other.json<{ id: string }>().id,
      });
      expect(errorCode(elsewhere)).toBe('forbidden');
    });

    it.each(['volunteer', 'caseworker', 'contact'] as const)(
      'refuses a %s every admin-only endpoint',
      async (role) => {
        const session = await redeem(server.app, demoCode(server, role));
        const before = await snapshot(server.store);
        const attempts = [
          authed(server.app, session, 'POST', '/v1/admin/institutions', { name: 'X' }),
          authed(server.app, session, 'POST', '/v1/admin/teams', {
            institutionId: session.institutionId,
            name: 'X',
          }),
          authed(server.app, session, 'GET', '/v1/admin/devices'),
          authed(server.app, session, 'POST', `/v1/admin/devices/${session.deviceId}/revoke`),
          invite(session, { role: 'admin', institutionId: session.institutionId }),
        ];
        for (const response of await Promise.all(attempts)) {
          expect(response.statusCode).toBe(403);
          expect(errorCode(response)).toBe('forbidden');
        }
        expect(await snapshot(server.store)).toEqual(before);
      },
    );

    it('revokes a device: its next sync and refresh say device_revoked, nothing is stored', async () => {
      const victim = await redeem(server.app, demoCode(server, 'volunteer'));
      const listed = deviceListSchema.parse(
        (await authed(server.app, admin, 'GET', '/v1/admin/devices')).json(),
      );
      expect(listed.devices.map((device) => device.id)).toContain(victim.deviceId);
      const revoke = await authed(
        server.app,
        admin,
        'POST',
        `/v1/admin/devices/${victim.deviceId}/revoke`,
      );
      expect(revoke.statusCode).toBe(200);
      const before = await snapshot(server.store);
      const syncResponse = await postSync(server.app, victim, [
        put(1, 'activities', key(), { note: 'efter' }),
      ]);
      expect(syncResponse.statusCode).toBe(401);
      expect(errorCode(syncResponse)).toBe('device_revoked');
      expect(errorCode(await refresh(victim.refreshToken))).toBe('device_revoked');
      expect(await snapshot(server.store)).toEqual(before);
    });

    it('answers revoking an unknown device with not_found', async () => {
      const response = await authed(server.app, admin, 'POST', `/v1/admin/devices/${key()}/revoke`);
      expect(response.statusCode).toBe(404);
    });
  });
});
