// @vitest-environment node
/**
 * The rows the server writes itself: a volunteer's monthly hours (exact through edits, moves,
 * deletes, replays and big pushes), the volunteer roster, a new institution's info row and the
 * demo institution's content.
 */
import type { Session } from '@/protocol/auth';
import { keySchema, type Mutation } from '@/protocol/sync';
import { checkFields } from '@/protocol/tables';
import { INTRO_TEMPLATE } from '@/content/intro-template';
import { ensureDemoData } from '@/server/demo';
import { hoursKey } from '@/server/volunteer-rows';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  put,
  redeem,
  snapshot,
  stamp,
  startServer,
  sync,
  type TestServer,
} from './harness';

type Activity = { date?: string; durationMinutes?: number; note?: string };

describe.each(DIALECTS)('server-made rows on %s', (dialect) => {
  let server: TestServer;
  let contact: Session;

  beforeAll(async () => {
    server = await startServer(dialect);
    contact = await redeem(server.app, demoCode(server, 'contact'));
  });
  afterAll(async () => {
    await server.close();
  });

  /** A volunteer's device that numbers and stamps its own mutations. */
  async function volunteerDevice() {
    const session = await redeem(server.app, demoCode(server, 'volunteer'));
    let nextId = 1;
    let clock = Date.now();
    /** The next mutation; `hlc` defaults to the device's clock ticking on. */
    const mutation = (
      rowKey: string,
      change: Activity | 'delete',
      hlc = stamp(++clock),
    ): Mutation =>
      change === 'delete'
        ? { id: nextId++, table: 'activities', key: rowKey, op: 'delete', fields: {}, hlc }
        : put(nextId++, 'activities', rowKey, change, hlc);
    return {
      session,
      mutation,
      async push(mutations: Mutation[]) {
        const body = await sync(server.app, session, mutations);
        expect(body.ack.rejected).toEqual([]);
        return body;
      },
    };
  }

  async function storedRow(table: string, rowKey: string) {
    return server.store.db
      .selectFrom('rows')
      .selectAll()
      .where('tbl', '=', table)
      .where('key', '=', rowKey)
      .executeTakeFirst();
  }

  /** The stored hours of `userId` by month: [minutes, entries]. */
  async function hours(userId: string): Promise<Record<string, [number, number]>> {
    const rows = await server.store.db
      .selectFrom('rows')
      .select(['fields'])
      .where('tbl', '=', 'volunteerHours')
      .where('scope', '=', `shared:${userId}`)
      .execute();
    const result: Record<string, [number, number]> = {};
    for (const row of rows) {
      const fields = JSON.parse(row.fields) as { month: string; minutes: number; entries: number };
      if (fields.minutes !== 0 || fields.entries !== 0) {
        result[fields.month] = [fields.minutes, fields.entries];
      }
    }
    return result;
  }

  /** The hours worked out from scratch from the stored activities of `userId`. */
  async function recounted(userId: string): Promise<Record<string, [number, number]>> {
    const rows = await server.store.db
      .selectFrom('rows')
      .select(['fields'])
      .where('tbl', '=', 'activities')
      .where('scope', '=', `user:${userId}`)
      .where('deleted', '=', 0)
      .execute();
    const result: Record<string, [number, number]> = {};
    for (const row of rows) {
      const fields = JSON.parse(row.fields) as Activity;
      if (!fields.date) continue;
      const month = fields.date.slice(0, 7);
      const [minutes, entries] = result[month] ?? [0, 0];
      result[month] = [minutes + (fields.durationMinutes ?? 0), entries + 1];
    }
    return result;
  }

  describe('volunteer hours', () => {
    it('counts an activity in its month, in a row the volunteer and their contact read', async () => {
      const device = await volunteerDevice();
      const userId = device.session.userId;
      await device.push([
        device.mutation(key(), { date: '2026-03-05', durationMinutes: 90, note: 'Kortspil' }),
      ]);
      const rowKey = hoursKey(userId, '2026-03');
      expect(keySchema.safeParse(rowKey).success).toBe(true);
      expect(rowKey[14]).toBe('8');
      const row = await storedRow('volunteerHours', rowKey);
      expect(row).toMatchObject({ scope: `shared:${userId}`, owner_user_id: userId, deleted: 0 });
      const fields = JSON.parse(row?.fields ?? '') as Record<string, unknown>;
      expect(fields).toEqual({
        volunteerId: userId,
        institutionId: device.session.institutionId,
        month: '2026-03',
        minutes: 90,
        entries: 1,
      });
      expect(checkFields('volunteerHours', fields)).toBeUndefined();
      for (const reader of [device.session, contact]) {
        const pulled = await sync(server.app, reader);
        expect(pulled.pull.rows.some((r) => r.key === rowKey)).toBe(true);
      }
    });

    it('moves minutes between months when an activity’s date and length change', async () => {
      const device = await volunteerDevice();
      const activity = key();
      await device.push([
        device.mutation(activity, { date: '2026-03-31', durationMinutes: 90 }),
        device.mutation(key(), { date: '2026-03-10', durationMinutes: 30 }),
      ]);
      expect(await hours(device.session.userId)).toEqual({ '2026-03': [120, 2] });
      await device.push([device.mutation(activity, { date: '2026-04-01', durationMinutes: 60 })]);
      expect(await hours(device.session.userId)).toEqual({
        '2026-03': [30, 1],
        '2026-04': [60, 1],
      });
      await device.push([device.mutation(activity, { durationMinutes: 75 })]);
      expect(await hours(device.session.userId)).toEqual({
        '2026-03': [30, 1],
        '2026-04': [75, 1],
      });
    });

    it('takes a deleted activity out, once', async () => {
      const device = await volunteerDevice();
      const activity = key();
      await device.push([device.mutation(activity, { date: '2026-05-02', durationMinutes: 45 })]);
      await device.push([device.mutation(activity, 'delete')]);
      expect(await hours(device.session.userId)).toEqual({});
      await device.push([device.mutation(activity, 'delete')]);
      await device.push([device.mutation(activity, { date: '2026-05-03', durationMinutes: 10 })]);
      expect(await hours(device.session.userId)).toEqual({});
    });

    it('counts an activity only once it has a date', async () => {
      const device = await volunteerDevice();
      const activity = key();
      await device.push([device.mutation(activity, { durationMinutes: 45 })]);
      expect(await hours(device.session.userId)).toEqual({});
      await device.push([device.mutation(activity, { date: '2026-06-01' })]);
      expect(await hours(device.session.userId)).toEqual({ '2026-06': [45, 1] });
    });

    it('changes nothing for a replayed push, nor for a change that loses or changes no hours', async () => {
      const device = await volunteerDevice();
      const activity = key();
      const first = [device.mutation(activity, { date: '2026-07-01', durationMinutes: 60 })];
      await device.push(first);
      const before = await snapshot(server.store);
      await device.push(first); // the same mutation ids again: a lost answer, retried
      expect(await snapshot(server.store)).toEqual(before);
      // A new mutation id carrying an older stamp loses every field: nothing changes.
      await device.push([
        device.mutation(activity, { durationMinutes: 500 }, stamp(Date.now() - 600_000)),
      ]);
      const hoursRow = await storedRow(
        'volunteerHours',
        hoursKey(device.session.userId, '2026-07'),
      );
      expect(hoursRow?.seq).toBe(
        before.rows.find((row) => row.tbl === 'volunteerHours' && row.key === hoursRow?.key)?.seq,
      );
      expect(await hours(device.session.userId)).toEqual({ '2026-07': [60, 1] });
      // A note changes the activity but not the hours row.
      await device.push([device.mutation(activity, { note: 'Gåtur i parken' })]);
      expect((await storedRow('volunteerHours', hoursRow?.key ?? ''))?.seq).toBe(hoursRow?.seq);
    });

    it('stays exact for many activities in one push, changed several times in it', async () => {
      const device = await volunteerDevice();
      const keys = Array.from({ length: 120 }, () => key());
      const mutations = keys.map((k, index) =>
        device.mutation(k, {
          date: `2026-0${(index % 3) + 1}-1${index % 10}`,
          durationMinutes: 15 + index,
        }),
      );
      for (const [index, k] of keys.entries()) {
        if (index % 4 === 0) mutations.push(device.mutation(k, { date: '2026-09-09' }));
        if (index % 7 === 0) mutations.push(device.mutation(k, 'delete'));
      }
      await device.push(mutations);
      const totals = await recounted(device.session.userId);
      expect(Object.keys(totals).sort()).toEqual(['2026-01', '2026-02', '2026-03', '2026-09']);
      expect(await hours(device.session.userId)).toEqual(totals);
    });

    it('stays exact through a random run of edits, deletes, replays and lost stamps', async () => {
      const device = await volunteerDevice();
      let seed = 20_260_305;
      const random = (n: number) => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed % n;
      };
      const keys = Array.from({ length: 12 }, () => key());
      let lastPush: Mutation[] = [];
      for (let round = 0; round < 25; round++) {
        if (round > 0 && random(5) === 0) {
          await device.push(lastPush); // replayed
          continue;
        }
        lastPush = Array.from({ length: 1 + random(6) }, () => {
          const k = keys[random(keys.length)] ?? '';
          if (random(6) === 0) return device.mutation(k, 'delete');
          // Now and then a stamp from long ago, which loses to what is stored.
          const hlc = random(8) === 0 ? stamp(Date.now() - 3_600_000) : undefined;
          const change: Activity = {};
          if (random(2) === 0) change.date = `2026-1${random(3)}-0${1 + random(9)}`;
          if (random(2) === 0) change.durationMinutes = 1 + random(240);
          if (random(3) === 0) change.note = `runde ${round}`;
          return device.mutation(k, change, hlc);
        });
        await device.push(lastPush);
        expect(await hours(device.session.userId)).toEqual(await recounted(device.session.userId));
      }
    });
  });

  describe('the volunteer roster', () => {
    async function roster(userId: string) {
      const row = await storedRow('volunteers', userId);
      return row && { ...row, fields: JSON.parse(row.fields) as Record<string, unknown> };
    }

    it('gets a row when a volunteer joins, read by their institution’s contact persons', async () => {
      const before = Date.now();
      const volunteer = await redeem(server.app, demoCode(server, 'volunteer'));
      const row = await roster(volunteer.userId);
      expect(row).toMatchObject({
        scope: `shared:${volunteer.userId}`,
        owner_user_id: volunteer.userId,
        deleted: 0,
      });
      expect(row?.fields).toEqual({
        institutionId: volunteer.institutionId,
        joinedAt: expect.any(Number) as number,
      });
      expect(row?.fields.joinedAt).toBeGreaterThanOrEqual(before);
      const pulled = await sync(server.app, contact);
      expect(
        pulled.pull.rows.some((r) => r.table === 'volunteers' && r.key === volunteer.userId),
      ).toBe(true);
    });

    it('takes the display name the volunteer gives, and nothing else changes it', async () => {
      const volunteer = await redeem(server.app, demoCode(server, 'volunteer'));
      const joined = await roster(volunteer.userId);
      const profile = key();
      const t = Date.now();
      await sync(server.app, volunteer, [
        put(1, 'profile', profile, { displayName: 'Birthe' }, stamp(t)),
      ]);
      const named = await roster(volunteer.userId);
      expect(named?.fields).toEqual({ ...joined?.fields, displayName: 'Birthe' });
      expect(named?.seq).toBeGreaterThan(joined?.seq ?? Infinity);
      // The same name again, and a CPR number instead of a name: the roster row stays.
      await sync(server.app, volunteer, [
        put(2, 'profile', profile, { displayName: 'Birthe' }, stamp(t + 1)),
      ]);
      const body = await sync(server.app, volunteer, [
        put(3, 'profile', profile, { displayName: '010190-1234' }, stamp(t + 2)),
      ]);
      expect(body.ack.rejected.map((r) => r.code)).toEqual(['cpr_number']);
      expect(await roster(volunteer.userId)).toEqual(named);
      await sync(server.app, volunteer, [
        put(4, 'profile', profile, { displayName: 'Birthe H.' }, stamp(t + 3)),
      ]);
      expect((await roster(volunteer.userId))?.fields.displayName).toBe('Birthe H.');
    });

    it('has one row per volunteer: a second phone adds none, staff get none', async () => {
      const volunteer = await redeem(server.app, demoCode(server, 'volunteer'));
      const row = await roster(volunteer.userId);
      const code = await authed(server.app, volunteer, 'POST', '/v1/auth/device-code');
      await redeem(server.app, code.json<{ code: string }>().code);
      expect(await roster(volunteer.userId)).toEqual(row);
      const caseworker = await redeem(server.app, demoCode(server, 'caseworker'));
      expect(await roster(caseworker.userId)).toBeUndefined();
    });
  });

  describe('institutions', () => {
    it('a new institution gets its info row, read by its members only', async () => {
      const admin = await redeem(server.app, demoCode(server, 'admin'));
      const created = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
        name: 'Bostedet Lyngen',
      });
      const { id } = created.json<{ id: string }>();
      const row = await storedRow('institutions', id);
      expect(row).toMatchObject({ scope: `institution:${id}`, deleted: 0 });
      expect(JSON.parse(row?.fields ?? '')).toEqual({ name: 'Bostedet Lyngen' });
      const invitation = await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
        role: 'volunteer',
        institutionId: id,
      });
      const member = await redeem(server.app, invitation.json<{ code: string }>().code);
      const seen = (await sync(server.app, member)).pull.rows.filter(
        (r) => r.table === 'institutions',
      );
      expect(seen.map((r) => [r.key, r.fields])).toEqual([[id, { name: 'Bostedet Lyngen' }]]);
      for (const outsider of [admin, contact]) {
        const pulled = await sync(server.app, outsider);
        // (An admin reads the leader's totals, where the institution's unit has the same key.)
        expect(pulled.pull.rows.some((r) => r.table === 'institutions' && r.key === id)).toBe(
          false,
        );
      }
    });

    it('the demo institution comes with its info and the Danish introduction, once', async () => {
      const demoInstitution = contact.institutionId ?? '';
      const info = JSON.parse(
        (await storedRow('institutions', demoInstitution))?.fields ?? '',
      ) as Record<string, unknown>;
      expect(checkFields('institutions', info)).toBeUndefined();
      expect(info).toMatchObject({
        name: 'Solhjem Plejecenter',
        requiresConfidentiality: true,
        worksWithChildren: false,
        requiresCriminalRecord: true,
      });
      for (const field of [
        'kind',
        'contactName',
        'contactPhone',
        'agreements',
        'insurance',
        'emergency',
        'confidentialityText',
      ]) {
        expect(info[field], field).toEqual(expect.stringMatching(/\S/));
      }
      expect(info.activityTypes).toEqual(
        expect.arrayContaining(['Højtlæsning', 'Gåtur', 'Kaffe og snak']),
      );

      const items = async () =>
        (
          await server.store.db
            .selectFrom('rows')
            .select(['fields', 'scope'])
            .where('tbl', '=', 'introItems')
            .where('scope', '=', `institution:${demoInstitution}`)
            .execute()
        ).map((row) => JSON.parse(row.fields) as Record<string, unknown>);
      const seeded = (await items()).sort((a, b) => Number(a.position) - Number(b.position));
      expect(seeded.map((item) => item.title)).toEqual(INTRO_TEMPLATE.da.map((item) => item.title));
      for (const item of seeded) {
        expect(checkFields('introItems', item)).toBeUndefined();
        expect(item.institutionId).toBe(demoInstitution);
      }
      await ensureDemoData(server.store);
      expect(await items()).toHaveLength(INTRO_TEMPLATE.da.length);
      const pulled = await sync(
        server.app,
        await redeem(server.app, demoCode(server, 'volunteer')),
      );
      expect(pulled.pull.rows.filter((r) => r.table === 'introItems')).toHaveLength(
        INTRO_TEMPLATE.da.length,
      );
    });
  });
});
