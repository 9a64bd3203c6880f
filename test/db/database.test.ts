// Upgrading a phone's database: a version that adds a synced table must make the next pull start
// from 0, or the rows an older client skipped (its cursor moved past them) never come back.
import { Dexie } from 'dexie';
import { SamspilDb, SCHEMA_VERSIONS } from '@/db/database';
import { TABLE_NAMES } from '@/protocol/table-names';
import { readCursor, readScopes } from '@/sync/state';

const LATEST = SCHEMA_VERSIONS.length;
let counter = 0;
const names: string[] = [];

/** A new database at schema `version`, made with Dexie alone: a cursor, scopes, one change waiting. */
async function oldDatabase(version: number): Promise<string> {
  counter += 1;
  const name = `samspil-upgrade-${process.pid}-${counter}`;
  names.push(name);
  const old = new Dexie(name);
  SCHEMA_VERSIONS.slice(0, version).forEach(({ stores }, index) => {
    old.version(index + 1).stores(stores);
  });
  await old.table('syncState').bulkPut([
    { key: 'cursor', value: 42 },
    { key: 'scopes', value: ['user:u1', 'leader'] },
    { key: 'serverEpoch', value: 'epoch-1' },
  ]);
  await old.table('outbox').add({ table: 'activities', key: 'k1', op: 'delete', fields: {} });
  old.close();
  return name;
}

/** The synced tables schema `version` has a store for. */
function syncedTablesAt(version: number): Set<string> {
  const stores = SCHEMA_VERSIONS.slice(0, version).flatMap(({ stores }) => Object.keys(stores));
  return new Set(stores.filter((name) => (TABLE_NAMES as readonly string[]).includes(name)));
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema upgrades', () => {
  it('pulls from 0 on a version 4 phone, which may have skipped the leader’s tables before', async () => {
    const name = await oldDatabase(4);

    const db = new SamspilDb(name);
    expect(await readCursor(db)).toBe(0);
    expect(await readScopes(db)).toBeUndefined();
    db.close();
  });

  it('keeps the outbox and the server epoch through the upgrade (only the pull starts over)', async () => {
    const name = await oldDatabase(4);

    const db = new SamspilDb(name);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.syncState.get('serverEpoch'))?.value).toBe('epoch-1');
    db.close();
  });

  // The guard: every older schema that lacks a synced table the newest one has.
  const lacking = SCHEMA_VERSIONS.map((_, index) => index + 1).filter(
    (version) => version < LATEST && syncedTablesAt(version).size < syncedTablesAt(LATEST).size,
  );
  it.each(lacking)(
    'forgets the cursor of a version %i phone, which skipped the tables it lacked',
    async (version) => {
      const name = await oldDatabase(version);

      const db = new SamspilDb(name);
      expect(await readCursor(db)).toBe(0);
      expect(await readScopes(db)).toBeUndefined();
      db.close();
    },
  );
});
