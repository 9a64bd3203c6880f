// @vitest-environment node
/**
 * The leader's overview on the server, through the real endpoints: volunteer hours per
 * institution and month, checklist progress, tip reach, the units with their members, and the
 * leader's copy of a team's check-in averages. Every total is checked against what was pushed;
 * the recount at start and the randomized comparison are in leader-rebuild.test.ts.
 */
import type { TipReach, Unit } from '@/db/schema';
import { indexUnits, tipRates } from '@/features/leader/model';
import type { RoleName, Session } from '@/protocol/auth';
import { checkFields, type TableName } from '@/protocol/tables';
import { checklistProgressKey, institutionHoursKey, tipReachKey } from '@/server/leader-rows';
import { countsIn, MUNICIPALITY_UNIT, type UnitRef } from '@/server/leader-units';
import { LEADER_SCOPE } from '@/server/scopes';
import { leaderCheckInKey, teamCheckInKey, tipStatsKey } from '@/server/staff-rows';
import { authed, demoCode, DIALECTS, key, put, redeem, startServer, sync } from './harness';
import type { TestServer } from './harness';
import { leaderRows, liveRow, phone } from './phone';

describe.each(DIALECTS)('the leader’s overview on %s', (dialect) => {
  let server: TestServer;
  let admin: Session;
  let demo: { institutionId: string; teamId: string };
  let other: { institutionId: string; teamId: string };

  /** Creates a team in `institutionId` as the admin. */
  async function createTeam(institutionId: string, name: string): Promise<string> {
    const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
      institutionId,
      name,
    });
    return team.json<{ id: string }>().id;
  }

  beforeAll(async () => {
    server = await startServer(dialect);
    admin = await redeem(server.app, demoCode(server, 'admin'));
    demo = { institutionId: admin.institutionId ?? '', teamId: admin.teamId ?? '' };
    const created = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
      name: 'Bostedet Lyngen',
    });
    const institutionId = created.json<{ id: string }>().id;
    other = { institutionId, teamId: await createTeam(institutionId, 'Team Lyngen') };
  });
  afterAll(async () => {
    await server.close();
  });

  /** A new person of `role` in `where` (volunteers and leaders in no team). */
  async function join(
    role: RoleName,
    where: { institutionId: string | null; teamId: string | null } = demo,
  ): Promise<Session> {
    const teamless = role === 'volunteer' || role === 'leader';
    const response = await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
      role,
      institutionId: where.institutionId,
      teamId: teamless ? null : where.teamId,
    });
    if (response.statusCode !== 200) throw new Error(response.body);
    return redeem(server.app, response.json<{ code: string }>().code);
  }

  /** The live leader row's fields (checked against the wire schema), or `undefined`. */
  async function total(table: TableName, rowKey: string) {
    const row = await liveRow(server.store, table, rowKey);
    if (!row) return undefined;
    expect(row.scope).toBe(LEADER_SCOPE);
    expect(checkFields(table, row.fields)).toBeUndefined();
    return row.fields;
  }

  const activity = (rowKey: string, date: string, durationMinutes: number) => ({
    table: 'activities',
    key: rowKey,
    fields: { date, durationMinutes, activityType: 'Gåtur' },
  });

  describe('hours per institution', () => {
    const hours = (institutionId: string, month: string) =>
      total('institutionHours', institutionHoursKey(institutionId, month));
    const sums = (
      institutionId: string,
      month: string,
      [minutes, entries, volunteers]: number[],
    ) => ({
      institutionId,
      month,
      minutes,
      entries,
      volunteers,
    });

    it('sums the institution’s volunteers per month, through edits, moves to another month and deletes', async () => {
      const a = phone(server, await join('volunteer'));
      const b = phone(server, await join('volunteer'));
      const c = phone(server, await join('volunteer', other));
      const [a1, a2, b1, b2, c1] = [key(), key(), key(), key(), key()];
      const { institutionId: here } = demo;
      expect(await a.push(activity(a1, '2031-01-10', 60), activity(a2, '2031-01-20', 15))).toEqual(
        [],
      );
      expect(await b.push(activity(b1, '2031-01-12', 30), activity(b2, '2031-02-01', 45))).toEqual(
        [],
      );
      expect(await c.push(activity(c1, '2031-01-05', 20))).toEqual([]);
      expect(await hours(here, '2031-01')).toEqual(sums(here, '2031-01', [105, 3, 2]));
      expect(await hours(here, '2031-02')).toEqual(sums(here, '2031-02', [45, 1, 1]));
      expect(await hours(other.institutionId, '2031-01')).toEqual(
        sums(other.institutionId, '2031-01', [20, 1, 1]),
      );

      // One of a's activities moves to February: a still counts in January.
      expect(await a.push(activity(a1, '2031-02-03', 60))).toEqual([]);
      expect(await hours(here, '2031-01')).toEqual(sums(here, '2031-01', [45, 2, 2]));
      expect(await hours(here, '2031-02')).toEqual(sums(here, '2031-02', [105, 2, 2]));
      // The other follows (and gets longer): a has left January.
      expect(await a.push(activity(a2, '2031-02-04', 25))).toEqual([]);
      expect(await hours(here, '2031-01')).toEqual(sums(here, '2031-01', [30, 1, 1]));
      expect(await hours(here, '2031-02')).toEqual(sums(here, '2031-02', [130, 3, 2]));
      // January's last activity goes: so does the month's row.
      expect(await b.push({ table: 'activities', key: b1, op: 'delete' })).toEqual([]);
      expect(await hours(here, '2031-01')).toBeUndefined();
      expect(
        await liveRow(server.store, 'institutionHours', institutionHoursKey(here, '2031-01')),
      ).toBeUndefined();
      // a deletes one February activity and moves the other out: a has left February too.
      expect(
        await a.push(
          { table: 'activities', key: a1, op: 'delete' },
          activity(a2, '2031-03-01', 25),
        ),
      ).toEqual([]);
      expect(await hours(here, '2031-02')).toEqual(sums(here, '2031-02', [45, 1, 1]));
      expect(await hours(here, '2031-03')).toEqual(sums(here, '2031-03', [25, 1, 1]));
      // Another institution's month never moved.
      expect(await hours(other.institutionId, '2031-01')).toEqual(
        sums(other.institutionId, '2031-01', [20, 1, 1]),
      );
    });

    it('counts a volunteer once however many activities they add, edit or retry', async () => {
      const session = await join('volunteer');
      const a = phone(server, session);
      const { institutionId: here } = demo;
      const [one, two, three] = [key(), key(), key()];
      expect(
        await a.push(
          activity(one, '2032-05-01', 10),
          activity(two, '2032-05-02', 20),
          activity(three, '2032-05-03', 30),
        ),
      ).toEqual([]);
      expect(await hours(here, '2032-05')).toEqual(sums(here, '2032-05', [60, 3, 1]));
      // A retried push (same mutation ids) counts nothing twice.
      const retry = await sync(server.app, session, [
        put(1, 'activities', one, { date: '2032-05-01', durationMinutes: 10 }),
      ]);
      expect(retry.ack.rejected).toEqual([]);
      expect(await hours(here, '2032-05')).toEqual(sums(here, '2032-05', [60, 3, 1]));
      expect(await a.push({ table: 'activities', key: one, op: 'delete' })).toEqual([]);
      expect(await hours(here, '2032-05')).toEqual(sums(here, '2032-05', [50, 2, 1]));
      const b = phone(server, await join('volunteer'));
      expect(await b.push(activity(key(), '2032-05-09', 5))).toEqual([]);
      expect(await hours(here, '2032-05')).toEqual(sums(here, '2032-05', [55, 3, 2]));
      expect(
        await a.push(
          { table: 'activities', key: two, op: 'delete' },
          { table: 'activities', key: three, op: 'delete' },
        ),
      ).toEqual([]);
      expect(await hours(here, '2032-05')).toEqual(sums(here, '2032-05', [5, 1, 1]));
    });

    it('counts a volunteer without an institution nowhere', async () => {
      const loner = phone(server, await join('volunteer', { institutionId: null, teamId: null }));
      expect(await loner.push(activity(key(), '2033-07-01', 40))).toEqual([]);
      const months = [...(await leaderRows(server.store)).values()].filter(
        (fields) => (fields as { month?: string }).month === '2033-07',
      );
      expect(months).toEqual([]);
    });
  });

  describe('checklist progress', () => {
    const progress = (checklistId: string) =>
      total('checklistProgress', checklistProgressKey(checklistId));

    it('follows ticks and unticks from two phones, moved and deleted items, and a deleted checklist', async () => {
      const one = phone(server, await join('caseworker'), '00000000000000aa');
      const two = phone(server, await join('contact'), '00000000000000bb');
      const list = key();
      const [i1, i2, i3] = [key(), key(), key()];
      const item = (rowKey: string, fields: Record<string, unknown>, at?: number) => ({
        table: 'checklistItems',
        key: rowKey,
        fields,
        ...(at === undefined ? {} : { at }),
      });
      expect(
        await one.push(
          { table: 'checklists', key: list, fields: { title: 'Forberedelse', template: 'prep' } },
          item(i1, { checklistId: list, position: 0, text: 'Mål' }),
          item(i2, { checklistId: list, position: 1, text: 'Roller' }),
          item(i3, { checklistId: list, position: 2, text: 'Plan' }),
        ),
      ).toEqual([]);
      const expected = (items: number, done: number) => ({
        checklistId: list,
        teamId: demo.teamId,
        title: 'Forberedelse',
        template: 'prep',
        items,
        done,
      });
      expect(await progress(list)).toEqual(expected(3, 0));

      // Offline, phone two ticks i1 after phone one unticked it; one syncs last: the tick wins.
      const t = Date.now() + 1000;
      expect(await two.push(item(i1, { done: true }, t + 20))).toEqual([]);
      expect(await one.push(item(i1, { done: false }, t + 10))).toEqual([]);
      expect((await liveRow(server.store, 'checklistItems', i1))?.fields.done).toBe(true);
      expect(await progress(list)).toEqual(expected(3, 1));
      expect(await one.push(item(i2, { done: true }))).toEqual([]);
      expect(await progress(list)).toEqual(expected(3, 2));
      expect(await two.push(item(i2, { done: false }))).toEqual([]);
      expect(await progress(list)).toEqual(expected(3, 1));

      // An item of another team naming this checklist counts nowhere.
      const far = phone(server, await join('caseworker', other));
      expect(await far.push(item(key(), { checklistId: list, done: true }))).toEqual([]);
      expect(await progress(list)).toEqual(expected(3, 1));

      // An item moved to another checklist counts there.
      const next = key();
      expect(
        await two.push(
          { table: 'checklists', key: next, fields: { title: 'Implementering' } },
          item(i3, { checklistId: next, done: true }),
        ),
      ).toEqual([]);
      expect(await progress(list)).toEqual(expected(2, 1));
      expect(await progress(next)).toEqual({
        checklistId: next,
        teamId: demo.teamId,
        title: 'Implementering',
        items: 1,
        done: 1,
      });
      expect(await one.push({ table: 'checklistItems', key: i1, op: 'delete' })).toEqual([]);
      expect(await progress(list)).toEqual(expected(1, 0));
      expect(await one.push({ table: 'checklists', key: list, fields: { title: 'Klar' } })).toEqual(
        [],
      );
      expect((await progress(list))?.title).toBe('Klar');

      // A deleted checklist takes its row away; the leader learns it at the next sync.
      const leader = await join('leader');
      const first = await sync(server.app, leader);
      expect(first.pull.rows.some((r) => r.key === checklistProgressKey(list))).toBe(true);
      expect(await two.push({ table: 'checklists', key: list, op: 'delete' })).toEqual([]);
      expect(await progress(list)).toBeUndefined();
      expect(await progress(next)).toBeDefined();
      const later = await sync(server.app, leader, [], first.pull.cursor);
      expect(later.pull.rows.find((r) => r.key === checklistProgressKey(list))?.deleted).toBe(true);
    });
  });

  describe('tip reach', () => {
    const reach = (tipId: string) => total('tipReach', tipReachKey(tipId));
    const tip = (rowKey: string, audience: string, title: string) => ({
      table: 'tips',
      key: rowKey,
      fields: { title, body: 'Spørg borgeren først.', week: '2031-W05', audience },
    });
    const read = (rowKey: string, tipId: string) => ({
      table: 'tipReads',
      key: rowKey,
      fields: { tipId, readAt: Date.now() },
    });

    it('counts distinct readers of a tip, with its title, week and audience, until it is deleted', async () => {
      const contact = phone(server, await join('contact'));
      const reader = phone(server, await join('caseworker'));
      const readerB = phone(server, await join('caseworker'));
      const volunteer = phone(server, await join('volunteer'));
      const [team, everyone, volunteers] = [key(), key(), key()];
      expect(
        await contact.push(
          tip(team, 'team', 'Spørg ind'),
          tip(everyone, 'everyone', 'Til alle'),
          tip(volunteers, 'volunteers', 'Til de frivillige'),
        ),
      ).toEqual([]);
      const teamReach = (title: string, reads: number) => ({
        tipId: team,
        title,
        week: '2031-W05',
        audience: 'team',
        unitId: demo.teamId,
        reads,
        authorIsMember: true,
      });
      expect(await reach(team)).toEqual(teamReach('Spørg ind', 0));
      expect(await reach(everyone)).toEqual({
        tipId: everyone,
        title: 'Til alle',
        week: '2031-W05',
        audience: 'everyone',
        reads: 0,
        authorIsMember: true,
      });
      expect(await reach(volunteers)).toMatchObject({
        audience: 'volunteers',
        unitId: demo.institutionId,
        authorIsMember: true,
      });

      const [r1, r2, r3] = [key(), key(), key()];
      // The same person reading twice (two phones) counts once.
      expect(await reader.push(read(r1, team), read(r2, team))).toEqual([]);
      expect(await reach(team)).toEqual(teamReach('Spørg ind', 1));
      expect(await readerB.push(read(r3, team))).toEqual([]);
      expect(await reach(team)).toEqual(teamReach('Spørg ind', 2));
      expect(await reader.push({ table: 'tipReads', key: r1, op: 'delete' })).toEqual([]);
      expect(await reach(team)).toEqual(teamReach('Spørg ind', 2));
      expect(await reader.push({ table: 'tipReads', key: r2, op: 'delete' })).toEqual([]);
      expect(await reach(team)).toEqual(teamReach('Spørg ind', 1));
      expect(await volunteer.push(read(key(), volunteers))).toEqual([]);
      expect((await reach(volunteers))?.reads).toBe(1);

      // A new title shows; a read that names another tip moves with it.
      expect(
        await contact.push({ table: 'tips', key: team, fields: { title: 'Spørg mere' } }),
      ).toEqual([]);
      expect(await reach(team)).toEqual(teamReach('Spørg mere', 1));
      expect(await readerB.push(read(r3, everyone))).toEqual([]);
      expect(await reach(team)).toEqual(teamReach('Spørg mere', 0));
      expect((await reach(everyone))?.reads).toBe(1);

      // A deleted tip takes its reach (and its read count) with it.
      expect(await contact.push({ table: 'tips', key: everyone, op: 'delete' })).toEqual([]);
      expect(await reach(everyone)).toBeUndefined();
      expect(await liveRow(server.store, 'tipStats', tipStatsKey(everyone))).toBeUndefined();
      expect(await reach(team)).toBeDefined();
    });

    it('leaves out the writer: never one of the readers, though a second phone of theirs reads it', async () => {
      // A place with one volunteer and the contact person who writes the tip.
      const created = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
        name: 'Værestedet Havblik',
      });
      const institutionId = created.json<{ id: string }>().id;
      const where = { institutionId, teamId: await createTeam(institutionId, 'Team Havblik') };
      const writer = await join('contact', where);
      const contact = phone(server, writer);
      const volunteer = phone(server, await join('volunteer', where));
      const code = await authed(server.app, writer, 'POST', '/v1/auth/device-code');
      const secondPhone = phone(
        server,
        await redeem(server.app, code.json<{ code: string }>().code),
        '00000000000000bb',
      );
      const tipId = key();
      expect(await contact.push(tip(tipId, 'volunteers', 'Husk navneskiltet'))).toEqual([]);
      expect(await volunteer.push(read(key(), tipId))).toEqual([]);
      expect(await secondPhone.push(read(key(), tipId))).toEqual([]);
      const reached = await reach(tipId);
      expect(reached).toMatchObject({
        audience: 'volunteers',
        unitId: institutionId,
        reads: 1,
        authorIsMember: true,
      });
      // The writer's own count says the same.
      const stats = await liveRow(server.store, 'tipStats', tipStatsKey(tipId));
      expect(stats?.fields).toEqual({ tipId, reads: 1 });

      // The place has two members, the writer one of them: the leader sees 1 of 1, 100 %.
      const place = await total('units', institutionId);
      expect(place).toMatchObject({ members: 2 });
      const [rate] = tipRates(
        [{ id: tipId, _hlc: {}, ...(reached as Omit<TipReach, 'id' | '_hlc'>) }],
        indexUnits([{ id: institutionId, _hlc: {}, ...(place as Omit<Unit, 'id' | '_hlc'>) }]),
      );
      expect([rate?.reads, rate?.members, rate?.rate]).toEqual([1, 1, 1]);
    });

    it('counts an admin’s tip with all the unit’s members: an admin is no member anywhere', async () => {
      const [everyone, team] = [key(), key()];
      const writer = phone(server, admin);
      expect(
        await writer.push(
          tip(everyone, 'everyone', 'Fra kommunen'),
          tip(team, 'team', 'Til teamet'),
        ),
      ).toEqual([]);
      const reader = phone(server, await join('caseworker'));
      expect(await reader.push(read(key(), everyone), read(key(), team))).toEqual([]);
      expect(await writer.push(read(key(), everyone))).toEqual([]);
      expect(await reach(everyone)).toMatchObject({
        audience: 'everyone',
        reads: 1,
        authorIsMember: false,
      });
      expect(await reach(team)).toMatchObject({
        audience: 'team',
        unitId: demo.teamId,
        reads: 1,
        authorIsMember: false,
      });
    });
  });

  describe('units', () => {
    const unit = (id: string) => total('units', id);
    const count = async (id: string) => Number((await unit(id))?.members);
    const members = async () => ({
      demo: await count(demo.institutionId),
      demoTeam: await count(demo.teamId),
      other: await count(other.institutionId),
      otherTeam: await count(other.teamId),
      all: await count(MUNICIPALITY_UNIT),
    });
    /** `members()` with `changes` added. */
    const plus = (
      before: Awaited<ReturnType<typeof members>>,
      changes: Partial<Record<keyof typeof before, number>>,
    ) =>
      Object.fromEntries(
        Object.entries(before).map(([unitName, count]) => [
          unitName,
          count + (changes[unitName as keyof typeof before] ?? 0),
        ]),
      );

    it('name every institution and team and the municipality, and count who joins where', async () => {
      expect(await unit(demo.institutionId)).toMatchObject({
        kind: 'institution',
        name: 'Solhjem Plejecenter',
      });
      expect(await unit(demo.teamId)).toMatchObject({
        kind: 'team',
        name: 'Team Ældrepleje',
        institutionId: demo.institutionId,
      });
      expect(await unit(other.teamId)).toMatchObject({
        kind: 'team',
        name: 'Team Lyngen',
        institutionId: other.institutionId,
      });
      const users = await server.store.db
        .selectFrom('users')
        .select('role')
        .where('role', '<>', 'admin')
        .execute();
      expect(await unit(MUNICIPALITY_UNIT)).toEqual({
        kind: 'municipality',
        members: users.length,
      });

      // A place's members are its volunteers and contact persons: those a tip sent there is for.
      let before = await members();
      const caseworker = await join('caseworker');
      expect(await members()).toEqual(plus(before, { demoTeam: 1, all: 1 }));
      before = await members();
      await join('volunteer');
      expect(await members()).toEqual(plus(before, { demo: 1, all: 1 }));
      before = await members();
      await join('contact', other);
      expect(await members()).toEqual(plus(before, { other: 1, otherTeam: 1, all: 1 }));
      before = await members();
      await join('leader');
      expect(await members()).toEqual(plus(before, { all: 1 }));
      // An admin reads no tips; another phone of someone counted is still one person.
      before = await members();
      await join('admin');
      const code = await authed(server.app, caseworker, 'POST', '/v1/auth/device-code');
      await redeem(server.app, code.json<{ code: string }>().code);
      expect(await members()).toEqual(before);
    });

    it('are made with a new institution or team, and follow the institution’s new name', async () => {
      const created = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
        name: 'Værestedet',
      });
      const institutionId = created.json<{ id: string }>().id;
      expect(await unit(institutionId)).toEqual({
        kind: 'institution',
        name: 'Værestedet',
        members: 0,
      });
      const teamId = await createTeam(institutionId, 'Team Nat');
      expect(await unit(teamId)).toEqual({
        kind: 'team',
        name: 'Team Nat',
        institutionId,
        members: 0,
      });
      const contact = phone(server, await join('contact', { institutionId, teamId }));
      expect(await unit(teamId)).toMatchObject({ members: 1 });
      expect(
        await contact.push({
          table: 'institutions',
          key: institutionId,
          fields: { name: 'Værestedet Fyrtårnet' },
        }),
      ).toEqual([]);
      expect(await unit(institutionId)).toEqual({
        kind: 'institution',
        name: 'Værestedet Fyrtårnet',
        members: 1,
      });
    });
  });

  describe('units, one person at a time', () => {
    it('count whom countsIn counts: the rule that tells whether a tip’s writer is a member', async () => {
      const users = await server.store.db
        .selectFrom('users')
        .select(['role', 'institution_id', 'team_id'])
        .execute();
      const people = users.map((user) => ({
        role: user.role,
        institutionId: user.institution_id,
        teamId: user.team_id,
      }));
      expect(new Set(people.map((person) => person.role)).size).toBe(5);
      const units = [...(await leaderRows(server.store))].filter(
        ([id, fields]) => id.startsWith('units/') && fields !== 'deleted',
      );
      expect(units.length).toBeGreaterThan(4);
      for (const [id, fields] of units) {
        const { kind, members } = fields as { kind: UnitRef['kind']; members: number };
        const unit: UnitRef =
          kind === 'municipality' ? { kind } : { kind, id: id.slice('units/'.length) };
        expect(people.filter((person) => countsIn(person, unit)).length, id).toBe(members);
      }
    });
  });

  describe('team check-ins', () => {
    it('copies a team’s weekly average to the leader from 3 answers on, and takes it away below', async () => {
      const teamId = await createTeam(demo.institutionId, 'Team Tjek');
      const where = { institutionId: demo.institutionId, teamId };
      const people = [
        phone(server, await join('caseworker', where)),
        phone(server, await join('caseworker', where)),
        phone(server, await join('caseworker', where)),
      ];
      const week = '2031-W10';
      const answers = [key(), key(), key()];
      const answer = (index: number, methodGoing: number) => ({
        table: 'checkIns',
        key: answers[index] ?? '',
        fields: { week, methodGoing, confidence: 3 },
      });
      const teamRow = () => liveRow(server.store, 'teamCheckIns', teamCheckInKey(teamId, week));
      const leaderCopy = () => total('teamCheckIns', leaderCheckInKey(teamId, week));
      expect(await people[0]?.push(answer(0, 4))).toEqual([]);
      expect(await people[1]?.push(answer(1, 5))).toEqual([]);
      expect(await teamRow()).toBeUndefined();
      expect(await leaderCopy()).toBeUndefined();

      expect(await people[2]?.push(answer(2, 2))).toEqual([]);
      const average = { teamId, week, answers: 3, methodGoing: 3.7, confidence: 3 };
      expect((await teamRow())?.fields).toEqual(average);
      expect((await teamRow())?.scope).toBe(`team:${teamId}`);
      expect(await leaderCopy()).toEqual(average);
      const leader = await join('leader');
      const pulled = await sync(server.app, leader);
      const keys = new Set(pulled.pull.rows.map((r) => `${r.table}/${r.key}`));
      expect(keys.has(`teamCheckIns/${leaderCheckInKey(teamId, week)}`)).toBe(true);
      expect(keys.has(`teamCheckIns/${teamCheckInKey(teamId, week)}`)).toBe(false);

      expect(
        await people[1]?.push({ table: 'checkIns', key: answers[1] ?? '', op: 'delete' }),
      ).toEqual([]);
      expect(await teamRow()).toBeUndefined();
      expect(await leaderCopy()).toBeUndefined();
    });
  });

  it('writes only valid totals, all in the leader scope, none naming a person', async () => {
    const users = await server.store.db.selectFrom('users').select('id').execute();
    const rows = await leaderRows(server.store);
    expect(rows.size).toBeGreaterThan(10);
    for (const [id, fields] of rows) {
      if (fields === 'deleted') continue;
      const table = id.split('/')[0] as TableName;
      expect(checkFields(table, fields as Record<string, unknown>), id).toBeUndefined();
      const text = JSON.stringify(fields);
      for (const user of users) expect(text).not.toContain(user.id);
    }
  });
});
