// @vitest-environment node
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import { migrationProvider } from '@/server/migrations';
import { purgeTombstones, readPurgedSeq } from '@/server/purge';
import { openStore } from '@/server/store';
import { connect } from '@/server/store/dialect';
import { DIALECTS, freshDatabase } from './databases';

describe.each(DIALECTS)('the store on %s', (dialect) => {
  it('migrates a fresh database and keeps its epoch and secret across restarts', async () => {
    const options = await freshDatabase(dialect);
    const first = await openStore(options);
    const { epoch, tokenSecret } = first;
    await first.close();
    const second = await openStore(options);
    expect(second.epoch).toBe(epoch);
    expect(second.epoch).toMatch(/^[0-9a-f]{32}$/);
    expect(second.tokenSecret.equals(tokenSecret)).toBe(true);
    const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(
      second.db,
    );
    expect(migrations.rows.map((row) => row.name)).toEqual([
      '001_initial',
      '002_tombstones_and_token_successors',
      '003_tips_for_volunteers',
    ]);
    await second.close();
    rmSync(options.dataDir, { recursive: true, force: true });
  });

  it('migration 002 counts the rows already there as changed now, so none is purged early', async () => {
    const options = await freshDatabase(dialect);
    const { db } = connect(options);
    const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
    expect((await migrator.migrateTo('001_initial')).error).toBeUndefined();
    await sql`insert into rows (tbl, key, scope, owner_user_id, fields, clocks, deleted, seq)
      values ('activities', 'k', 'user:u', 'u', '{}', '{}', 1, 1)`.execute(db);
    await db.destroy();
    const before = Date.now();
    const store = await openStore(options);
    const row = await store.db.selectFrom('rows').selectAll().executeTakeFirstOrThrow();
    expect(row.changed_at).toBeGreaterThanOrEqual(before);
    expect(await readPurgedSeq(store.db)).toBe(0);
    expect(await purgeTombstones(store)).toBe(0);
    await store.close();
    rmSync(options.dataDir, { recursive: true, force: true });
  });

  it('migration 003 moves tips for volunteers and their read counts out of the institution scope', async () => {
    const options = await freshDatabase(dialect);
    const { db } = connect(options);
    const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
    expect((await migrator.migrateTo('002_tombstones_and_token_successors')).error).toBeUndefined();
    const rows: [string, string, string][] = [
      ['tips', 'volunteers', 'institution:i1'],
      ['tipStats', 'stats', 'institution:i1'],
      ['tips', 'team', 'team:t1'],
      ['tipStats', 'teamStats', 'team:t1'],
      ['institutions', 'i1', 'institution:i1'],
      ['introItems', 'intro', 'institution:i1'],
    ];
    for (const [index, [tbl, rowKey, scope]] of rows.entries()) {
      await sql`insert into rows (tbl, key, scope, owner_user_id, fields, clocks, deleted, seq, changed_at)
        values (${tbl}, ${rowKey}, ${scope}, 'u', '{}', '{}', 0, ${index + 1}, 0)`.execute(db);
    }
    await db.destroy();
    const store = await openStore(options);
    const after = await store.db.selectFrom('rows').select(['key', 'scope', 'seq']).execute();
    expect(new Map(after.map((row) => [row.key, [row.scope, row.seq]]))).toEqual(
      new Map([
        ['volunteers', ['volunteers:i1', 1]],
        ['stats', ['volunteers:i1', 2]],
        ['team', ['team:t1', 3]],
        ['teamStats', ['team:t1', 4]],
        ['i1', ['institution:i1', 5]],
        ['intro', ['institution:i1', 6]],
      ]),
    );
    await store.close();
    rmSync(options.dataDir, { recursive: true, force: true });
  });

  it('signs with TOKEN_SECRET when it is given, and refuses a short one', async () => {
    const options = await freshDatabase(dialect);
    const secret = 'ab'.repeat(32);
    const store = await openStore({ ...options, tokenSecret: secret });
    expect(store.tokenSecret.toString('hex')).toBe(secret);
    await store.close();
    await expect(openStore({ ...options, tokenSecret: 'abc' })).rejects.toThrow(/TOKEN_SECRET/);
    rmSync(options.dataDir, { recursive: true, force: true });
  });
});

describe('the SQLite file', () => {
  it('is created under DATA_DIR with WAL, synchronous=FULL and foreign keys on', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'samspil-store-'));
    const dataDir = path.join(parent, 'nested', 'data');
    const store = await openStore({ dataDir });
    expect(existsSync(path.join(dataDir, 'samspil.db'))).toBe(true);
    const pragma = async (name: string) =>
      (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0];
    expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await pragma('synchronous')).toEqual({ synchronous: 2 });
    expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    await store.close();
    rmSync(parent, { recursive: true, force: true });
  });
});
