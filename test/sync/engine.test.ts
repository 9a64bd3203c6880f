// The client engine against the real server (SQLite, in-process): no mocked server anywhere.
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { encodeHlc } from '@/lib/hlc';
import { joinWithCode } from '@/features/account/data/join';
import {
  fetchTransport,
  readRejected,
  readSession,
  runSync,
  saveSession,
  type Transport,
} from '@/sync';
import { freshDb } from '../helpers/db';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
const dbs: SamspilDb[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function device(role: 'volunteer' | 'caseworker' | 'contact', code = server.code(role)) {
  const db = freshDb();
  dbs.push(db);
  const joined = await joinWithCode(db, { code, displayName: 'Test' }, server.fetch);
  if (!joined.ok) throw new Error(`join failed: ${joined.problem}`);
  return db;
}

const transport = () => fetchTransport('', server.fetch);

function activity(note: string) {
  return { date: '2026-11-23', durationMinutes: 60, activityType: 'cards', note, createdAt: 1 };
}

/** A second phone for the same person, through "add a device". */
async function secondDevice(first: SamspilDb) {
  const session = await readSession(first);
  const response = await server.fetch('/v1/auth/device-code', {
    method: 'POST',
    headers: { authorization: `Bearer ${session?.accessToken ?? ''}` },
  });
  const { code } = (await response.json()) as { code: string };
  return device(session?.role === 'volunteer' ? 'volunteer' : 'caseworker', code);
}

async function serverRows(table: string) {
  return server.store.db.selectFrom('rows').selectAll().where('tbl', '=', table).execute();
}

describe('runSync against the real server', () => {
  it('pushes the outbox, empties it and stores the rows once', async () => {
    const db = await device('volunteer');
    for (let i = 0; i < 3; i++) {
      await mutate(db, { table: 'activities', op: 'put', fields: activity(`n${i}`) });
    }

    const outcome = await runSync(db, transport());

    expect(outcome).toMatchObject({ kind: 'synced', rejected: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect(await serverRows('activities')).toHaveLength(3);
  });

  it('brings one device’s work to the person’s other device', async () => {
    const phone = await device('volunteer');
    const tablet = await secondDevice(phone);
    const row = await mutate(phone, {
      table: 'activities',
      op: 'put',
      fields: activity('kortspil'),
    });

    await runSync(phone, transport());
    await runSync(tablet, transport());

    expect(await tablet.activities.get(row.id)).toMatchObject({
      note: 'kortspil',
      durationMinutes: 60,
    });
  });

  it('converges when two devices edit the same activity offline', async () => {
    const phone = await device('volunteer');
    const tablet = await secondDevice(phone);
    const row = await mutate(phone, { table: 'activities', op: 'put', fields: activity('first') });
    await runSync(phone, transport());
    await runSync(tablet, transport());

    // Both edit while offline; the tablet's note is later, the phone changes the duration.
    await mutate(
      phone,
      { table: 'activities', op: 'put', key: row.id, fields: { note: 'phone' } },
      Date.now() + 1,
    );
    await mutate(
      phone,
      { table: 'activities', op: 'put', key: row.id, fields: { durationMinutes: 90 } },
      Date.now() + 2,
    );
    await mutate(
      tablet,
      { table: 'activities', op: 'put', key: row.id, fields: { note: 'tablet' } },
      Date.now() + 5_000,
    );

    await runSync(phone, transport());
    await runSync(tablet, transport());
    await runSync(phone, transport());

    const onPhone = await phone.activities.get(row.id);
    const onTablet = await tablet.activities.get(row.id);
    expect(onPhone).toMatchObject({ note: 'tablet', durationMinutes: 90 });
    expect(onTablet).toMatchObject({ note: 'tablet', durationMinutes: 90 });
    expect(onPhone?._hlc).toEqual(onTablet?._hlc);
  });

  it('converges when one phone’s clock runs an hour fast', async () => {
    const phone = await device('volunteer');
    const tablet = await secondDevice(phone);
    const hourAhead = Date.now() + 3_600_000;
    const row = await mutate(
      phone,
      { table: 'activities', op: 'put', fields: activity('fast clock') },
      hourAhead,
    );
    await runSync(phone, transport());
    await runSync(tablet, transport());

    // The server re-stamped the phone's clock; a later edit on the tablet must win everywhere.
    await mutate(tablet, {
      table: 'activities',
      op: 'put',
      key: row.id,
      fields: { note: 'later' },
    });
    await runSync(tablet, transport());
    await runSync(phone, transport());

    expect((await phone.activities.get(row.id))?.note).toBe('later');
    expect((await tablet.activities.get(row.id))?.note).toBe('later');
    expect((await phone.activities.get(row.id))?._hlc).toEqual(
      (await tablet.activities.get(row.id))?._hlc,
    );
  });

  it('lets a later edit on a phone whose clock is slow win over what it replaces', async () => {
    const phone = await device('volunteer');
    const tablet = await secondDevice(phone);
    // The phone's clock is 10 minutes behind, for everything it does.
    const slowNow = () => Date.now() - 600_000;
    const row = await mutate(tablet, {
      table: 'activities',
      op: 'put',
      fields: activity('tablet'),
    });
    await runSync(tablet, transport());
    await runSync(phone, transport(), { now: slowNow });

    // It edits after it has seen the tablet's note. Its own clock has only seen slow time (the
    // server's clock is too far ahead of it to adopt).
    const node = String((await phone.syncState.get('hlc'))?.value).slice(-16);
    await phone.syncState.put({
      key: 'hlc',
      value: encodeHlc({ millis: slowNow() - 1, counter: 0, node }),
    });
    await mutate(
      phone,
      { table: 'activities', op: 'put', key: row.id, fields: { note: 'phone, later' } },
      slowNow(),
    );
    await runSync(phone, transport(), { now: slowNow });
    await runSync(tablet, transport());

    expect((await tablet.activities.get(row.id))?.note).toBe('phone, later');
    expect((await phone.activities.get(row.id))?.note).toBe('phone, later');
  });

  it('pushes again after a lost response, and the server applies it once', async () => {
    const db = await device('volunteer');
    await mutate(db, { table: 'activities', op: 'put', fields: activity('once') });
    const waiting = await db.outbox.count();
    const real = transport();
    const losing: Transport = {
      ...real,
      // The server commits, then the answer never arrives.
      sync: async (request, token) => {
        await real.sync(request, token);
        throw new TypeError('network connection lost');
      },
    };

    await expect(runSync(db, losing)).rejects.toThrow(/lost/);
    expect(await db.outbox.count()).toBe(waiting);

    expect(await runSync(db, real)).toMatchObject({ kind: 'synced' });
    expect(await db.outbox.count()).toBe(0);
    const rows = await serverRows('activities');
    expect(rows).toHaveLength(1);
  });

  it('pulls in pages until nothing more is waiting', async () => {
    const phone = await device('volunteer');
    const tablet = await secondDevice(phone);
    for (let i = 0; i < 25; i++) {
      await mutate(phone, { table: 'activities', op: 'put', fields: activity(`n${i}`) });
    }
    await runSync(phone, transport(), { pushLimit: 7 });
    await runSync(tablet, transport(), { pullLimit: 4 });
    expect(await tablet.activities.count()).toBe(25);
  });

  it('refreshes an expired access token and keeps the outbox', async () => {
    const db = await device('volunteer');
    const session = await readSession(db);
    if (!session) throw new Error('no session');
    await saveSession(db, { ...session, accessToken: 'not-a-valid-token' });
    await mutate(db, { table: 'activities', op: 'put', fields: activity('after refresh') });

    expect(await runSync(db, transport())).toMatchObject({ kind: 'synced' });
    expect(await db.outbox.count()).toBe(0);
    expect((await readSession(db))?.refreshToken).not.toBe(session.refreshToken);
  });

  it('keeps a refused change for the user and lets the rest through', async () => {
    const db = await device('volunteer');
    // A volunteer keeps no logbook: the server refuses it, the activity goes through.
    await mutate(db, {
      table: 'logbookEntries',
      op: 'put',
      fields: { kind: 'good', text: 'x', tags: [], createdAt: 1 },
    });
    await mutate(db, { table: 'activities', op: 'put', fields: activity('ok') });

    const outcome = await runSync(db, transport());

    expect(outcome).toMatchObject({ kind: 'synced', rejected: 1 });
    expect(await db.outbox.count()).toBe(0);
    const rejected = await readRejected(db);
    expect(rejected.map((r) => [r.mutation.table, r.code])).toEqual([
      ['logbookEntries', 'forbidden'],
    ]);
    expect(await serverRows('activities')).toHaveLength(1);
  });

  it('wipes a revoked device at its next contact', async () => {
    const db = await device('volunteer');
    const session = await readSession(db);
    if (!session) throw new Error('no session');
    await server.store.db
      .updateTable('devices')
      .set({ revoked_at: Date.now() })
      .where('id', '=', session.deviceId)
      .execute();
    const onRevoked = vi.fn(async () => {
      await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
    });

    expect(await runSync(db, transport(), { onRevoked })).toEqual({ kind: 'revoked' });
    expect(onRevoked).toHaveBeenCalledTimes(1);
    expect(await readSession(db)).toBeUndefined();
  });

  it('pushes again what it owns after the server was restored from an older backup', async () => {
    const db = await device('volunteer');
    const kept = await mutate(db, { table: 'activities', op: 'put', fields: activity('old') });
    await runSync(db, transport());
    const backup = await server.store.db
      .selectFrom('rows')
      .selectAll()
      .where('key', '=', kept.id)
      .executeTakeFirstOrThrow();
    const lost = await mutate(db, { table: 'activities', op: 'put', fields: activity('new') });
    await mutate(db, { table: 'activities', op: 'put', key: kept.id, fields: { note: 'edited' } });
    await runSync(db, transport());

    // The restore: the backup predates the second sync, and the database gets a new epoch.
    await server.store.db.deleteFrom('rows').where('key', '=', lost.id).execute();
    await server.store.db
      .updateTable('rows')
      .set({ fields: backup.fields, clocks: backup.clocks, seq: backup.seq })
      .where('key', '=', kept.id)
      .execute();
    await server.store.db.updateTable('devices').set({ last_mutation_id: 0 }).execute();
    await server.store.db
      .updateTable('server_meta')
      .set({ value: 'restored-from-backup' })
      .where('key', '=', 'epoch')
      .execute();
    await server.restart();

    expect(await runSync(db, transport())).toMatchObject({ kind: 'synced' });

    const rows = await serverRows('activities');
    const byKey = new Map(rows.map((r) => [r.key, JSON.parse(r.fields) as { note?: string }]));
    expect(byKey.get(lost.id)?.note).toBe('new');
    expect(byKey.get(kept.id)?.note).toBe('edited');
    expect(await db.outbox.count()).toBe(0);
  });

  it('after a restore also pushes again the team rows it wrote, and only its own fields', async () => {
    const mine = await device('caseworker');
    const colleague = await device('caseworker');
    const shared = await mutate(colleague, {
      table: 'checklists',
      op: 'put',
      fields: { title: 'Forberedelse' },
    });
    await runSync(colleague, transport());
    await runSync(mine, transport());
    const backup = await server.store.db
      .selectFrom('rows')
      .selectAll()
      .where('key', '=', shared.id)
      .executeTakeFirstOrThrow();
    // After the backup: this device writes a new team row and edits the colleague's.
    const lost = await mutate(mine, { table: 'checklists', op: 'put', fields: { title: 'Ny' } });
    await mutate(mine, {
      table: 'checklists',
      op: 'put',
      key: shared.id,
      fields: { template: 'implementation' },
    });
    await runSync(mine, transport());

    await server.store.db.deleteFrom('rows').where('key', '=', lost.id).execute();
    await server.store.db
      .updateTable('rows')
      .set({ fields: backup.fields, clocks: backup.clocks, seq: backup.seq })
      .where('key', '=', shared.id)
      .execute();
    await server.store.db.updateTable('devices').set({ last_mutation_id: 0 }).execute();
    await server.store.db
      .updateTable('server_meta')
      .set({ value: 'restored-from-backup' })
      .where('key', '=', 'epoch')
      .execute();
    await server.restart();

    const requeued: string[][] = [];
    const spy: Transport = {
      ...transport(),
      sync: (request, token) => {
        for (const m of request.push.mutations) requeued.push([m.key, ...Object.keys(m.fields)]);
        return transport().sync(request, token);
      },
    };
    expect(await runSync(mine, spy)).toMatchObject({ kind: 'synced' });

    const rows = new Map((await serverRows('checklists')).map((r) => [r.key, r]));
    expect(JSON.parse(rows.get(lost.id)?.fields ?? '{}')).toMatchObject({ title: 'Ny' });
    expect(JSON.parse(rows.get(shared.id)?.fields ?? '{}')).toEqual({
      title: 'Forberedelse',
      template: 'implementation',
    });
    // The colleague's title was not sent by this device: it is theirs to send.
    expect(requeued).toContainEqual([shared.id, 'template']);
    expect(requeued.some(([key, ...fields]) => key === shared.id && fields.includes('title'))).toBe(
      false,
    );
  });

  it('does nothing before the device has joined', async () => {
    const db = freshDb();
    dbs.push(db);
    expect(await runSync(db, transport())).toEqual({ kind: 'signed-out' });
  });
});
