// @vitest-environment node
/**
 * The access matrix: every (role, table, verb, own/shared/other) through the real endpoint.
 *
 * The expectations below restate the policy (issue 3, "Access by scope") independently of
 * src/server/scopes.ts; any success they do not allow fails the test. Adding a synced table
 * breaks `SAMPLE_FIELDS` until the matrix is extended.
 */
import type { RoleName, Session } from '@/protocol/auth';
import type { TableName } from '@/protocol/tables';
import { TABLE_NAMES } from '@/protocol/tables';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  put,
  redeem,
  startServer,
  sync,
  type TestServer,
} from './harness';

/** A valid put for each table (the values do not matter, only that they pass validation). */
const SAMPLE_FIELDS = {
  profile: { displayName: 'Test' },
  institutions: { name: 'Testhjemmet' },
  activities: { note: 'Kortspil' },
  expenses: { description: 'Bus' },
  receipts: { mimeType: 'image/jpeg' },
  introProgress: { itemId: 'rundvisning' },
  logbookEntries: { text: 'Godt møde' },
  checkIns: { week: '2026-W10' },
  checklists: { title: 'Forberedelse' },
  checklistItems: { text: 'Mål formuleret' },
  planItems: { title: 'Træningsmøde' },
  tips: { title: 'Ugens tip' },
  tipReads: { readAt: 1 },
} satisfies Record<TableName, Record<string, unknown>>;

/** What each role may write (everything else must be refused). */
const WRITES: Record<RoleName, readonly TableName[]> = {
  volunteer: ['profile', 'activities', 'expenses', 'receipts', 'introProgress', 'tipReads'],
  caseworker: [
    'profile',
    'logbookEntries',
    'checkIns',
    'checklists',
    'checklistItems',
    'planItems',
    'tipReads',
  ],
  contact: ['profile', 'tips', 'checklists', 'checklistItems', 'planItems', 'tipReads'],
  admin: ['institutions', 'tips'],
};

/** An admin manages every institution, not only their own. */
const MANAGES_EVERY_ROW: Partial<Record<RoleName, readonly TableName[]>> = {
  admin: ['institutions'],
};

type Kind = 'user' | 'team' | 'institution';
const KIND: Record<TableName, Kind> = {
  profile: 'user',
  activities: 'user',
  expenses: 'user',
  receipts: 'user',
  introProgress: 'user',
  logbookEntries: 'user',
  checkIns: 'user',
  tipReads: 'user',
  institutions: 'institution',
  checklists: 'team',
  checklistItems: 'team',
  planItems: 'team',
  tips: 'team',
};

/** Who reads a row someone else wrote in the reader's own team or institution. */
const READS_SHARED: Record<Kind, readonly RoleName[]> = {
  user: [], // a person's own rows are theirs alone, whoever else is in the team
  team: ['caseworker', 'contact', 'admin'],
  institution: ['volunteer', 'caseworker', 'contact', 'admin'],
};

const ROLES = ['volunteer', 'caseworker', 'contact', 'admin'] as const;

/** A device that numbers its own mutations. */
type Actor = { session: Session; nextId: number };

describe.each(DIALECTS)('access matrix on %s', (dialect) => {
  let server: TestServer;
  const actors = new Map<string, Actor>();
  /** Per table: a row another party wrote outside every reader's scopes. */
  const otherRow = new Map<TableName, string>();
  /** Per team/institution table: a row a teammate wrote in the readers' own team/institution. */
  const sharedRow = new Map<TableName, string>();

  const actor = (name: string): Actor => {
    const found = actors.get(name);
    if (!found) throw new Error(`no actor ${name}`);
    return found;
  };

  async function push(name: string, table: TableName, rowKey: string) {
    const who = actor(name);
    const id = who.nextId++;
    const body = await sync(server.app, who.session, [
      put(id, table, rowKey, SAMPLE_FIELDS[table]),
    ]);
    return body.ack.rejected.find((rejection) => rejection.id === id);
  }

  async function pulledKeys(name: string): Promise<Set<string>> {
    const keys = new Set<string>();
    let cursor = 0;
    for (;;) {
      const body = await sync(server.app, actor(name).session, [], cursor, 1000);
      for (const row of body.pull.rows) keys.add(`${row.table}/${row.key}`);
      cursor = body.pull.cursor;
      if (!body.pull.hasMore) return keys;
    }
  }

  beforeAll(async () => {
    server = await startServer(dialect);
    for (const role of ROLES) {
      actors.set(role, { session: await redeem(server.app, demoCode(server, role)), nextId: 1 });
    }
    // Another volunteer of the same institution, and staff of another institution and team.
    actors.set('volunteer2', {
      session: await redeem(server.app, demoCode(server, 'volunteer')),
      nextId: 1,
    });
    const admin = actor('admin').session;
    const institution = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
      name: 'Et andet sted',
    });
    const institutionId = institution.json<{ id: string }>().id;
    const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
      institutionId,
      name: 'Et andet team',
    });
    const teamId = team.json<{ id: string }>().id;
    for (const role of ['caseworker', 'contact'] as const) {
      const invitation = await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
        role,
        institutionId,
        teamId,
      });
      const code = invitation.json<{ code: string }>().code;
      actors.set(`${role}2`, { session: await redeem(server.app, code), nextId: 1 });
    }

    // The "other" rows, written by whoever may write them outside our people's scopes.
    const otherWriter = (table: TableName): string => {
      if (KIND[table] === 'user')
        return WRITES.volunteer.includes(table) ? 'volunteer2' : 'caseworker2';
      if (KIND[table] === 'team') return table === 'tips' ? 'contact2' : 'caseworker2';
      return 'admin';
    };
    for (const table of TABLE_NAMES) {
      // An institution row's key is the institution's id.
      const rowKey = KIND[table] === 'institution' ? institutionId : key();
      expect(await push(otherWriter(table), table, rowKey)).toBeUndefined();
      otherRow.set(table, rowKey);
    }
    // The shared rows, written by a teammate in the demo team and institution.
    for (const table of TABLE_NAMES.filter((name) => KIND[name] !== 'user')) {
      const writer =
        table === 'tips' ? 'contact' : table === 'institutions' ? 'admin' : 'caseworker';
      const rowKey = KIND[table] === 'institution' ? (admin.institutionId ?? '') : key();
      expect(await push(writer, table, rowKey)).toBeUndefined();
      sharedRow.set(table, rowKey);
    }
  });

  afterAll(async () => {
    await server.close();
  });

  const cells = ROLES.flatMap((role) => TABLE_NAMES.map((table) => [role, table] as const));

  it.each(cells)(
    '%s writing a new %s row: allowed only as listed, then read back',
    async (role, table) => {
      const rowKey = key();
      const rejection = await push(role, table, rowKey);
      const allowed = WRITES[role].includes(table);
      expect(rejection?.code).toBe(allowed ? undefined : 'forbidden');
      // A new institution's row is read by that institution's members, not by the admin who
      // wrote it (the admin is a member of one institution only).
      const readBack = allowed && KIND[table] !== 'institution';
      expect((await pulledKeys(role)).has(`${table}/${rowKey}`)).toBe(readBack);
    },
  );

  it.each(cells)(
    '%s never reads (nor, unless managing it, writes) another party’s %s row',
    async (role, table) => {
      const rowKey = otherRow.get(table) ?? '';
      expect((await pulledKeys(role)).has(`${table}/${rowKey}`)).toBe(false);
      const before = await server.store.db
        .selectFrom('rows')
        .selectAll()
        .where('tbl', '=', table)
        .where('key', '=', rowKey)
        .executeTakeFirstOrThrow();
      const managesAll = MANAGES_EVERY_ROW[role]?.includes(table) ?? false;
      expect((await push(role, table, rowKey))?.code).toBe(managesAll ? undefined : 'forbidden');
      if (managesAll) return;
      const after = await server.store.db
        .selectFrom('rows')
        .selectAll()
        .where('tbl', '=', table)
        .where('key', '=', rowKey)
        .executeTakeFirstOrThrow();
      expect(after).toEqual(before);
    },
  );

  const sharedCells = cells.filter(([, table]) => KIND[table] !== 'user');

  it.each(sharedCells)('%s reads a teammate’s %s row only as a member', async (role, table) => {
    const rowKey = sharedRow.get(table) ?? '';
    const expected = READS_SHARED[KIND[table]].includes(role);
    expect((await pulledKeys(role)).has(`${table}/${rowKey}`)).toBe(expected);
  });

  it.each(sharedCells)(
    '%s writes a teammate’s %s row only if the role writes that table',
    async (role, table) => {
      const rowKey = sharedRow.get(table) ?? '';
      const allowed = WRITES[role].includes(table);
      expect((await push(role, table, rowKey))?.code).toBe(allowed ? undefined : 'forbidden');
    },
  );

  it('never lets a contact person read a volunteer’s own rows', async () => {
    const volunteerRows = await server.store.db
      .selectFrom('rows')
      .select(['tbl', 'key'])
      .where('owner_user_id', '=', actor('volunteer').session.userId)
      .execute();
    expect(volunteerRows.length).toBeGreaterThan(0);
    const seen = await pulledKeys('contact');
    for (const row of volunteerRows) expect(seen.has(`${row.tbl}/${row.key}`)).toBe(false);
  });
});
