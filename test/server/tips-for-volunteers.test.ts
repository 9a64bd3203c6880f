// @vitest-environment node
/**
 * Tips for a place's volunteers (audience `volunteers`, scope `volunteers:<institutionId>`): its
 * volunteers and contact persons pull them, its caseworkers and leader do not. Tips stored the old
 * way, in `institution:<id>`, move there at the next start (migration 003): a volunteer's phone
 * that pulled them before gets them again in their new scope, a caseworker's gets nothing more.
 */
import type { Session } from '@/protocol/auth';
import type { PulledRow, SyncResponse } from '@/protocol/sync';
import { rebuildLeaderRows } from '@/server/leader-rebuild';
import { tipReachKey } from '@/server/leader-rows';
import { tipsForVolunteers } from '@/server/migrations/003_tips_for_volunteers';
import { tipStatsKey } from '@/server/staff-rows';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  redeem,
  startServer,
  syncBody,
  type TestServer,
} from './harness';
import { leaderRows, liveRow, phone, type Phone } from './phone';

describe.each(DIALECTS)('tips for a place’s volunteers on %s', (dialect) => {
  let server: TestServer;
  let volunteer: Session;
  let caseworker: Session;
  let contact: Session;
  let leader: Session;
  /** The contact person's and the volunteer's phones (each numbers its own mutations). */
  let writer: Phone;
  let reader: Phone;

  beforeAll(async () => {
    server = await startServer(dialect);
    volunteer = await redeem(server.app, demoCode(server, 'volunteer'));
    caseworker = await redeem(server.app, demoCode(server, 'caseworker'));
    contact = await redeem(server.app, demoCode(server, 'contact'));
    leader = await redeem(server.app, demoCode(server, 'leader'));
    writer = phone(server, contact);
    reader = phone(server, volunteer);
  });
  afterAll(async () => {
    await server.close();
  });

  /** Pulls from `cursor` (with the scopes the device had pulled, when given) to the end. */
  async function pullAll(session: Session, cursor = 0, scopes?: string[]) {
    const rows = new Map<string, PulledRow>();
    let pull: SyncResponse['pull'] | undefined;
    let known = scopes;
    for (;;) {
      const request = syncBody(session, [], pull?.cursor ?? cursor);
      const response = await authed(server.app, session, 'POST', '/v1/sync', {
        ...request,
        pull: { ...request.pull, ...(known ? { scopes: known } : {}) },
      });
      pull = response.json<SyncResponse>().pull;
      for (const row of pull.rows) rows.set(`${row.table}/${row.key}`, row);
      known = pull.scopes;
      if (!pull.hasMore) return { rows, cursor: pull.cursor, scopes: pull.scopes ?? [] };
    }
  }

  const tip = (tipId: string, title: string) => ({
    table: 'tips',
    key: tipId,
    fields: {
      title,
      body: 'Så kan beboerne se, hvem du er.',
      week: '2026-W05',
      audience: 'volunteers',
    },
  });
  const read = (tipId: string) => ({ table: 'tipReads', key: key(), fields: { tipId, readAt: 1 } });

  it('reach the place’s volunteers and contact persons, with their read count, and nobody else', async () => {
    const tipId = key();
    expect(await writer.push(tip(tipId, 'Husk navneskiltet'))).toEqual([]);
    expect(await reader.push(read(tipId))).toEqual([]);
    const scope = `volunteers:${contact.institutionId ?? ''}`;
    expect((await liveRow(server.store, 'tips', tipId))?.scope).toBe(scope);
    expect(await liveRow(server.store, 'tipStats', tipStatsKey(tipId))).toMatchObject({
      scope,
      fields: { tipId, reads: 1 },
    });
    for (const [session, reads] of [
      [volunteer, true],
      [contact, true],
      [caseworker, false],
      [leader, false],
    ] as const) {
      const { rows } = await pullAll(session);
      expect(rows.has(`tips/${tipId}`)).toBe(reads);
      expect(rows.has(`tipStats/${tipStatsKey(tipId)}`)).toBe(reads);
    }
  });

  it('move out of the institution scope at the next start, and stay on the volunteers’ phones only', async () => {
    const institutionId = contact.institutionId ?? '';
    const tipId = key();
    expect(await writer.push(tip(tipId, 'Sig goddag'))).toEqual([]);
    expect(await reader.push(read(tipId))).toEqual([]);
    const reached = (await leaderRows(server.store)).get(`tipReach/${tipReachKey(tipId)}`);
    expect(reached).toMatchObject({ audience: 'volunteers', unitId: institutionId, reads: 1 });

    // Stored as before the migration: in the institution's scope, which everyone there reads.
    const stats = tipStatsKey(tipId);
    await server.store.db
      .updateTable('rows')
      .set({ scope: `institution:${institutionId}` })
      .where((eb) =>
        eb.or([
          eb.and([eb('tbl', '=', 'tips'), eb('key', '=', tipId)]),
          eb.and([eb('tbl', '=', 'tipStats'), eb('key', '=', stats)]),
        ]),
      )
      .execute();
    // Phones as they were then: they had pulled the institution scope, not the volunteers'.
    const before = async (session: Session) => {
      const pulled = await pullAll(session);
      expect(pulled.rows.has(`tips/${tipId}`)).toBe(true);
      return { ...pulled, scopes: pulled.scopes.filter((s) => !s.startsWith('volunteers:')) };
    };
    const volunteerPhone = await before(volunteer);
    const caseworkerPhone = await before(caseworker);

    await tipsForVolunteers().up(server.store.db);
    expect((await liveRow(server.store, 'tips', tipId))?.scope).toBe(`volunteers:${institutionId}`);
    expect((await liveRow(server.store, 'tipStats', stats))?.scope).toBe(
      `volunteers:${institutionId}`,
    );
    // The leader's rows come out the same at the start after it.
    await rebuildLeaderRows(server.store);
    expect((await leaderRows(server.store)).get(`tipReach/${tipReachKey(tipId)}`)).toEqual(reached);

    // The volunteer's phone gets the tip and its count again, in their new scope.
    const after = await pullAll(volunteer, volunteerPhone.cursor, volunteerPhone.scopes);
    expect(after.rows.get(`tips/${tipId}`)).toMatchObject({
      scope: `volunteers:${institutionId}`,
      deleted: false,
    });
    expect(after.rows.get(`tipStats/${stats}`)?.fields).toEqual({ tipId, reads: 1 });
    // A caseworker's phone gets nothing of it, nor does a new one.
    const later = await pullAll(caseworker, caseworkerPhone.cursor, caseworkerPhone.scopes);
    expect([...later.rows.keys()].filter((id) => id.includes(tipId))).toEqual([]);
    expect((await pullAll(caseworker)).rows.has(`tips/${tipId}`)).toBe(false);

    // The contact person still edits it, and the volunteer sees the change.
    expect(await writer.push(tip(tipId, 'Sig goddag til alle'))).toEqual([]);
    const edited = await pullAll(volunteer, after.cursor, after.scopes);
    expect(edited.rows.get(`tips/${tipId}`)?.fields).toMatchObject({
      title: 'Sig goddag til alle',
    });
    expect((await pullAll(caseworker, later.cursor, later.scopes)).rows.has(`tips/${tipId}`)).toBe(
      false,
    );
  });
});
