/**
 * The `units` rows of the leader's overview (scope `leader`): the whole municipality, each
 * institution and each team, with how many people read the tips sent there (a read rate is reads
 * divided by members, less the tip's writer when they are one of them).
 *
 * Members: an institution's are its volunteers and contact persons (a tip sent there is for its
 * volunteers); a team's, its caseworkers and contact persons; the municipality's, every user
 * except admins (countsIn: the same rule for one person, which tells whether a tip's writer is
 * among them). An institution's name is the one its synced info row carries (the contact person
 * may change it), else the name it was created with.
 * A unit is recounted whenever something it is made of changes: an institution or a team is
 * created, a person joins (redeem), the institution's info row gets another name (push). Every
 * recount runs in the transaction of that change, under the writers' lock.
 */
import type { ServerClock } from './server-clock';
import { LEADER_SCOPE } from './scopes';
import { derivedKey, SERVER_OWNER, writeServerRows, type ServerRow } from './server-rows';
import type { Store, StoreTransaction } from './store';

/** The key of the whole municipality's unit (institutions and teams: their own id). */
export const MUNICIPALITY_UNIT = derivedKey('units', 'municipality');

const CHUNK = 500;

/** Which units to recount: some institutions and teams, and maybe the municipality. */
export type UnitRefs = {
  institutions: readonly string[];
  teams: readonly string[];
  municipality: boolean;
};

/** Roles whose people read a team's tips. */
const TEAM_READERS = ['caseworker', 'contact'];
/** Roles whose people read an institution's tips (those for its volunteers). */
const INSTITUTION_READERS = ['volunteer', 'contact'];
/** The role counted in no unit: an admin runs the system and is sent no tips. */
const UNCOUNTED = 'admin';

/** A person as the units count them: a user's role and where they belong. */
export type Person = { role: string; institutionId: string | null; teamId: string | null };

/** One unit: the municipality, or an institution or a team by its id. */
export type UnitRef = { kind: 'municipality' } | { kind: 'institution' | 'team'; id: string };

/** Whether `person` is one of `unit`'s members, by the rules the counts below put in SQL. */
export function countsIn(person: Person, unit: UnitRef): boolean {
  if (unit.kind === 'team') return TEAM_READERS.includes(person.role) && person.teamId === unit.id;
  if (unit.kind === 'institution') {
    return INSTITUTION_READERS.includes(person.role) && person.institutionId === unit.id;
  }
  return person.role !== UNCOUNTED;
}

/** The users `ids` name, as the units count them, by id (unknown ids are left out). */
export async function peopleById(
  trx: StoreTransaction,
  ids: readonly string[],
): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const users = await trx
      .selectFrom('users')
      .select(['id', 'role', 'institution_id', 'team_id'])
      .where('id', 'in', ids.slice(start, start + CHUNK))
      .execute();
    for (const user of users) {
      people.set(user.id, {
        role: user.role,
        institutionId: user.institution_id,
        teamId: user.team_id,
      });
    }
  }
  return people;
}

const unitRow = (key: string, fields: Record<string, unknown> | 'delete'): ServerRow => ({
  table: 'units',
  key,
  scope: LEADER_SCOPE,
  owner: SERVER_OWNER,
  update: () => fields,
});

/** The units a person counts in: their institution, their team and the municipality. */
export function unitsOf(person: { institutionId: string | null; teamId: string | null }): UnitRefs {
  return {
    institutions: person.institutionId ? [person.institutionId] : [],
    teams: person.teamId ? [person.teamId] : [],
    municipality: true,
  };
}

/** Names the synced info rows give `ids` (all institutions when `ids` is undefined). */
async function syncedNames(trx: StoreTransaction, ids: readonly string[] | undefined) {
  let query = trx
    .selectFrom('rows')
    .select(['key', 'fields'])
    .where('tbl', '=', 'institutions')
    .where('deleted', '=', 0);
  if (ids) query = query.where('key', 'in', ids);
  const names = new Map<string, string>();
  for (const row of await query.execute()) {
    const name = (JSON.parse(row.fields) as { name?: unknown }).name;
    if (typeof name === 'string' && name.trim() !== '') names.set(row.key, name);
  }
  return names;
}

async function institutionUnits(trx: StoreTransaction, ids: readonly string[] | undefined) {
  if (ids?.length === 0) return [];
  let institutions = trx.selectFrom('institutions').select(['id', 'name']);
  let members = trx
    .selectFrom('users')
    .select(['institution_id as id', (eb) => eb.fn.countAll().as('n')])
    .where('role', 'in', INSTITUTION_READERS)
    .where('institution_id', 'is not', null)
    .groupBy('institution_id');
  if (ids) {
    institutions = institutions.where('id', 'in', ids);
    members = members.where('institution_id', 'in', ids);
  }
  const counts = new Map((await members.execute()).map((row) => [row.id, Number(row.n)]));
  const names = await syncedNames(trx, ids);
  const found = await institutions.execute();
  const rows = found.map((institution) =>
    unitRow(institution.id, {
      kind: 'institution',
      name: names.get(institution.id) ?? institution.name,
      members: counts.get(institution.id) ?? 0,
    }),
  );
  // An id that names no institution (an admin's info row for a made-up key): no unit.
  const known = new Set(found.map((institution) => institution.id));
  for (const id of ids ?? []) if (!known.has(id)) rows.push(unitRow(id, 'delete'));
  return rows;
}

async function teamUnits(trx: StoreTransaction, ids: readonly string[] | undefined) {
  if (ids?.length === 0) return [];
  let teams = trx.selectFrom('teams').select(['id', 'institution_id', 'name']);
  let members = trx
    .selectFrom('users')
    .select(['team_id as id', (eb) => eb.fn.countAll().as('n')])
    .where('role', 'in', TEAM_READERS)
    .where('team_id', 'is not', null)
    .groupBy('team_id');
  if (ids) {
    teams = teams.where('id', 'in', ids);
    members = members.where('team_id', 'in', ids);
  }
  const counts = new Map((await members.execute()).map((row) => [row.id, Number(row.n)]));
  const found = await teams.execute();
  const rows = found.map((team) =>
    unitRow(team.id, {
      kind: 'team',
      name: team.name,
      institutionId: team.institution_id,
      members: counts.get(team.id) ?? 0,
    }),
  );
  const known = new Set(found.map((team) => team.id));
  for (const id of ids ?? []) if (!known.has(id)) rows.push(unitRow(id, 'delete'));
  return rows;
}

/** The unit rows of `refs`, recounted from the accounts tables (`'all'`: every unit). */
export async function unitRows(
  trx: StoreTransaction,
  refs: UnitRefs | 'all',
): Promise<ServerRow[]> {
  const all = refs === 'all';
  const rows = [
    ...(await institutionUnits(trx, all ? undefined : [...new Set(refs.institutions)])),
    ...(await teamUnits(trx, all ? undefined : [...new Set(refs.teams)])),
  ];
  if (all || refs.municipality) {
    const everyone = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('role', '<>', UNCOUNTED)
      .executeTakeFirstOrThrow();
    rows.push(unitRow(MUNICIPALITY_UNIT, { kind: 'municipality', members: Number(everyone.n) }));
  }
  return rows;
}

/**
 * Recounts `refs` in `trx` (which then holds the writers' lock), after the change that moved
 * them, so the totals commit with it.
 */
export async function recountUnits(
  store: Store,
  trx: StoreTransaction,
  clock: ServerClock,
  refs: UnitRefs,
  now: number,
): Promise<void> {
  await store.lockWriters(trx);
  await writeServerRows(trx, clock, await unitRows(trx, refs), now);
}
