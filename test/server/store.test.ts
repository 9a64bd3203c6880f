// @vitest-environment node
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openStore } from '@/server/store';
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
    expect(migrations.rows.map((row) => row.name)).toEqual(['001_initial']);
    await second.close();
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
