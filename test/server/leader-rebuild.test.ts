// @vitest-environment node
/**
 * The leader's totals recounted from scratch (rebuildLeaderRows, run at server start) against the
 * ones kept push by push: after many seeded random pushes by several people the recount changes
 * nothing, and with the totals gone it brings them back the same. Also: two processes recounting
 * at once, the leader scope arriving on a device (first pull, and a device that pulled before the
 * scope existed), and a demo made before the leader role.
 */
import { ROLE_NAMES, type RoleName, type Session } from '@/protocol/auth';
import type { PulledRow } from '@/protocol/sync';
import { ensureDemoData } from '@/server/demo';
import { rebuildLeaderRows } from '@/server/leader-rebuild';
import { LEADER_SCOPE } from '@/server/scopes';
import { openStore } from '@/server/store';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  redeem,
  startServer,
  sync,
  syncBody,
  type TestServer,
} from './harness';
import { leaderRows, phone, type Phone, type PhoneWrite } from './phone';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  return { chance: (p: number) => next() < p, int, pick };
}

// LEADER_SEED=<n> replays another run.
const SEED = Number(process.env.LEADER_SEED ?? 20_261_123);
const PUSHES = 150;

describe.each(DIALECTS)('recounting the leader’s totals on %s', (dialect) => {
  let server: TestServer;
  let admin: Session;

  beforeAll(async () => {
    server = await startServer(dialect);
    admin = await redeem(server.app, demoCode(server, 'admin'));
  });
  afterAll(async () => {
    await server.close();
  });

  async function invite(role: RoleName, institutionId: string | null, teamId: string | null) {
    const response = await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
      role,
      institutionId,
      teamId,
    });
    return redeem(server.app, response.json<{ code: string }>().code);
  }

  /** The live leader rows. */
  async function liveTotals() {
    const rows = await leaderRows(server.store);
    return new Map([...rows].filter(([, fields]) => fields !== 'deleted'));
  }

  it('changes nothing after random pushes, and brings deleted totals back the same', async () => {
    const rnd = random(SEED);
    const demo = { institutionId: admin.institutionId ?? '', teamId: admin.teamId ?? '' };
    const created = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
      name: 'Bostedet Lyngen',
    });
    const otherId = created.json<{ id: string }>().id;
    const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
      institutionId: otherId,
      name: 'Team Lyngen',
    });
    const other = { institutionId: otherId, teamId: team.json<{ id: string }>().id };

    type Person = { role: RoleName; phone: Phone; institutionId: string | null };
    const people: Person[] = [];
    const join = async (
      role: RoleName,
      where: { institutionId: string | null; teamId: string | null },
    ) => {
      const teamId = role === 'volunteer' || role === 'leader' ? null : where.teamId;
      const session = await invite(role, where.institutionId, teamId);
      const node = (people.length + 1).toString(16).padStart(16, '0');
      people.push({
        role,
        phone: phone(server, session, node),
        institutionId: where.institutionId,
      });
    };
    for (const where of [demo, demo, other]) await join('volunteer', where);
    await join('volunteer', { institutionId: null, teamId: null });
    for (const where of [demo, demo, demo, other, other]) await join('caseworker', where);
    for (const where of [demo, other]) await join('contact', where);
    await join('leader', demo);

    // Keys every writer may name (some are someone else's: those writes are refused, fine).
    const pools = {
      activities: new Map<Phone, string[]>(),
      checklists: [] as string[],
      items: [] as string[],
      tips: [] as string[],
      reads: new Map<Phone, string[]>(),
      checkIns: new Map<Phone, string[]>(),
    };
    const own = (pool: Map<Phone, string[]>, who: Phone, fresh: boolean) => {
      const keys = pool.get(who) ?? [];
      pool.set(who, keys);
      const existing = rnd.pick(keys);
      if (!fresh && existing) return existing;
      const made = key();
      keys.push(made);
      return made;
    };
    const shared = (keys: string[], fresh: boolean) => {
      const existing = rnd.pick(keys);
      if (!fresh && existing) return existing;
      const made = key();
      keys.push(made);
      return made;
    };
    const month = () => `2034-0${1 + rnd.int(3)}-${String(1 + rnd.int(28)).padStart(2, '0')}`;
    const week = () => `2034-W0${1 + rnd.int(3)}`;
    const rating = () => 1 + rnd.int(5);
    const checkInWeek = () => `2034-W0${1 + rnd.int(2)}`;

    function writeFor(person: Person): PhoneWrite {
      const { phone: who, role } = person;
      const gone = (table: string, rowKey: string): PhoneWrite => ({
        table,
        key: rowKey,
        op: 'delete',
      });
      const read = (): PhoneWrite => {
        const rowKey = own(pools.reads, who, rnd.chance(0.6));
        if (rnd.chance(0.15)) return gone('tipReads', rowKey);
        return {
          table: 'tipReads',
          key: rowKey,
          fields: { tipId: rnd.pick(pools.tips) ?? key(), readAt: 1 },
        };
      };
      if (rnd.chance(0.2)) return read();
      if (role === 'volunteer') {
        const rowKey = own(pools.activities, who, rnd.chance(0.5));
        if (rnd.chance(0.2)) return gone('activities', rowKey);
        const fields = rnd.chance(0.3)
          ? { durationMinutes: 1 + rnd.int(240) }
          : { date: month(), durationMinutes: 1 + rnd.int(240), activityType: 'Gåtur' };
        return { table: 'activities', key: rowKey, fields };
      }
      if (role === 'caseworker' && rnd.chance(0.35)) {
        const rowKey = own(pools.checkIns, who, rnd.chance(0.5));
        if (rnd.chance(0.15)) return gone('checkIns', rowKey);
        return {
          table: 'checkIns',
          key: rowKey,
          fields: rnd.chance(0.2)
            ? { week: checkInWeek(), methodGoing: rating() }
            : { week: checkInWeek(), methodGoing: rating(), confidence: rating() },
        };
      }
      if (role === 'contact' && rnd.chance(0.3)) {
        const rowKey = shared(pools.tips, rnd.chance(0.5));
        if (rnd.chance(0.1)) return gone('tips', rowKey);
        const audience = rnd.pick(['team', 'volunteers', 'everyone']) ?? 'team';
        const fields = rnd.chance(0.3)
          ? { title: `Tip ${rnd.int(100)}` }
          : { title: `Tip ${rnd.int(100)}`, week: week(), audience, body: 'Godt.' };
        return { table: 'tips', key: rowKey, fields };
      }
      if (role === 'contact' && rnd.chance(0.25)) {
        const name = `Sted ${rnd.int(100)}`;
        return { table: 'institutions', key: person.institutionId ?? '', fields: { name } };
      }
      if (role === 'caseworker' || role === 'contact') {
        if (rnd.chance(0.3)) {
          const rowKey = shared(pools.checklists, rnd.chance(0.5));
          if (rnd.chance(0.1)) return gone('checklists', rowKey);
          const template = rnd.pick(['prep', 'impl', undefined]);
          const fields = { title: `Liste ${rnd.int(100)}`, ...(template ? { template } : {}) };
          return { table: 'checklists', key: rowKey, fields };
        }
        const rowKey = shared(pools.items, rnd.chance(0.4));
        if (rnd.chance(0.15)) return gone('checklistItems', rowKey);
        const fields = rnd.chance(0.5)
          ? { done: rnd.chance(0.5) }
          : {
              checklistId: rnd.pick(pools.checklists) ?? key(),
              done: rnd.chance(0.5),
              text: 'Punkt',
            };
        return { table: 'checklistItems', key: rowKey, fields };
      }
      return read();
    }

    // Every caseworker answers for the first week, so the demo team starts with an average.
    for (const person of people.filter((p) => p.role === 'caseworker')) {
      const fields = { week: '2034-W01', methodGoing: rating(), confidence: rating() };
      const rowKey = own(pools.checkIns, person.phone, true);
      expect(await person.phone.push({ table: 'checkIns', key: rowKey, fields })).toEqual([]);
    }
    const copies = [...(await liveTotals()).keys()].filter((id) => id.startsWith('teamCheckIns/'));
    expect(copies).toHaveLength(1);
    let accepted = 0;
    for (let step = 0; step < PUSHES; step += 1) {
      if (rnd.chance(0.03))
        await join(
          rnd.pick(['volunteer', 'caseworker', 'contact'] as const) ?? 'volunteer',
          rnd.chance(0.5) ? demo : other,
        );
      const person = rnd.pick(people);
      if (!person) continue;
      const writes = Array.from({ length: 1 + rnd.int(4) }, () => writeFor(person));
      const rejected = await person.phone.push(...writes);
      accepted += writes.length - rejected.length;
    }
    expect(accepted).toBeGreaterThan(PUSHES);

    const kept = await leaderRows(server.store);
    const kinds = new Set([...(await liveTotals()).keys()].map((id) => id.split('/')[0]));
    expect([...kinds]).toEqual(
      expect.arrayContaining(['checklistProgress', 'institutionHours', 'tipReach', 'units']),
    );
    // The recount agrees with what the pushes kept: nothing to write.
    expect(await rebuildLeaderRows(server.store)).toBe(0);
    expect(await leaderRows(server.store)).toEqual(kept);

    // Without any totals (data from before the overview), the recount makes them again.
    const live = await liveTotals();
    await server.store.db.deleteFrom('rows').where('scope', '=', LEADER_SCOPE).execute();
    expect(await rebuildLeaderRows(server.store)).toBe(live.size);
    expect(await liveTotals()).toEqual(live);

    // A total nothing backs any more is taken away.
    await server.store.db
      .updateTable('rows')
      .set({ deleted: 1 })
      .where('tbl', '=', 'checklists')
      .execute();
    const progress = [...live.keys()].filter((id) => id.startsWith('checklistProgress/'));
    expect(await rebuildLeaderRows(server.store)).toBe(progress.length);
    const after = await leaderRows(server.store);
    for (const id of progress) expect(after.get(id)).toBe('deleted');
  });

  it('recounts tip reach rows from before the writer was left out at the next start', async () => {
    // The random pushes had writers read their own tips (another phone), so leaving them out
    // mattered to the comparison above.
    const tips = await server.store.db
      .selectFrom('rows')
      .select(['key', 'owner_user_id'])
      .where('tbl', '=', 'tips')
      .where('deleted', '=', 0)
      .execute();
    const reads = await server.store.db
      .selectFrom('rows')
      .select(['owner_user_id', 'fields'])
      .where('tbl', '=', 'tipReads')
      .where('deleted', '=', 0)
      .execute();
    const writerOf = new Map(tips.map((tip) => [tip.key, tip.owner_user_id]));
    const ownReads = reads.filter(
      (read) =>
        writerOf.get((JSON.parse(read.fields) as { tipId: string }).tipId) === read.owner_user_id,
    );
    expect(ownReads.length).toBeGreaterThan(0);

    // Rows as the server wrote them before: no authorIsMember, and the writer among the reads.
    const live = await liveTotals();
    const reach = [...live].filter(([id]) => id.startsWith('tipReach/'));
    expect(reach.length).toBeGreaterThan(0);
    for (const [id, fields] of reach) {
      const { authorIsMember, reads: counted, ...rest } = fields as Record<string, unknown>;
      expect(typeof authorIsMember).toBe('boolean');
      await server.store.db
        .updateTable('rows')
        .set({ fields: JSON.stringify({ ...rest, reads: Number(counted) + 1 }) })
        .where('tbl', '=', 'tipReach')
        .where('key', '=', id.slice('tipReach/'.length))
        .execute();
    }
    expect(await rebuildLeaderRows(server.store)).toBe(reach.length);
    expect(await liveTotals()).toEqual(live);
  });

  it('recounts institution units counted with every member of the place at the next start', async () => {
    // Rows as the server wrote them before: an institution's members were all its non-admins.
    const live = await liveTotals();
    const users = await server.store.db
      .selectFrom('users')
      .select(['role', 'institution_id'])
      .where('role', '<>', 'admin')
      .execute();
    const places = [...live].filter(
      ([id, fields]) =>
        id.startsWith('units/') && (fields as { kind?: unknown }).kind === 'institution',
    );
    let stale = 0;
    for (const [id, fields] of places) {
      const place = fields as { members: number };
      const institutionId = id.slice('units/'.length);
      const everyone = users.filter((user) => user.institution_id === institutionId).length;
      if (everyone !== place.members) stale++;
      await server.store.db
        .updateTable('rows')
        .set({ fields: JSON.stringify({ ...place, members: everyone }) })
        .where('tbl', '=', 'units')
        .where('key', '=', institutionId)
        .execute();
    }
    // Caseworkers and a leader work at the demo place: at least that count was wrong.
    expect(stale).toBeGreaterThan(0);
    expect(await rebuildLeaderRows(server.store)).toBe(stale);
    expect(await liveTotals()).toEqual(live);
  });

  it('runs in two processes at once without writing anything twice', async () => {
    const live = await liveTotals();
    expect(live.size).toBeGreaterThan(0);
    await server.store.db.deleteFrom('rows').where('scope', '=', LEADER_SCOPE).execute();
    const second = await openStore(server.options);
    try {
      // SQLite has one writer process; two at once is PostgreSQL's case.
      const changed =
        dialect === 'postgres'
          ? await Promise.all([rebuildLeaderRows(server.store), rebuildLeaderRows(second)])
          : [await rebuildLeaderRows(server.store), await rebuildLeaderRows(second)];
      expect(changed.reduce((a, b) => a + b, 0)).toBe(live.size);
      expect(await liveTotals()).toEqual(live);
    } finally {
      await second.close();
    }
  });

  it('sends the totals to a leader’s new device, and to a device that pulled before they existed', async () => {
    const live = await liveTotals();
    const leader = await redeem(server.app, demoCode(server, 'leader'));
    const rows: PulledRow[] = [];
    let cursor = 0;
    for (;;) {
      const body = await sync(server.app, leader, [], cursor);
      rows.push(...body.pull.rows);
      expect(body.pull.scopes).toContain(LEADER_SCOPE);
      cursor = body.pull.cursor;
      if (!body.pull.hasMore) break;
    }
    const leaderLive = rows.filter((row) => row.scope === LEADER_SCOPE && !row.deleted);
    expect(new Set(leaderLive.map((row) => `${row.table}/${row.key}`))).toEqual(
      new Set(live.keys()),
    );

    // An admin's device that pulled up to now, before it read the leader scope: the scope's rows
    // come first, though the cursor has passed them.
    const device = await redeem(server.app, demoCode(server, 'admin'));
    const caught = await sync(server.app, device);
    expect(caught.pull.hasMore).toBe(false);
    const older = (caught.pull.scopes ?? []).filter((scope) => scope !== LEADER_SCOPE);
    const response = await authed(server.app, device, 'POST', '/v1/sync', {
      ...syncBody(device, []),
      pull: { cursor: caught.pull.cursor, limit: 1000, scopes: older },
    });
    const body = response.json<{ pull: { rows: PulledRow[]; scopes: string[] } }>();
    expect(body.pull.scopes).toContain(LEADER_SCOPE);
    const backfilled = body.pull.rows.filter((row) => row.scope === LEADER_SCOPE);
    expect(backfilled.every((row) => !row.deleted)).toBe(true);
    expect(new Set(backfilled.map((row) => `${row.table}/${row.key}`))).toEqual(
      new Set(live.keys()),
    );
  });

  it('gives a demo made before the leader role a leader code at the next start', async () => {
    const leaderCode = server.demo.find((invitation) => invitation.role === 'leader');
    expect(leaderCode).toBeDefined();
    const granted = await server.store.db
      .selectFrom('invitations')
      .select(['institution_id', 'team_id'])
      .where('code', '=', leaderCode?.code ?? '')
      .executeTakeFirstOrThrow();
    expect(granted).toEqual({ institution_id: admin.institutionId, team_id: null });

    const older = server.demo.filter((invitation) => invitation.role !== 'leader');
    await server.store.db
      .updateTable('server_meta')
      .set({ value: JSON.stringify(older) })
      .where('key', '=', 'demo')
      .execute();
    const now = await ensureDemoData(server.store);
    // In the order of the roles, as a fresh demo lists them.
    expect(now.map((invitation) => invitation.role)).toEqual(ROLE_NAMES);
    expect(now.filter((invitation) => invitation.role !== 'leader')).toEqual(older);
    const added = now.filter((invitation) => invitation.role === 'leader');
    expect(added).toHaveLength(1);
    expect(added[0]?.code).not.toBe(leaderCode?.code);
    const leader = await redeem(server.app, added[0]?.code ?? '');
    expect(leader).toMatchObject({
      role: 'leader',
      institutionId: admin.institutionId,
      teamId: null,
    });
    // Kept: the next start shows the same codes.
    expect(await ensureDemoData(server.store)).toEqual(now);
  });
});
