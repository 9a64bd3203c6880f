// applyResponse on its own: what a page with scope changes, a reset or acknowledged send-only rows
// does to the device. The engine tests run the same paths against the real server.
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { SYNCED_TABLES } from '@/db/schema';
import { encodeHlc } from '@/lib/hlc';
import type { PulledRow, SyncResponse } from '@/protocol/sync';
import { applyResponse } from '@/sync/apply';
import { discardRejected } from '@/sync/rejected';
import { readCursor, readScopes, saveSession } from '@/sync/state';
import { freshDb } from '../helpers/db';

const KEY_A = '01900000-0000-7000-8000-00000000000a';
const KEY_B = '01900000-0000-7000-8000-00000000000b';
const USER = '01900000-0000-7000-8000-0000000000ff';
const INSTITUTION = '01900000-0000-7000-8000-0000000000ee';

let db: SamspilDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const stamp = (millis: number) => encodeHlc({ millis, counter: 0, node: 'aaaaaaaaaaaaaaaa' });

function checklistRow(key: string, scope: string, seq: number): PulledRow {
  return {
    table: 'checklists',
    key,
    fields: { title: `Liste ${key.slice(-1)}` },
    hlc: { title: stamp(seq) },
    deleted: false,
    seq,
    scope,
  };
}

function response(pull: Partial<SyncResponse['pull']>, lastMutationId = 0): SyncResponse {
  return {
    serverHlc: stamp(100),
    serverEpoch: 'epoch-1',
    ack: { lastMutationId, rejected: [] },
    pull: { rows: [], cursor: 0, hasMore: false, ...pull },
  };
}

async function signIn(role: 'volunteer' | 'contact') {
  await saveSession(db, {
    accessToken: 'a',
    refreshToken: 'r',
    accessExpiresAt: Date.now() + 60_000,
    deviceId: '01900000-0000-7000-8000-000000000001',
    userId: USER,
    role,
    institutionId: INSTITUTION,
    teamId: null,
  });
}

describe('applyResponse', () => {
  it('remembers each row’s scope and the scopes pulled', async () => {
    await applyResponse(
      db,
      response({ rows: [checklistRow(KEY_A, 'team:t1', 1)], cursor: 1, scopes: ['team:t1'] }),
    );
    expect((await db.checklists.get(KEY_A))?._scope).toBe('team:t1');
    expect(await readScopes(db)).toEqual(['team:t1']);
  });

  it('drops the rows of a scope the person lost, but never the outbox', async () => {
    await applyResponse(
      db,
      response({
        rows: [checklistRow(KEY_A, 'team:old', 1), checklistRow(KEY_B, 'team:new', 2)],
        cursor: 2,
      }),
    );
    await mutate(db, { table: 'checklists', op: 'put', key: KEY_A, fields: { title: 'Mit' } });

    await applyResponse(
      db,
      response({ cursor: 2, scopes: ['team:new'], removedScopes: ['team:old'] }),
    );

    expect(await db.checklists.get(KEY_A)).toBeUndefined();
    expect(await db.checklists.get(KEY_B)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await readScopes(db)).toEqual(['team:new']);
  });

  it('skips a row of a table this version does not know, and still saves the cursor', async () => {
    const unknown: PulledRow = { ...checklistRow(KEY_A, 'leader', 1), table: 'budgets' };

    const applied = await applyResponse(
      db,
      response({ rows: [unknown, checklistRow(KEY_B, 'team:t1', 2)], cursor: 2 }),
    );

    expect(applied.rows).toBe(1);
    const stored = await Promise.all(SYNCED_TABLES.map((name) => db.synced(name).count()));
    expect(stored.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await db.checklists.get(KEY_B)).toBeDefined();
    expect(await readCursor(db)).toBe(2);
  });

  it('clears the synced rows on a full reset but keeps rows with changes waiting', async () => {
    await applyResponse(
      db,
      response({
        rows: [checklistRow(KEY_A, 'team:t1', 1), checklistRow(KEY_B, 'team:t1', 2)],
        cursor: 2,
      }),
    );
    await mutate(db, { table: 'checklists', op: 'put', key: KEY_B, fields: { title: 'Mit' } });

    await applyResponse(db, response({ reset: 'full', cursor: 0, hasMore: true, scopes: [] }));

    expect(await db.checklists.get(KEY_A)).toBeUndefined();
    expect((await db.checklists.get(KEY_B))?.title).toBe('Mit');
    expect(await db.syncState.get('cursor')).toEqual({ key: 'cursor', value: 0 });
  });

  it('deletes a volunteer’s concern once the server has it, not before', async () => {
    await signIn('volunteer');
    const fields = {
      volunteerId: USER,
      institutionId: INSTITUTION,
      preferredTime: 'I dag',
      createdAt: 1,
    };
    const sent = await mutate(db, { table: 'concerns', op: 'put', fields });
    const firstId = (await db.outbox.toCollection().last())?.id ?? 0;
    const waiting = await mutate(db, { table: 'concerns', op: 'put', fields });

    await applyResponse(db, response({}, firstId));

    expect(await db.concerns.get(sent.id)).toBeUndefined();
    expect(await db.concerns.get(waiting.id)).toBeDefined();
  });

  it('keeps a refused concern until the user decides, and dropping it deletes it', async () => {
    await signIn('volunteer');
    const refused = await mutate(db, {
      table: 'concerns',
      op: 'put',
      fields: { volunteerId: USER, institutionId: INSTITUTION, message: 'x', createdAt: 1 },
    });
    const id = (await db.outbox.toCollection().last())?.id ?? 0;
    const answer = response({}, id);
    answer.ack.rejected = [{ id, code: 'cpr_number', message: 'concerns.message' }];

    await applyResponse(db, answer);
    expect(await db.concerns.get(refused.id)).toBeDefined();

    await discardRejected(db, id);
    expect(await db.concerns.get(refused.id)).toBeUndefined();
  });

  it('keeps concerns on a contact person’s phone (they read them)', async () => {
    await signIn('contact');
    const concern = await mutate(db, {
      table: 'concerns',
      op: 'put',
      fields: { volunteerId: USER, institutionId: INSTITUTION, createdAt: 1 },
    });
    const lastId = (await db.outbox.toCollection().last())?.id ?? 0;

    await applyResponse(db, response({}, lastId));

    expect(await db.concerns.get(concern.id)).toBeDefined();
  });
});
