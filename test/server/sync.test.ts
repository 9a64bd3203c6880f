// @vitest-environment node
import type { Session } from '@/protocol/auth';
import { syncResponseSchema } from '@/protocol/sync';
import { decodeHlc } from '@/lib/hlc';
import {
  demoCode,
  DIALECTS,
  errorCode,
  key,
  postSync,
  put,
  redeem,
  snapshot,
  stamp,
  startServer,
  sync,
  type TestServer,
} from './harness';

describe.each(DIALECTS)('sync on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(dialect);
  });
  afterAll(async () => {
    await server.close();
  });

  const volunteer = () => redeem(server.app, demoCode(server, 'volunteer'));

  it('stores a push and pulls it back with a parseable response', async () => {
    const device = await volunteer();
    const activity = key();
    const body = await sync(server.app, device, [
      put(1, 'activities', activity, { activityType: 'Kortspil', durationMinutes: 120 }),
    ]);
    expect(syncResponseSchema.parse(body)).toEqual(body);
    expect(body.ack).toEqual({ lastMutationId: 1, rejected: [] });
    expect(body.serverEpoch).toBe(server.store.epoch);
    // The demo institution's info and the volunteer's roster row come first.
    expect(body.pull.rows.filter((row) => row.table === 'activities')).toEqual([
      expect.objectContaining({
        table: 'activities',
        key: activity,
        fields: { activityType: 'Kortspil', durationMinutes: 120 },
        deleted: false,
      }),
    ]);
    expect(body.pull.cursor).toBe(body.pull.rows.at(-1)?.seq);
  });

  it('a second device of the same person pulls what the first pushed', async () => {
    const first = await volunteer();
    const code = await server.app.inject({
      method: 'POST',
      url: '/v1/auth/device-code',
      headers: { authorization: `Bearer ${first.accessToken}` },
    });
    const second = await redeem(server.app, code.json<{ code: string }>().code);
    expect(second.userId).toBe(first.userId);
    const activity = key();
    await sync(server.app, first, [put(1, 'activities', activity, { note: 'Gåtur' })]);
    const pulled = await sync(server.app, second);
    const activities = pulled.pull.rows.filter((row) => row.table === 'activities');
    expect(activities.map((row) => row.key)).toEqual([activity]);
  });

  it('applies a repeated push once and acknowledges it both times', async () => {
    const device = await volunteer();
    const activity = key();
    const mutations = [
      put(1, 'activities', activity, { note: 'første' }),
      put(2, 'activities', activity, { participants: 3 }),
    ];
    const first = await sync(server.app, device, mutations);
    const before = await snapshot(server.store);
    const again = await sync(server.app, device, mutations);
    expect(again.ack).toEqual(first.ack);
    expect(again.ack.lastMutationId).toBe(2);
    expect(await snapshot(server.store)).toEqual(before);
  });

  it('merges concurrent edits field by field: the later stamp wins each field', async () => {
    const deviceA = await volunteer();
    const code = await server.app.inject({
      method: 'POST',
      url: '/v1/auth/device-code',
      headers: { authorization: `Bearer ${deviceA.accessToken}` },
    });
    const deviceB = await redeem(server.app, code.json<{ code: string }>().code);
    const activity = key();
    const t = Date.now() - 60_000;
    await sync(server.app, deviceA, [
      put(1, 'activities', activity, { note: 'A1', participants: 1 }, stamp(t, 'aaaaaaaaaaaaaaaa')),
    ]);
    // B edited the note later but the participants earlier than A's newest edit below.
    await sync(server.app, deviceB, [
      put(
        1,
        'activities',
        activity,
        { note: 'B', participants: 2 },
        stamp(t + 10, 'bbbbbbbbbbbbbbbb'),
      ),
    ]);
    await sync(server.app, deviceA, [
      put(2, 'activities', activity, { participants: 5 }, stamp(t + 20, 'aaaaaaaaaaaaaaaa')),
      put(3, 'activities', activity, { note: 'A-old' }, stamp(t + 5, 'aaaaaaaaaaaaaaaa')),
    ]);
    const pulled = await sync(server.app, deviceB);
    const row = pulled.pull.rows.find((candidate) => candidate.key === activity);
    expect(row?.fields).toEqual({ note: 'B', participants: 5 });
    expect(row?.hlc).toEqual({
      note: stamp(t + 10, 'bbbbbbbbbbbbbbbb'),
      participants: stamp(t + 20, 'aaaaaaaaaaaaaaaa'),
    });
  });

  it('keeps a tombstone over a later put, with the fields cleared', async () => {
    const device = await volunteer();
    const activity = key();
    const t = Date.now() - 60_000;
    await sync(server.app, device, [
      put(1, 'activities', activity, { note: 'slettes' }, stamp(t)),
      { id: 2, table: 'activities', key: activity, op: 'delete', fields: {}, hlc: stamp(t + 1) },
      put(3, 'activities', activity, { note: 'for sent' }, stamp(t + 2)),
    ]);
    const pulled = await sync(server.app, device);
    const row = pulled.pull.rows.find((candidate) => candidate.key === activity);
    expect(row).toMatchObject({ deleted: true, fields: {} });
    expect(row?.hlc).toEqual({ note: stamp(t) });
  });

  it('re-stamps a clock more than five minutes in the future with the server clock', async () => {
    const device = await volunteer();
    const activity = key();
    const before = Date.now();
    const future = stamp(before + 60 * 60 * 1000);
    const body = await sync(server.app, device, [
      put(1, 'activities', activity, { note: 'x' }, future),
    ]);
    const row = body.pull.rows.find((candidate) => candidate.key === activity);
    const stored = decodeHlc(row?.hlc.note ?? '');
    expect(stored).toBeDefined();
    expect(stored?.millis).toBeGreaterThanOrEqual(before);
    expect(stored?.millis).toBeLessThanOrEqual(Date.now());
    expect(row?.hlc.note).not.toBe(future);
    expect(body.serverHlc >= (row?.hlc.note ?? '')).toBe(true);
  });

  it('pages a pull with limit and hasMore, the cursor never skipping a row', async () => {
    const device = await volunteer();
    // Past what was there before (the demo institution's info, the roster row).
    const start = (await sync(server.app, device)).pull.cursor;
    const keys = Array.from({ length: 7 }, () => key());
    await sync(
      server.app,
      device,
      keys.map((k, index) => put(index + 1, 'activities', k, { participants: index })),
    );
    const seen: string[] = [];
    let cursor = start;
    let pages = 0;
    for (;;) {
      const body = await sync(server.app, device, [], cursor, 3);
      pages++;
      expect(body.pull.rows.length).toBeLessThanOrEqual(3);
      seen.push(...body.pull.rows.map((row) => row.key));
      cursor = body.pull.cursor;
      if (!body.pull.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(keys);
  });

  it('rejects bad mutations for good without blocking the good ones', async () => {
    const device = await volunteer();
    const good = key();
    const body = await sync(server.app, device, [
      put(1, 'activities', 'not-a-uuid', { note: 'x' }),
      put(2, 'nonsense', key(), { note: 'x' }),
      put(3, 'activities', key(), { colour: 'red' }),
      put(4, 'activities', key(), { durationMinutes: 'long' }),
      put(5, 'logbookEntries', key(), { text: 'not mine to write' }),
      put(6, 'activities', good, { note: 'ok' }),
    ]);
    expect(body.ack.lastMutationId).toBe(6);
    expect(body.ack.rejected.map((rejection) => [rejection.id, rejection.code])).toEqual([
      [1, 'invalid_key'],
      [2, 'unknown_table'],
      [3, 'unknown_field'],
      [4, 'invalid_field'],
      [5, 'forbidden'],
    ]);
    const activities = body.pull.rows.filter((row) => row.table === 'activities');
    expect(activities.map((row) => row.key)).toEqual([good]);
  });

  describe('bad requests change nothing', () => {
    let device: Session;
    beforeAll(async () => {
      device = await volunteer();
    });

    const cases: [string, (session: Session) => unknown, number, string][] = [
      ['a body that is not JSON', () => '{"protocol": 1,', 400, 'bad_request'],
      [
        'a missing pull',
        (s) => ({ protocol: 1, schemaVersion: 1, deviceId: s.deviceId, push: { mutations: [] } }),
        400,
        'bad_request',
      ],
      [
        'a pull limit above 1000',
        (s) => ({
          protocol: 1,
          schemaVersion: 1,
          deviceId: s.deviceId,
          push: { mutations: [] },
          pull: { cursor: 0, limit: 1001 },
        }),
        400,
        'bad_request',
      ],
      [
        'an old protocol',
        (s) => ({ protocol: 0, schemaVersion: 1, deviceId: s.deviceId }),
        426,
        'protocol_too_old',
      ],
      [
        'another device id',
        () => ({
          protocol: 1,
          schemaVersion: 1,
          deviceId: key(),
          push: { mutations: [put(1, 'activities', key(), { note: 'x' })] },
          pull: { cursor: 0, limit: 10 },
        }),
        403,
        'forbidden',
      ],
      [
        '501 mutations',
        (s) => ({
          protocol: 1,
          schemaVersion: 1,
          deviceId: s.deviceId,
          push: {
            mutations: Array.from({ length: 501 }, (_, i) =>
              put(i + 1, 'activities', key(), { note: 'x' }),
            ),
          },
          pull: { cursor: 0, limit: 10 },
        }),
        400,
        'too_many_mutations',
      ],
      [
        'a mutation with a bad clock',
        (s) => ({
          protocol: 1,
          schemaVersion: 1,
          deviceId: s.deviceId,
          push: {
            mutations: [{ ...put(1, 'activities', key(), { note: 'x' }), hlc: 'yesterday' }],
          },
          pull: { cursor: 0, limit: 10 },
        }),
        400,
        'bad_request',
      ],
    ];

    it.each(cases)('%s', async (_name, makeBody, status, code) => {
      const before = await snapshot(server.store);
      const payload = makeBody(device);
      const response = await server.app.inject({
        method: 'POST',
        url: '/v1/sync',
        headers: {
          authorization: `Bearer ${device.accessToken}`,
          'content-type': 'application/json',
        },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      expect(response.statusCode).toBe(status);
      expect(errorCode(response)).toBe(code);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(await snapshot(server.store)).toEqual(before);
    });

    it('answers a body over 1 MB with 413', async () => {
      const before = await snapshot(server.store);
      const note = 'x'.repeat(400);
      const mutations = Array.from({ length: 3000 }, (_, i) =>
        put(i + 1, 'activities', key(), { note }),
      );
      const response = await postSync(server.app, device, mutations);
      expect(response.statusCode).toBe(413);
      expect(errorCode(response)).toBe('payload_too_large');
      expect(await snapshot(server.store)).toEqual(before);
    });

    it.each([
      ['no token', undefined, 'unauthorized'],
      ['a forged token', 'Bearer abc.def', 'unauthorized'],
      ['a token with a wrong signature', 'tampered', 'unauthorized'],
    ])('answers %s with 401', async (_name, header, code) => {
      const before = await snapshot(server.store);
      const authorization =
        header === 'tampered' ? `Bearer ${device.accessToken.slice(0, -2)}xx` : header;
      const response = await server.app.inject({
        method: 'POST',
        url: '/v1/sync',
        headers: authorization ? { authorization } : {},
        payload: {
          protocol: 1,
          schemaVersion: 1,
          deviceId: device.deviceId,
          push: { mutations: [put(1, 'activities', key(), { note: 'x' })] },
          pull: { cursor: 0, limit: 10 },
        },
      });
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe(code);
      expect(await snapshot(server.store)).toEqual(before);
    });
  });
});
