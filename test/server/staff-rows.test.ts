// @vitest-environment node
/**
 * The caseworker features on the server, through the real endpoint: tips for a team, an
 * institution's volunteers or everyone; a caseworker's private logbook; shares with the
 * experience meeting (with or without a name) and their answers; a team's weekly check-in
 * averages; tip read counts. The table-level rules are in the access matrix (access.test.ts).
 */
import type { Session } from '@/protocol/auth';
import type { Mutation, PulledRow } from '@/protocol/sync';
import { checkFields } from '@/protocol/tables';
import { teamCheckInKey, tipStatsKey } from '@/server/staff-rows';
import { castOn, type Cast, type Person } from './cast';
import {
  authed,
  DIALECTS,
  key,
  put,
  redeem,
  stamp,
  startServer,
  sync,
  syncBody,
  type TestServer,
} from './harness';

/** The node id of every clock the cast's devices stamp with (harness `stamp`). */
const DEVICE_NODE = '00000000000000aa';

describe.each(DIALECTS)('caseworker features on %s', (dialect) => {
  let server: TestServer;
  let cast: Cast;

  beforeAll(async () => {
    server = await startServer(dialect);
    cast = await castOn(server);
  });
  afterAll(async () => {
    await server.close();
  });

  /** A row `person` writes, which must be accepted. */
  async function made(person: Person, table: string, fields: Record<string, unknown>) {
    const rowKey = key();
    expect(await cast.write(person, { table, key: rowKey, fields })).toBeUndefined();
    return rowKey;
  }

  /** The stored row with its clocks, raw. */
  async function raw(table: string, rowKey: string) {
    return server.store.db
      .selectFrom('rows')
      .selectAll()
      .where('tbl', '=', table)
      .where('key', '=', rowKey)
      .executeTakeFirst();
  }

  async function refused(person: Person, table: string, rowKey: string, fields = {}, op = 'put') {
    const before = await cast.stored(table, rowKey);
    const write = op === 'delete' ? { table, key: rowKey, op: 'delete' as const } : undefined;
    const rejection = await cast.write(person, write ?? { table, key: rowKey, fields });
    expect(rejection?.code).toBe('forbidden');
    expect(await cast.stored(table, rowKey)).toEqual(before);
  }

  const EVERYONE: readonly Person[] = [
    'volunteer',
    'volunteer2',
    'caseworker',
    'caseworkerB',
    'contact',
    'contactB',
    'admin',
    'volunteer3',
    'caseworker2',
    'contact2',
  ];

  /** Who of everyone pulls `table/rowKey`. */
  async function readers(table: string, rowKey: string): Promise<Person[]> {
    const found: Person[] = [];
    for (const person of EVERYONE) {
      if ((await cast.pulled(person)).has(`${table}/${rowKey}`)) found.push(person);
    }
    return found;
  }

  describe('tips', () => {
    it('for everyone are read by every role everywhere; for a team only by the team; for volunteers by the institution’s volunteers and contact persons', async () => {
      const everyone = await made('contact', 'tips', { title: 'Til alle', audience: 'everyone' });
      const team = await made('contact', 'tips', { title: 'Til teamet', audience: 'team' });
      const volunteers = await made('contact', 'tips', {
        title: 'Til de frivillige',
        audience: 'volunteers',
      });
      expect((await cast.stored('tips', everyone))?.scope).toBe('all');
      expect((await cast.stored('tips', team))?.scope).toBe(
        `team:${cast.session('contact').teamId}`,
      );
      expect(await readers('tips', everyone)).toEqual(EVERYONE);
      expect(await readers('tips', team)).toEqual([
        'caseworker',
        'caseworkerB',
        'contact',
        'contactB',
        'admin',
      ]);
      expect(await readers('tips', volunteers)).toEqual([
        'volunteer',
        'volunteer2',
        'contact',
        'contactB',
        'admin',
      ]);
    });

    it('keep their scope when the audience changes, and one for everyone is changed by its writer or an admin only', async () => {
      const team = await made('contact', 'tips', { title: 'Til teamet', audience: 'team' });
      expect(
        await cast.write('contact', { table: 'tips', key: team, fields: { audience: 'everyone' } }),
      ).toBeUndefined();
      expect((await cast.stored('tips', team))?.scope).toBe(
        `team:${cast.session('contact').teamId}`,
      );
      expect((await cast.pulled('volunteer3')).has(`tips/${team}`)).toBe(false);

      const everyone = await made('contact', 'tips', { title: 'Til alle', audience: 'everyone' });
      await refused('contactB', 'tips', everyone, { title: 'Ændret' });
      await refused('contact2', 'tips', everyone, { title: 'Ændret' });
      await refused('caseworker', 'tips', everyone, { title: 'Ændret' });
      await refused('volunteer', 'tips', everyone, { title: 'Ændret' });
      await refused('contact2', 'tips', everyone, {}, 'delete');
      expect(
        await cast.write('contact', { table: 'tips', key: everyone, fields: { body: 'Mere' } }),
      ).toBeUndefined();
      expect(
        await cast.write('admin', { table: 'tips', key: everyone, fields: { tag: 'Vejledning' } }),
      ).toBeUndefined();
      expect((await cast.stored('tips', everyone))?.fields).toMatchObject({
        title: 'Til alle',
        body: 'Mere',
        tag: 'Vejledning',
      });
      // Caseworkers and volunteers write no tips, not even for everyone.
      const nobody = key();
      await refused('caseworker', 'tips', nobody, { title: 'Hej', audience: 'everyone' });
      await refused('volunteer', 'tips', nobody, { title: 'Hej', audience: 'everyone' });
    });
  });

  describe('a caseworker’s private logbook', () => {
    it('is never read by caseworker B (nor anyone else): not by pulling, claiming scopes, or through shares', async () => {
      const secret = 'Min private tvivl om tragtmodellen';
      const entry = await made('caseworker', 'logbookEntries', {
        kind: 'question',
        text: secret,
        tags: ['Tragtmodellen'],
      });
      // Another entry is shared (a copy, anonymously), which links nothing back to the first.
      const shared = key();
      const other = await made('caseworker', 'logbookEntries', {
        kind: 'good',
        text: 'Delt erfaring',
        sharedEntryId: shared,
      });
      expect(
        await cast.write('caseworker', {
          table: 'sharedEntries',
          key: shared,
          fields: { kind: 'good', text: 'Delt erfaring', sharedAt: 1 },
        }),
      ).toBeUndefined();

      for (const person of EVERYONE.filter((p) => p !== 'caseworker')) {
        const pulled = await cast.pulled(person);
        expect(pulled.has(`logbookEntries/${entry}`)).toBe(false);
        expect(pulled.has(`logbookEntries/${other}`)).toBe(false);
        expect(JSON.stringify([...pulled.values()])).not.toContain(secret);
      }
      // Caseworker B claims to have pulled A's own scope already: it is named as removed, and no
      // row of it comes along.
      const a = cast.session('caseworker');
      const b = cast.session('caseworkerB');
      const response = await authed(server.app, b, 'POST', '/v1/sync', {
        ...syncBody(b, []),
        pull: { cursor: 1, limit: 1000, scopes: [`user:${a.userId}`] },
      });
      const body = response.json<{
        pull: { rows: PulledRow[]; scopes: string[]; removedScopes?: string[] };
      }>();
      expect(body.pull.removedScopes).toEqual([`user:${a.userId}`]);
      expect(body.pull.scopes).not.toContain(`user:${a.userId}`);
      expect(body.pull.rows.some((row) => row.scope === `user:${a.userId}`)).toBe(false);
      // Nor may B write into A's entries, or make a share out of one.
      await refused('caseworkerB', 'logbookEntries', entry, { text: 'ændret' });
      await refused('caseworkerB', 'logbookEntries', entry, {}, 'delete');
      await refused('caseworkerB', 'sharedEntries', shared, { text: 'ændret' });
      // A reads their own.
      expect((await cast.pulled('caseworker')).get(`logbookEntries/${entry}`)?.fields.text).toBe(
        secret,
      );
    });
  });

  describe('shares with the experience meeting', () => {
    it('without a name: stored with no owner and no clock of the device; pulled without an author', async () => {
      const share = await made('caseworker', 'sharedEntries', {
        kind: 'question',
        text: 'Hvordan skriver man en god afgørelse?',
        tags: ['Den gode afgørelse'],
        sharedAt: 1_700_000_000_000,
      });
      const stored = await raw('sharedEntries', share);
      expect(stored?.owner_user_id).toBe('');
      expect(stored?.scope).toBe(`team:${cast.session('caseworker').teamId}`);
      expect(stored?.clocks).not.toContain(DEVICE_NODE);
      expect(Object.keys(JSON.parse(stored?.clocks ?? '{}') as object).sort()).toEqual([
        'kind',
        'sharedAt',
        'tags',
        'text',
      ]);
      const serialized = JSON.stringify(stored);
      for (const id of [cast.session('caseworker').userId, cast.session('caseworker').deviceId]) {
        expect(serialized).not.toContain(id);
      }
      for (const reader of ['contact', 'caseworkerB', 'admin'] as const) {
        const row = (await cast.pulled(reader)).get(`sharedEntries/${share}`);
        expect(row?.fields).toEqual({
          kind: 'question',
          text: 'Hvordan skriver man en god afgørelse?',
          tags: ['Den gode afgørelse'],
          sharedAt: 1_700_000_000_000,
        });
        expect(JSON.stringify(row)).not.toContain(DEVICE_NODE);
        expect(JSON.stringify(row)).not.toContain(cast.session('caseworker').userId);
      }
      // Its writer can neither name themself afterwards nor take it back.
      await refused('caseworker', 'sharedEntries', share, { authorName: 'Lene' });
      await refused('caseworker', 'sharedEntries', share, {}, 'delete');
    });

    it('with a name: stored as the writer’s, and the name reaches the team', async () => {
      const share = await made('caseworker', 'sharedEntries', {
        kind: 'good',
        text: 'Borgeren kom selv med løsningen',
        authorName: 'Lene',
        sharedAt: 2,
      });
      const stored = await raw('sharedEntries', share);
      expect(stored?.owner_user_id).toBe(cast.session('caseworker').userId);
      expect(stored?.clocks).toContain(DEVICE_NODE);
      expect((await cast.pulled('contact')).get(`sharedEntries/${share}`)?.fields.authorName).toBe(
        'Lene',
      );
      await refused('caseworker', 'sharedEntries', share, { text: 'ændret' });
      expect((await cast.pulled('caseworker2')).has(`sharedEntries/${share}`)).toBe(false);
      expect((await cast.pulled('volunteer')).has(`sharedEntries/${share}`)).toBe(false);
    });

    it('are answered by a contact person of the team only, with the answer fields only; the asker sees the answer', async () => {
      const question = await made('caseworker', 'sharedEntries', {
        kind: 'question',
        text: 'Hvornår skal borgeren høres?',
      });
      // Caseworkers never answer, not even their own question when they share it.
      await refused('caseworker', 'sharedEntries', key(), { text: 'Spørgsmål', answer: 'Svar' });
      await refused('caseworkerB', 'sharedEntries', question, { answer: 'Svar' });
      await refused('contact2', 'sharedEntries', question, { answer: 'Svar' });
      await refused('admin', 'sharedEntries', question, { answer: 'Svar' });
      await refused('contact', 'sharedEntries', question, { text: 'Omskrevet' });
      await refused('contact', 'sharedEntries', question, {}, 'delete');
      await refused('contact', 'sharedEntries', key(), { answer: 'Svar uden spørgsmål' });
      const answer = {
        answer: 'Før der træffes en afgørelse.',
        answeredAt: 3,
        answeredBy: 'Jonas',
      };
      expect(
        await cast.write('contactB', { table: 'sharedEntries', key: question, fields: answer }),
      ).toBeUndefined();
      expect((await cast.stored('sharedEntries', question))?.owner).toBe('');
      expect((await cast.pulled('caseworker')).get(`sharedEntries/${question}`)?.fields).toEqual({
        kind: 'question',
        text: 'Hvornår skal borgeren høres?',
        ...answer,
      });
    });

    it('refuse CPR numbers in the text, tags and answer, like every free text of the caseworker features', async () => {
      const cpr = '010190-1234';
      const cases: [Person, string, Record<string, unknown>][] = [
        ['caseworker', 'logbookEntries', { text: `Borger ${cpr}` }],
        ['caseworker', 'logbookEntries', { tags: ['Tragtmodellen', cpr] }],
        ['caseworker', 'sharedEntries', { text: `Borger ${cpr}` }],
        ['caseworker', 'sharedEntries', { tags: [cpr] }],
        ['contact', 'tips', { title: cpr }],
        ['contact', 'tips', { body: `Se ${cpr}` }],
        ['caseworker', 'planItems', { title: `Møde om ${cpr}` }],
        ['caseworker', 'planItems', { participants: cpr }],
        ['caseworker', 'planItems', { caseRefs: ['Sag 12', cpr] }],
        ['caseworker', 'checklistItems', { note: cpr }],
      ];
      for (const [person, table, fields] of cases) {
        const rowKey = key();
        const rejection = await cast.write(person, { table, key: rowKey, fields });
        expect(rejection?.code, `${table} ${Object.keys(fields).join()}`).toBe('cpr_number');
        expect(rejection?.message).not.toContain(cpr);
        expect(await cast.stored(table, rowKey)).toBeUndefined();
      }
      const question = await made('caseworker', 'sharedEntries', { text: 'Spørgsmål' });
      expect(
        (
          await cast.write('contact', {
            table: 'sharedEntries',
            key: question,
            fields: { answer: `Ring til ${cpr}` },
          })
        )?.code,
      ).toBe('cpr_number');
      // Case references that are not CPR numbers pass.
      await made('caseworker', 'planItems', { title: 'Træningsmøde', caseRefs: ['Sag 12', 'B-7'] });
    });
  });

  describe('team check-ins', () => {
    type Device = { session: Session; write: (mutations: Omit<Mutation, 'id'>[]) => Promise<void> };
    let teamId: string;
    let caseworkers: Device[];
    let contact: Session;
    const WEEK = '2026-W11';
    let tick = Date.now();

    function device(session: Session): Device {
      let nextId = 1;
      return {
        session,
        async write(mutations) {
          const body = await sync(
            server.app,
            session,
            mutations.map((mutation) => ({ ...mutation, id: nextId++ })),
          );
          expect(body.ack.rejected).toEqual([]);
        },
      };
    }
    const checkIn = (rowKey: string, fields: Record<string, unknown>) =>
      put(0, 'checkIns', rowKey, fields, stamp(++tick));
    const remove = (rowKey: string): Omit<Mutation, 'id'> => ({
      table: 'checkIns',
      key: rowKey,
      op: 'delete',
      fields: {},
      hlc: stamp(++tick),
    });

    /** The team's row for `week`, as stored. */
    async function average(week = WEEK) {
      const row = await cast.stored('teamCheckIns', teamCheckInKey(teamId, week));
      return row && { deleted: row.deleted, fields: row.fields, scope: row.scope };
    }

    beforeAll(async () => {
      // A team of its own, so the number of answers is known: four caseworkers, a contact person.
      const admin = cast.session('admin');
      const institutionId = admin.institutionId ?? '';
      const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
        institutionId,
        name: 'Team Myndighed',
      });
      teamId = team.json<{ id: string }>().id;
      const invite = async (role: 'caseworker' | 'contact', uses: number) =>
        (
          await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
            role,
            institutionId,
            teamId,
            uses,
          })
        ).json<{ code: string }>().code;
      const code = await invite('caseworker', 4);
      caseworkers = [];
      for (let i = 0; i < 4; i++) caseworkers.push(device(await redeem(server.app, code)));
      contact = await redeem(server.app, await invite('contact', 1));
    });

    const at = (index: number): Device => {
      const found = caseworkers[index];
      if (!found) throw new Error(`no caseworker ${index}`);
      return found;
    };

    it('has no average from two answers, one from three, and follows a fourth, edits and deletes', async () => {
      const rows = [key(), key(), key(), key()];
      const row = (index: number) => rows[index] ?? '';
      await at(0).write([checkIn(row(0), { week: WEEK, methodGoing: 4, confidence: 5 })]);
      await at(1).write([checkIn(row(1), { week: WEEK, methodGoing: 3, confidence: 4 })]);
      expect(await average()).toBeUndefined();

      await at(2).write([checkIn(row(2), { week: WEEK, methodGoing: 3, confidence: 4 })]);
      const three = await average();
      expect(three).toEqual({
        deleted: false,
        scope: `team:${teamId}`,
        fields: { teamId, week: WEEK, answers: 3, methodGoing: 3.3, confidence: 4.3 },
      });
      expect(checkFields('teamCheckIns', three?.fields ?? {})).toBeUndefined();

      await at(3).write([checkIn(row(3), { week: WEEK, methodGoing: 1, confidence: 2 })]);
      expect((await average())?.fields).toMatchObject({
        answers: 4,
        methodGoing: 2.8,
        confidence: 3.8,
      });
      // An edit moves the average; so does a check-in moved to another week.
      await at(3).write([checkIn(row(3), { methodGoing: 5 })]);
      expect((await average())?.fields).toMatchObject({ answers: 4, methodGoing: 3.8 });
      await at(3).write([checkIn(row(3), { week: '2026-W12' })]);
      expect((await average())?.fields).toMatchObject({ answers: 3, methodGoing: 3.3 });
      expect(await average('2026-W12')).toBeUndefined();

      // Down to two: the average goes (a tombstone every reader learns of).
      await at(2).write([remove(row(2))]);
      const gone = await average();
      expect(gone).toEqual({ deleted: true, scope: `team:${teamId}`, fields: {} });
      const pulled = (await sync(server.app, contact)).pull.rows;
      expect(pulled.find((r) => r.key === teamCheckInKey(teamId, WEEK))?.deleted).toBe(true);

      // Back to three (a new row for the week): the average comes back.
      await at(2).write([checkIn(key(), { week: WEEK, methodGoing: 2, confidence: 2 })]);
      expect(await average()).toMatchObject({
        deleted: false,
        fields: { answers: 3, methodGoing: 3, confidence: 3.7 },
      });
    });

    it('counts a person once a week (their latest answer) and only when both questions are answered', async () => {
      const week = '2026-W20';
      await at(0).write([checkIn(key(), { week, methodGoing: 1, confidence: 1 })]);
      // A second phone of the same person, later: replaces their answer, adds no person.
      await at(0).write([checkIn(key(), { week, methodGoing: 5, confidence: 5 })]);
      await at(1).write([checkIn(key(), { week, methodGoing: 5, confidence: 5 })]);
      // Only one of the two questions: not an answer yet.
      const half = key();
      await at(2).write([checkIn(half, { week, methodGoing: 5 })]);
      expect(await average(week)).toBeUndefined();
      await at(2).write([checkIn(half, { confidence: 3 })]);
      expect((await average(week))?.fields).toEqual({
        teamId,
        week,
        answers: 3,
        methodGoing: 5,
        confidence: 4.3,
      });
    });

    it('shows the contact person and the team only the average, never anyone’s answer', async () => {
      const pulled = (await sync(server.app, contact)).pull.rows;
      expect(pulled.some((r) => r.table === 'checkIns')).toBe(false);
      expect(pulled.some((r) => r.table === 'teamCheckIns' && !r.deleted)).toBe(true);
      const colleague = (await sync(server.app, at(1).session)).pull.rows;
      const own = colleague.filter((r) => r.table === 'checkIns');
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((r) => r.scope === `user:${at(1).session.userId}`)).toBe(true);
      // Other teams see nothing of it.
      expect(
        (await cast.pulled('contact')).has(`teamCheckIns/${teamCheckInKey(teamId, WEEK)}`),
      ).toBe(false);
    });
  });

  describe('tip read counts', () => {
    /** The stored count of `tip`. */
    async function stats(tip: string) {
      return cast.stored('tipStats', tipStatsKey(tip));
    }

    it('count distinct readers (two phones of one person are one), follow deletes and live beside the tip', async () => {
      const tip = await made('contact', 'tips', { title: 'Ugens tip', audience: 'team' });
      expect(await stats(tip)).toBeUndefined();
      const first = await made('caseworker', 'tipReads', { tipId: tip, readAt: 1 });
      expect(await stats(tip)).toMatchObject({
        scope: `team:${cast.session('contact').teamId}`,
        fields: { tipId: tip, reads: 1 },
        deleted: false,
      });
      const counted = await stats(tip);
      const second = await made('caseworker', 'tipReads', { tipId: tip, readAt: 2 });
      // The same reader again: the count stays, and so does its row (no new seq to pull).
      expect(await stats(tip)).toEqual(counted);
      await made('caseworkerB', 'tipReads', { tipId: tip, readAt: 3 });
      await made('contactB', 'tipReads', { tipId: tip, readAt: 3 });
      expect((await stats(tip))?.fields).toEqual({ tipId: tip, reads: 3 });
      expect(await cast.write('caseworker', { table: 'tipReads', key: first, op: 'delete' })).toBe(
        undefined,
      );
      expect((await stats(tip))?.fields.reads).toBe(3);
      expect(await cast.write('caseworker', { table: 'tipReads', key: second, op: 'delete' })).toBe(
        undefined,
      );
      expect((await stats(tip))?.fields.reads).toBe(2);
      const row = (await cast.pulled('contact')).get(`tipStats/${tipStatsKey(tip)}`);
      expect(row?.fields).toEqual({ tipId: tip, reads: 2 });
      expect(checkFields('tipStats', row?.fields ?? {})).toBeUndefined();
      expect((await cast.pulled('volunteer')).has(`tipStats/${tipStatsKey(tip)}`)).toBe(false);

      // The tip goes, and its count with it.
      expect(await cast.write('contact', { table: 'tips', key: tip, op: 'delete' })).toBe(
        undefined,
      );
      expect((await stats(tip))?.deleted).toBe(true);
      await made('caseworkerB', 'tipReads', { tipId: tip, readAt: 4 });
      expect((await stats(tip))?.deleted).toBe(true);
    });

    it('land in the scope of a tip for volunteers or for everyone, where its readers see them', async () => {
      const forVolunteers = await made('contact', 'tips', {
        title: 'Navneskilt',
        audience: 'volunteers',
      });
      await made('volunteer', 'tipReads', { tipId: forVolunteers, readAt: 1 });
      await made('volunteer2', 'tipReads', { tipId: forVolunteers, readAt: 1 });
      expect(await stats(forVolunteers)).toMatchObject({
        scope: `volunteers:${cast.session('contact').institutionId}`,
        fields: { reads: 2 },
      });
      // Not the place's caseworkers: the tip is not theirs.
      expect(await readers('tipStats', tipStatsKey(forVolunteers))).toEqual([
        'volunteer',
        'volunteer2',
        'contact',
        'contactB',
        'admin',
      ]);

      const forEveryone = await made('contact', 'tips', { title: 'Alle', audience: 'everyone' });
      for (const person of ['volunteer3', 'caseworker2', 'caseworker', 'admin'] as const) {
        await made(person, 'tipReads', { tipId: forEveryone, readAt: 1 });
      }
      expect(await stats(forEveryone)).toMatchObject({ scope: 'all', fields: { reads: 4 } });
      expect(await readers('tipStats', tipStatsKey(forEveryone))).toEqual(EVERYONE);
    });

    it('count nothing for a tip the server does not have, and cannot be written by anyone', async () => {
      const unknown = key();
      await made('caseworker', 'tipReads', { tipId: unknown, readAt: 1 });
      expect(await stats(unknown)).toBeUndefined();
      await refused('contact', 'tipStats', tipStatsKey(unknown), { tipId: unknown, reads: 100 });
    });
  });
});
