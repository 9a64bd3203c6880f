// @vitest-environment node
/**
 * The access matrix: every (role, table) through the real endpoint, for each verb (create, read,
 * change, delete) on a row of the person's own, a row near them (their institution, team or a
 * volunteer they look after) and a row far from them (another institution).
 *
 * The expectations below restate the policy independently of src/server/scopes.ts; any success
 * they do not allow fails the test, and so does any refusal they do not expect. Adding a synced
 * table breaks the `Record<TableName, …>` tables until the matrix is extended. Field-level rules
 * are in access-fields.test.ts.
 */
import type { RoleName } from '@/protocol/auth';
import { TABLE_NAMES, type TableName } from '@/protocol/tables';
import { checklistProgressKey, institutionHoursKey, tipReachKey } from '@/server/leader-rows';
import { LEADER_SCOPE } from '@/server/scopes';
import { teamCheckInKey, tipStatsKey } from '@/server/staff-rows';
import { hoursKey } from '@/server/volunteer-rows';
import { castOn, PEOPLE, type Cast, type Person } from './cast';
import { authed, demoCode, DIALECTS, key, put, redeem, startServer, stamp, sync } from './harness';
import type { TestServer } from './harness';

const ROLES = ['volunteer', 'caseworker', 'contact', 'leader', 'admin'] as const;

/** The tables each role creates rows in (a new key; everything else is refused). */
const CREATES: Record<RoleName, readonly TableName[]> = {
  volunteer: [
    'profile',
    'activities',
    'tipReads',
    'expenses',
    'receipts',
    'introProgress',
    'declarations',
    'concerns',
  ],
  caseworker: [
    'profile',
    'logbookEntries',
    'checkIns',
    'tipReads',
    'checklists',
    'checklistItems',
    'planItems',
    'sharedEntries',
  ],
  contact: [
    'profile',
    'tipReads',
    'tips',
    'checklists',
    'checklistItems',
    'planItems',
    'introItems',
    'certificates',
  ],
  // A leader follows totals: only their own profile and which tips they read.
  leader: ['profile', 'tipReads'],
  // An admin creates any institution's row (contact persons only their own, see below).
  admin: ['institutions', 'tips', 'tipReads'],
};

/** Rows a role creates but does not read back. */
const WRITE_ONLY: Partial<Record<RoleName, readonly TableName[]>> = {
  volunteer: ['concerns'], // for the institution's staff
  admin: ['institutions'], // a new institution's row is read by its members
};

/** Rows a role creates but may not delete. */
const KEEPS: Partial<Record<RoleName, readonly TableName[]>> = {
  volunteer: ['declarations', 'concerns'],
  caseworker: ['sharedEntries'], // a share may be anonymous: nobody can prove it is theirs
};

/**
 * Who reads a row near them written by someone else: a fellow volunteer's or teammate's own row,
 * a volunteer's shared row or concern, the institution's info, the team's work.
 */
const READS_NEAR: Record<TableName, readonly RoleName[]> = {
  profile: [],
  activities: [],
  logbookEntries: [],
  checkIns: [],
  tipReads: [],
  expenses: ['contact'],
  receipts: ['contact'],
  introProgress: ['contact'],
  declarations: ['contact'],
  certificates: ['contact'],
  volunteers: ['contact'],
  volunteerHours: ['contact'],
  concerns: ['contact'],
  institutions: ['volunteer', 'caseworker', 'contact', 'leader', 'admin'],
  introItems: ['volunteer', 'caseworker', 'contact', 'leader', 'admin'],
  checklists: ['caseworker', 'contact', 'admin'],
  checklistItems: ['caseworker', 'contact', 'admin'],
  planItems: ['caseworker', 'contact', 'admin'],
  tips: ['caseworker', 'contact', 'admin'],
  sharedEntries: ['caseworker', 'contact', 'admin'],
  teamCheckIns: ['caseworker', 'contact', 'admin'],
  tipStats: ['caseworker', 'contact', 'admin'],
  // The leader's totals (scope `leader`): for leaders and admins only.
  units: ['leader', 'admin'],
  institutionHours: ['leader', 'admin'],
  checklistProgress: ['leader', 'admin'],
  tipReach: ['leader', 'admin'],
};

/** The leader's totals are the whole municipality's: their readers read far rows too. */
const READS_FAR: Partial<Record<TableName, readonly RoleName[]>> = {
  units: ['leader', 'admin'],
  institutionHours: ['leader', 'admin'],
  checklistProgress: ['leader', 'admin'],
  tipReach: ['leader', 'admin'],
};

/** Who changes (puts to) a row near them that someone else wrote. */
const CHANGES_NEAR: Record<RoleName, readonly TableName[]> = {
  volunteer: [],
  caseworker: ['checklists', 'checklistItems', 'planItems'],
  contact: [
    'expenses',
    'introProgress',
    'concerns',
    'certificates',
    'volunteers', // whether the volunteer's task needs a criminal record certificate, only
    'institutions',
    'introItems',
    'checklists',
    'checklistItems',
    'planItems',
    'tips',
    'sharedEntries', // the answer only
  ],
  leader: [],
  admin: ['institutions', 'tips'],
};

/** Who deletes a row near them that someone else wrote (institutions: see access-fields). */
const DELETES_NEAR: Record<RoleName, readonly TableName[]> = {
  volunteer: [],
  caseworker: ['checklists', 'checklistItems', 'planItems'],
  contact: ['certificates', 'introItems', 'checklists', 'checklistItems', 'planItems', 'tips'],
  leader: [],
  admin: ['tips'],
};

/** Far rows (another institution) nobody reads; only an admin changes one: its info row. */
const CHANGES_FAR: Partial<Record<RoleName, readonly TableName[]>> = { admin: ['institutions'] };

/** Who writes the near and far rows of each table (server tables: whose rows they are). */
type NearWriter = 'volunteer2' | 'caseworkerB' | 'contactB' | 'admin';
const NEAR_WRITER: Record<TableName, NearWriter> = {
  profile: 'volunteer2',
  activities: 'volunteer2',
  tipReads: 'volunteer2',
  expenses: 'volunteer2',
  receipts: 'volunteer2',
  introProgress: 'volunteer2',
  declarations: 'volunteer2',
  concerns: 'volunteer2',
  volunteers: 'volunteer2',
  volunteerHours: 'volunteer2',
  logbookEntries: 'caseworkerB',
  checkIns: 'caseworkerB',
  checklists: 'caseworkerB',
  checklistItems: 'caseworkerB',
  planItems: 'caseworkerB',
  tips: 'contactB',
  introItems: 'contactB',
  certificates: 'contactB',
  institutions: 'admin',
  sharedEntries: 'caseworkerB',
  teamCheckIns: 'caseworkerB',
  tipStats: 'contactB',
  // The totals about those people's work (units: the institution's, made with it by the admin).
  units: 'admin',
  institutionHours: 'volunteer2',
  checklistProgress: 'caseworkerB',
  tipReach: 'contactB',
};
const FAR_WRITER: Record<NearWriter, Person> = {
  volunteer2: 'volunteer3',
  caseworkerB: 'caseworker2',
  contactB: 'contact2',
  admin: 'admin', // the other institution's row is made when the admin creates it
};

/** The volunteer whose shared rows a contact person's certificates name. */
const LOOKS_AFTER: Partial<Record<Person, Person>> = {
  contact: 'volunteer',
  contactB: 'volunteer2',
  contact2: 'volunteer3',
};

const MONTH = '2026-03';
/** The week three caseworkers of each team check in, so each team has an average. */
const WEEK = '2026-W05';

describe.each(DIALECTS)('access matrix on %s', (dialect) => {
  let server: TestServer;
  let cast: Cast;
  const near = new Map<TableName, string>();
  const far = new Map<TableName, string>();

  /**
   * Valid fields for `person` writing `table`: a contact person's decisions where they decide;
   * a certificate names its volunteer when it is made, not when it changes.
   */
  function fieldsFor(
    person: Person,
    table: TableName,
    purpose: 'create' | 'change' = 'create',
  ): Record<string, unknown> {
    const role = person.replace(/[0-9B]$/, '') as RoleName;
    const target = cast.session(LOOKS_AFTER[person] ?? 'volunteer').userId;
    if (table === 'certificates' && purpose === 'change') return { status: 'approved' };
    if (role === 'contact' && table === 'expenses') return { status: 'approved' };
    if (role === 'contact' && table === 'introProgress') return { confirmedAt: 1 };
    if (role === 'contact' && table === 'concerns') return { status: 'answered' };
    if (role === 'contact' && table === 'sharedEntries') return { answer: 'Sådan', answeredAt: 1 };
    if (role === 'contact' && table === 'volunteers') return { requiresCriminalRecord: true };
    const fields: Record<TableName, Record<string, unknown>> = {
      profile: { displayName: 'Test' },
      institutions: { name: 'Testhjemmet' },
      activities: { note: 'Kortspil' },
      expenses: { description: 'Bus' },
      receipts: { mimeType: 'image/jpeg' },
      introProgress: { itemId: key(), doneAt: 1 },
      logbookEntries: { text: 'Godt møde' },
      checkIns: { week: '2026-W10' },
      checklists: { title: 'Forberedelse' },
      checklistItems: { text: 'Mål formuleret' },
      planItems: { title: 'Træningsmøde' },
      tips: { title: 'Ugens tip' },
      tipReads: { readAt: 1 },
      introItems: { title: 'Rundvisning', position: 1 },
      declarations: { acceptedAt: 1 },
      certificates: { volunteerId: target, kind: 'child', status: 'requested' },
      concerns: { message: 'Ring gerne i morgen' },
      volunteers: { displayName: 'Snyd' },
      volunteerHours: { minutes: 999 },
      sharedEntries: { kind: 'question', text: 'Hvordan gør I?', authorName: 'Lene' },
      teamCheckIns: { answers: 99 },
      tipStats: { reads: 999 },
      units: { members: 999 },
      institutionHours: { minutes: 999 },
      checklistProgress: { done: 99 },
      tipReach: { reads: 999 },
    };
    return fields[table];
  }

  /**
   * A fresh row of `table` near the demo staff or far from them (another institution), or the
   * fixed row where there is one per person or institution.
   */
  async function rowBy(table: TableName, where: 'near' | 'far'): Promise<string> {
    const nearWriter = NEAR_WRITER[table];
    const writer = where === 'near' ? nearWriter : FAR_WRITER[nearWriter];
    const owner = cast.session(writer);
    if (table === 'volunteers') return owner.userId;
    if (table === 'volunteerHours') return hoursKey(owner.userId, MONTH);
    if (table === 'teamCheckIns') return teamCheckInKey(owner.teamId ?? '', WEEK);
    if (table === 'tipStats') {
      // A tip of the writer's team, read by a caseworker there.
      const tip = key();
      expect(await cast.write(writer, { table: 'tips', key: tip, fields: { title: 'Tip' } })).toBe(
        undefined,
      );
      const reader = where === 'near' ? 'caseworker' : 'caseworker2';
      const read = { tipId: tip, readAt: 1 };
      expect(await cast.write(reader, { table: 'tipReads', key: key(), fields: read })).toBe(
        undefined,
      );
      return tipStatsKey(tip);
    }
    if (table === 'institutions' || table === 'units') {
      return where === 'near' ? (owner.institutionId ?? '') : cast.otherInstitutionId;
    }
    if (table === 'institutionHours') return institutionHoursKey(owner.institutionId ?? '', MONTH);
    if (table === 'checklistProgress' || table === 'tipReach') {
      const made = table === 'tipReach' ? 'tips' : 'checklists';
      const madeKey = key();
      expect(await cast.write(writer, { table: made, key: madeKey, fields: { title: 'X' } })).toBe(
        undefined,
      );
      return table === 'tipReach' ? tipReachKey(madeKey) : checklistProgressKey(madeKey);
    }
    const rowKey = key();
    expect(await cast.write(writer, { table, key: rowKey, fields: fieldsFor(writer, table) })).toBe(
      undefined,
    );
    return rowKey;
  }

  const seen = new Map<RoleName, Promise<Set<string>>>();
  /** What `role` pulls (once: the near and far rows are all written before). */
  const seenBy = (role: RoleName) => {
    const found = seen.get(role) ?? cast.pulled(role).then((rows) => new Set(rows.keys()));
    seen.set(role, found);
    return found;
  };

  beforeAll(async () => {
    server = await startServer(dialect);
    cast = await castOn(server);
    // Hours rows for the volunteers of both institutions.
    for (const person of ['volunteer2', 'volunteer3'] as const) {
      const activity = { date: `${MONTH}-05`, durationMinutes: 90 };
      await cast.write(person, { table: 'activities', key: key(), fields: activity });
    }
    // Three caseworkers of each team check in for WEEK: each team gets its average.
    const admin = cast.session('admin');
    const other = cast.session('caseworker2');
    const otherCode = (
      await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
        role: 'caseworker',
        institutionId: other.institutionId,
        teamId: other.teamId,
        uses: 2,
      })
    ).json<{ code: string }>().code;
    const thirds = [
      await redeem(server.app, demoCode(server, 'caseworker')),
      await redeem(server.app, otherCode),
      await redeem(server.app, otherCode),
    ];
    const answer = { week: WEEK, methodGoing: 4, confidence: 3 };
    for (const person of ['caseworker', 'caseworkerB', 'caseworker2'] as const) {
      expect(
        await cast.write(person, { table: 'checkIns', key: key(), fields: answer }),
      ).toBeUndefined();
    }
    for (const third of thirds) {
      const body = await sync(server.app, third, [
        put(1, 'checkIns', key(), answer, stamp(Date.now())),
      ]);
      expect(body.ack.rejected).toEqual([]);
    }
    for (const table of TABLE_NAMES) {
      near.set(table, await rowBy(table, 'near'));
      far.set(table, await rowBy(table, 'far'));
    }
  });

  afterAll(async () => {
    await server.close();
  });

  const cells = ROLES.flatMap((role) => TABLE_NAMES.map((table) => [role, table] as const));

  it.each(cells)('%s creating a %s row: only as listed, then read back', async (role, table) => {
    const rowKey = key();
    const rejection = await cast.write(role, {
      table,
      key: rowKey,
      fields: fieldsFor(role, table),
    });
    const allowed = CREATES[role].includes(table);
    expect(rejection?.code).toBe(allowed ? undefined : 'forbidden');
    expect(await cast.stored(table, rowKey)).toEqual(allowed ? expect.anything() : undefined);
    const readBack = allowed && !(WRITE_ONLY[role]?.includes(table) ?? false);
    expect((await cast.pulled(role)).has(`${table}/${rowKey}`)).toBe(readBack);
  });

  it.each(cells)('%s deleting a %s row they created: unless kept', async (role, table) => {
    if (!CREATES[role].includes(table)) return; // nothing to delete
    const rowKey = key();
    expect(
      await cast.write(role, { table, key: rowKey, fields: fieldsFor(role, table) }),
    ).toBeUndefined();
    const rejection = await cast.write(role, { table, key: rowKey, op: 'delete' });
    const kept = KEEPS[role]?.includes(table) ?? false;
    expect(rejection?.code).toBe(kept ? 'forbidden' : undefined);
    expect((await cast.stored(table, rowKey))?.deleted).toBe(!kept);
  });

  it.each(cells)('%s reading a %s row near them: only as listed', async (role, table) => {
    const rowKey = near.get(table) ?? '';
    expect(await cast.stored(table, rowKey)).toBeDefined();
    expect((await seenBy(role)).has(`${table}/${rowKey}`)).toBe(READS_NEAR[table].includes(role));
  });

  it.each(cells)('%s changing a %s row near them: only as listed', async (role, table) => {
    const rowKey = near.get(table) ?? '';
    const before = await cast.stored(table, rowKey);
    const fields = fieldsFor(role, table, 'change');
    const rejection = await cast.write(role, { table, key: rowKey, fields });
    const allowed = CHANGES_NEAR[role].includes(table);
    expect(rejection?.code).toBe(allowed ? undefined : 'forbidden');
    const after = await cast.stored(table, rowKey);
    if (allowed) expect(after?.fields).toMatchObject(fields);
    else expect(after).toEqual(before);
  });

  it.each(cells)('%s deleting a %s row near them: only as listed', async (role, table) => {
    if (table === 'institutions') return; // one per institution: see access-fields.test.ts
    const rowKey = await rowBy(table, 'near');
    const before = await cast.stored(table, rowKey);
    const rejection = await cast.write(role, { table, key: rowKey, op: 'delete' });
    const allowed = DELETES_NEAR[role].includes(table);
    expect(rejection?.code).toBe(allowed ? undefined : 'forbidden');
    const after = await cast.stored(table, rowKey);
    if (allowed) expect(after?.deleted).toBe(true);
    else expect(after).toEqual(before);
  });

  it.each(cells)(
    '%s never reads a %s row of another institution (the totals: only leaders and admins)',
    async (role, table) => {
      const rowKey = far.get(table) ?? '';
      expect(await cast.stored(table, rowKey)).toBeDefined();
      const allowed = READS_FAR[table]?.includes(role) ?? false;
      expect((await seenBy(role)).has(`${table}/${rowKey}`)).toBe(allowed);
    },
  );

  it.each(cells)(
    '%s changing or deleting a %s row of another institution: refused (admin: info rows)',
    async (role, table) => {
      const rowKey = far.get(table) ?? '';
      const before = await cast.stored(table, rowKey);
      const allowed = CHANGES_FAR[role]?.includes(table) ?? false;
      const fields = fieldsFor(role, table, 'change');
      expect((await cast.write(role, { table, key: rowKey, fields }))?.code).toBe(
        allowed ? undefined : 'forbidden',
      );
      if (allowed) return;
      expect((await cast.write(role, { table, key: rowKey, op: 'delete' }))?.code).toBe(
        'forbidden',
      );
      expect(await cast.stored(table, rowKey)).toEqual(before);
    },
  );

  it('never lets a contact person read a volunteer’s own rows (activities, notes, profile)', async () => {
    const volunteer = cast.session('volunteer');
    await cast.write('volunteer', {
      table: 'activities',
      key: key(),
      fields: { note: 'Gåtur med Inger', date: `${MONTH}-10`, durationMinutes: 45 },
    });
    const own = await server.store.db
      .selectFrom('rows')
      .select(['tbl', 'key'])
      .where('scope', '=', `user:${volunteer.userId}`)
      .execute();
    expect(own.map((row) => row.tbl)).toContain('activities');
    for (const reader of [
      'contact',
      'contactB',
      'caseworker',
      'admin',
      'leader',
      'volunteer2',
    ] as const) {
      const pulled = await cast.pulled(reader);
      for (const row of own) expect(pulled.has(`${row.tbl}/${row.key}`)).toBe(false);
    }
  });

  it('sends a tip for the place’s volunteers, and its read count, to its volunteers and contact persons only', async () => {
    const tipId = key();
    const tip = { title: 'Husk navneskiltet', week: '2026-W05', audience: 'volunteers' };
    expect(await cast.write('contactB', { table: 'tips', key: tipId, fields: tip })).toBe(
      undefined,
    );
    expect(
      await cast.write('volunteer', {
        table: 'tipReads',
        key: key(),
        fields: { tipId, readAt: 1 },
      }),
    ).toBe(undefined);
    const stats = tipStatsKey(tipId);
    expect((await cast.stored('tipStats', stats))?.fields).toEqual({ tipId, reads: 1 });
    // The admin may write such tips too, so reads them back; nobody counts them as a recipient.
    const readers = new Set<Person>(['volunteer', 'volunteer2', 'contact', 'contactB', 'admin']);
    for (const person of PEOPLE) {
      const pulled = await cast.pulled(person);
      expect(pulled.has(`tips/${tipId}`), person).toBe(readers.has(person));
      expect(pulled.has(`tipStats/${stats}`), person).toBe(readers.has(person));
    }
    // Another contact person of the place follows it: changes it.
    expect(
      await cast.write('contact', { table: 'tips', key: tipId, fields: { title: 'Navneskilt' } }),
    ).toBe(undefined);
    expect(
      await cast.write('contact2', { table: 'tips', key: tipId, fields: { title: 'Snyd' } }),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('a leader pulls only their own rows, their institution, everyone’s and the totals', async () => {
    const leader = cast.session('leader');
    const allowed = new Set([
      `user:${leader.userId}`,
      `institution:${leader.institutionId ?? ''}`,
      'all',
      LEADER_SCOPE,
    ]);
    const pulled = await cast.pulled('leader');
    const scopes = new Set([...pulled.values()].map((row) => row.scope));
    expect([...scopes].filter((scope) => !allowed.has(scope))).toEqual([]);
    // …and among the totals every kind, of both institutions.
    const tables = new Set(
      [...pulled.values()].filter((r) => r.scope === LEADER_SCOPE).map((r) => r.table),
    );
    expect([...tables].sort()).toEqual([
      'checklistProgress',
      'institutionHours',
      'teamCheckIns',
      'tipReach',
      'units',
    ]);
    // No other role reads the leader scope.
    for (const person of [
      'volunteer',
      'caseworker',
      'contact',
      'volunteer3',
      'contact2',
    ] as const) {
      const rows = await cast.pulled(person);
      expect([...rows.values()].filter((row) => row.scope === LEADER_SCOPE)).toEqual([]);
    }
  });
});
