// @vitest-environment node
import type { Session } from '@/protocol/auth';
import { syncResponseSchema, type Mutation, type SyncResponse } from '@/protocol/sync';
import { newId } from '@/lib/ids';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  put,
  redeem,
  startServer,
  sync,
  syncBody,
  type TestServer,
} from './harness';

type Pull = SyncResponse['pull'];

describe.each(DIALECTS)('scope changes on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(dialect);
  });
  afterAll(async () => {
    await server.close();
  });

  /** One sync request with `pull.scopes` (left out when `scopes` is undefined). */
  async function pull(
    session: Session,
    request: { cursor: number; scopes?: string[] | undefined; limit?: number },
    mutations: Mutation[] = [],
  ): Promise<Pull> {
    const body = syncBody(session, mutations, request.cursor, request.limit ?? 1000);
    const payload =
      request.scopes === undefined
        ? body
        : { ...body, pull: { ...body.pull, scopes: request.scopes } };
    const response = await authed(server.app, session, 'POST', '/v1/sync', payload);
    expect(response.statusCode).toBe(200);
    return syncResponseSchema.parse(response.json()).pull;
  }

  /** Pulls until `hasMore` is false, the way a device does; answers its cursor and scopes. */
  async function catchUp(session: Session): Promise<{ cursor: number; scopes: string[] }> {
    let state = { cursor: 0, scopes: [] as string[] };
    for (;;) {
      const page = await pull(session, state);
      state = { cursor: page.cursor, scopes: page.scopes ?? [] };
      if (!page.hasMore) return state;
    }
  }

  async function newTeam(institutionId: string | null): Promise<string> {
    if (!institutionId) throw new Error('no institution');
    const id = newId();
    await server.store.db
      .insertInto('teams')
      .values({ id, institution_id: institutionId, name: `Team ${id.slice(-4)}` })
      .execute();
    return id;
  }

  /** Moves a person to another team the way an administrator's database change would. */
  async function moveTo(session: Session, teamId: string): Promise<void> {
    await server.store.db
      .updateTable('users')
      .set({ team_id: teamId })
      .where('id', '=', session.userId)
      .execute();
  }

  const caseworker = () => redeem(server.app, demoCode(server, 'caseworker'));
  const checklist = (id: number, title: string) => put(id, 'checklists', key(), { title });
  const keysOf = (page: Pull) => page.rows.map((row) => row.key);

  it('answers the scopes the person reads now, with or without the ones the device sent', async () => {
    const device = await caseworker();
    const withScopes = await pull(device, { cursor: 0, scopes: [] });
    const without = await pull(device, { cursor: 0 });
    expect(withScopes.scopes).toContain(`team:${device.teamId}`);
    expect(withScopes.scopes).toContain(`user:${device.userId}`);
    expect(without.scopes).toEqual(withScopes.scopes);
    expect(without.removedScopes).toBeUndefined();
    expect(without.rows).toEqual(withScopes.rows);
  });

  it('lists the old team in removedScopes after a move, again when the answer was lost', async () => {
    const device = await caseworker();
    const oldTeam = `team:${device.teamId}`;
    await sync(server.app, device, [checklist(1, 'Gammelt team')]);
    const { cursor, scopes } = await catchUp(device);
    expect(scopes).toContain(oldTeam);

    const teamId = await newTeam(device.institutionId);
    await moveTo(device, teamId);
    const moved = await pull(device, { cursor, scopes });
    expect(moved.removedScopes).toEqual([oldTeam]);
    expect(moved.scopes).toContain(`team:${teamId}`);
    expect(moved.scopes).not.toContain(oldTeam);
    expect(moved.rows.filter((row) => row.scope === oldTeam)).toEqual([]);

    // The answer was lost: the device still has its old scopes and cursor, and asks again.
    expect(await pull(device, { cursor, scopes })).toEqual(moved);

    // Applied: nothing more to remove.
    const after = await pull(device, { cursor: moved.cursor, scopes: moved.scopes ?? [] });
    expect(after.removedScopes).toBeUndefined();
    // An older client sends no scopes and gets no removals.
    expect((await pull(device, { cursor })).removedScopes).toBeUndefined();
  });

  describe('a new scope', () => {
    let reader: Session;
    let before: { cursor: number; scopes: string[] };
    let teamId: string;
    const older: string[] = [];
    let newer: string;

    beforeAll(async () => {
      // A caseworker in a new team writes two checklists and deletes a third...
      const writer = await caseworker();
      teamId = await newTeam(writer.institutionId);
      await moveTo(writer, teamId);
      const first = checklist(1, 'Første');
      const second = checklist(2, 'Anden');
      const gone = checklist(3, 'Slettet');
      await sync(server.app, writer, [
        first,
        second,
        gone,
        { ...gone, id: 4, op: 'delete', fields: {} },
      ]);
      older.push(first.key, second.key);
      // ...then another caseworker (still in the old team) syncs past them...
      reader = await caseworker();
      await sync(server.app, reader, [put(1, 'logbookEntries', key(), { kind: 'good' })]);
      before = await catchUp(reader);
      expect(before.scopes).not.toContain(`team:${teamId}`);
      // ...the new team writes once more, and the reader joins the new team.
      const later = checklist(5, 'Senere');
      await sync(server.app, writer, [later]);
      newer = later.key;
      await moveTo(reader, teamId);
    });

    it('sends its rows older than the cursor first, tombstones left out, then the page', async () => {
      const page = await pull(reader, before);
      expect(keysOf(page)).toEqual([...older, newer]);
      expect(page.rows.map((row) => row.scope)).toEqual(Array(3).fill(`team:${teamId}`));
      const [firstSeq, secondSeq, newerSeq] = page.rows.map((row) => row.seq);
      expect(firstSeq).toBeLessThan(secondSeq ?? 0);
      expect(secondSeq).toBeLessThanOrEqual(before.cursor);
      expect(page.cursor).toBe(newerSeq);
      expect(page.hasMore).toBe(false);
      expect(page.scopes).toContain(`team:${teamId}`);
      expect(page.reset).toBeUndefined();
    });

    it('sends them again when the answer was lost, and not once applied', async () => {
      const first = await pull(reader, before);
      expect(await pull(reader, before)).toEqual(first);
      const next = await pull(reader, { cursor: first.cursor, scopes: first.scopes ?? [] });
      expect(next.rows).toEqual([]);
    });

    it('keeps the whole answer within the limit: older rows first, the page after', async () => {
      const page = await pull(reader, { ...before, limit: 2 });
      expect(keysOf(page)).toEqual(older);
      expect(page.cursor).toBe(before.cursor); // the cursor never covers rows not sent
      expect(page.hasMore).toBe(true);
      const rest = await pull(reader, { cursor: page.cursor, scopes: page.scopes ?? [], limit: 2 });
      expect(keysOf(rest)).toEqual([newer]);
      expect(rest.hasMore).toBe(false);
    });

    it('answers a full reset when its older rows do not fit in one page', async () => {
      const page = await pull(reader, { ...before, limit: 1 });
      expect(page).toEqual({ rows: [], cursor: 0, hasMore: true, scopes: [], reset: 'full' });
      // Starting over from 0 brings every row once.
      const fresh = await pull(reader, { cursor: 0, scopes: [] });
      const keys = keysOf(fresh);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(expect.arrayContaining([...older, newer]));
    });

    it('needs nothing special from cursor 0 or from an older client', async () => {
      const fromZero = await pull(reader, { cursor: 0, scopes: before.scopes });
      const keys = keysOf(fromZero);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(expect.arrayContaining([...older, newer]));
      // Without scopes the server cannot know the scope is new: the normal page only.
      expect(keysOf(await pull(reader, { cursor: before.cursor }))).toEqual([newer]);
    });
  });
});
