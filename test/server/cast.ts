/**
 * The people of the access tests, each a real device on a test server: the demo institution's
 * staff and two volunteers, and a second institution with its own team, staff and volunteer.
 */
import type { RoleName, Session } from '@/protocol/auth';
import type { PulledRow, Rejection } from '@/protocol/sync';
import { authed, demoCode, put, redeem, stamp, sync, type TestServer } from './harness';

/**
 * Who is who. Demo institution and team: `volunteer`, `volunteer2`, `caseworker`, `caseworkerB`,
 * `contact`, `contactB`, `admin`; `leader` is in the demo institution and no team. The other
 * institution and its team: `volunteer3`, `caseworker2`, `contact2`.
 */
export const PEOPLE = [
  'volunteer',
  'volunteer2',
  'caseworker',
  'caseworkerB',
  'contact',
  'contactB',
  'admin',
  'leader',
  'volunteer3',
  'caseworker2',
  'contact2',
] as const;
export type Person = (typeof PEOPLE)[number];

/** One write. */
export type Write = {
  /** A synced table, or a name the server must refuse. */
  table: string;
  key: string;
  op?: 'put' | 'delete';
  fields?: Record<string, unknown>;
};

/** The cast on one server. */
export type Cast = {
  session: (person: Person) => Session;
  /** The other institution's id. */
  otherInstitutionId: string;
  /** Pushes one write as `person`; answers its rejection, if any. */
  write: (person: Person, write: Write) => Promise<Rejection | undefined>;
  /** Pushes several writes as `person` in one request; answers the rejections. */
  writeAll: (person: Person, writes: Write[]) => Promise<Rejection[]>;
  /** Every row `person` pulls from cursor 0, by `table/key`. */
  pulled: (person: Person) => Promise<Map<string, PulledRow>>;
  /** The stored row, or `undefined`. */
  stored: (table: string, key: string) => Promise<StoredRow | undefined>;
};

/** A row as the server stores it, fields parsed. */
export type StoredRow = {
  scope: string;
  owner: string;
  fields: Record<string, unknown>;
  deleted: boolean;
  seq: number;
};

/** Redeems an invitation made by `admin` for `role` in `institutionId` (and `teamId`). */
async function invite(
  server: TestServer,
  admin: Session,
  role: RoleName,
  institutionId: string,
  teamId: string | null,
): Promise<Session> {
  const response = await authed(server.app, admin, 'POST', '/v1/admin/invitations', {
    role,
    institutionId,
    teamId,
  });
  if (response.statusCode !== 200) throw new Error(`invitation failed: ${response.body}`);
  return redeem(server.app, response.json<{ code: string }>().code);
}

/** Brings everyone in. */
export async function castOn(server: TestServer): Promise<Cast> {
  const sessions = new Map<Person, Session>();
  const nextIds = new Map<Person, number>();
  const demoRole: Partial<Record<Person, RoleName>> = {
    volunteer: 'volunteer',
    volunteer2: 'volunteer',
    caseworker: 'caseworker',
    caseworkerB: 'caseworker',
    contact: 'contact',
    contactB: 'contact',
    admin: 'admin',
    leader: 'leader',
  };
  for (const [person, role] of Object.entries(demoRole) as [Person, RoleName][]) {
    sessions.set(person, await redeem(server.app, demoCode(server, role)));
  }
  const admin = sessions.get('admin');
  if (!admin) throw new Error('no admin');
  const institution = await authed(server.app, admin, 'POST', '/v1/admin/institutions', {
    name: 'Et andet sted',
  });
  const otherInstitutionId = institution.json<{ id: string }>().id;
  const team = await authed(server.app, admin, 'POST', '/v1/admin/teams', {
    institutionId: otherInstitutionId,
    name: 'Et andet team',
  });
  const teamId = team.json<{ id: string }>().id;
  sessions.set('volunteer3', await invite(server, admin, 'volunteer', otherInstitutionId, null));
  sessions.set(
    'caseworker2',
    await invite(server, admin, 'caseworker', otherInstitutionId, teamId),
  );
  sessions.set('contact2', await invite(server, admin, 'contact', otherInstitutionId, teamId));

  const session = (person: Person): Session => {
    const found = sessions.get(person);
    if (!found) throw new Error(`no ${person}`);
    return found;
  };
  // Device clocks run after the server-made rows (demo content, roster) they may change.
  let tick = Date.now();

  async function writeAll(person: Person, writes: Write[]): Promise<Rejection[]> {
    const first = nextIds.get(person) ?? 1;
    nextIds.set(person, first + writes.length);
    const mutations = writes.map((write, index) =>
      write.op === 'delete'
        ? {
            id: first + index,
            table: write.table,
            key: write.key,
            op: 'delete' as const,
            fields: {},
            hlc: stamp(++tick),
          }
        : put(first + index, write.table, write.key, write.fields ?? {}, stamp(++tick)),
    );
    const body = await sync(server.app, session(person), mutations);
    return body.ack.rejected;
  }

  return {
    session,
    otherInstitutionId,
    writeAll,
    async write(person, write) {
      return (await writeAll(person, [write]))[0];
    },
    async pulled(person) {
      const rows = new Map<string, PulledRow>();
      let cursor = 0;
      for (;;) {
        const body = await sync(server.app, session(person), [], cursor, 1000);
        for (const row of body.pull.rows) rows.set(`${row.table}/${row.key}`, row);
        cursor = body.pull.cursor;
        if (!body.pull.hasMore) return rows;
      }
    },
    async stored(table, key) {
      const row = await server.store.db
        .selectFrom('rows')
        .selectAll()
        .where('tbl', '=', table)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        scope: row.scope,
        owner: row.owner_user_id,
        fields: JSON.parse(row.fields) as Record<string, unknown>,
        deleted: row.deleted === 1,
        seq: row.seq,
      };
    },
  };
}
