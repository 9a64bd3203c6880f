/**
 * Who may read and write which synced rows.
 *
 * Every row has one scope (src/protocol/table-names.ts): `user:<id>`, `shared:<volunteerId>`,
 * `staff:<institutionId>`, `institution:<id>`, `volunteers:<institutionId>`, `team:<id>`, `all` or
 * `leader`. Reading is by scope membership, worked out on every request from the person's role,
 * institution and team (and, for a contact person, the volunteers of their institution). Writing
 * follows `RULES`, one entry per (role, table): where a new row goes, which stored rows the writer
 * may change, whether they may delete, and which fields they may set. A change to an existing row
 * is judged by the scope the row is stored in, never by what the writer sends. The access test in
 * test/server walks every (role, table, verb, own/other) through the real endpoint.
 */
import type { Kysely } from 'kysely';
import type { RoleName } from '@/protocol/auth';
import { SERVER_TABLES, type TableName } from '@/protocol/table-names';
import type { Principal } from './auth/principal';
import type { Database } from './store';

/** The person writing, with the volunteers of their institution when they are a contact person. */
export type Writer = Principal & { readonly volunteers: ReadonlySet<string> };

/** One change to judge (a delete carries no fields). */
export type Write = {
  table: TableName;
  key: string;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
};

/** The row a write would change, as stored (or as earlier changes in the same push left it). */
export type StoredRow = {
  scope: string;
  owner: string;
  /** Current field values (rules that depend on a row's state read them). */
  fields?: Readonly<Record<string, unknown>>;
};

/** The verdict: the scope the row lives in, or why not. */
export type Decision = { ok: true; scope: string } | { ok: false; message: string };

/** The scope everyone reads (a tip for everyone). */
export const ALL_SCOPE = 'all';

/** The municipality's totals, read by leaders and admins (scope kind `leader`). */
export const LEADER_SCOPE = 'leader';

/** Roles that read the leader's totals. */
const LEADER_READERS: readonly RoleName[] = ['leader', 'admin'];

/**
 * The owner stored for a row nobody may be linked to: an anonymous share (sharedEntries without
 * `authorName`). Not a user id, so no rule that trusts the owner matches it.
 */
export const NO_OWNER = '';

/** Roles that are members of their team's scope (volunteers are not: team rows are staff work). */
const TEAM_MEMBERS: readonly RoleName[] = ['caseworker', 'contact', 'admin'];

/**
 * Roles that read their institution's `volunteers:` scope (tips for the place's volunteers): the
 * volunteers, the contact persons who write and follow those tips, and an admin, who may write
 * them too. Not caseworkers or leaders, though they belong to the institution.
 */
const VOLUNTEER_TIP_READERS: readonly RoleName[] = ['volunteer', 'contact', 'admin'];

/** The volunteers (users with role `volunteer`) of `institutionId`, in id order. */
async function volunteersOf(db: Kysely<Database>, institutionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'volunteer')
    .where('institution_id', '=', institutionId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The volunteers whose shared rows `principal` follows: a contact person's institution's. */
async function followedVolunteers(db: Kysely<Database>, principal: Principal): Promise<string[]> {
  if (principal.role !== 'contact' || !principal.institutionId) return [];
  return volunteersOf(db, principal.institutionId);
}

/** `principal` as a writer (reads the volunteers a contact person looks after). */
export async function loadWriter(db: Kysely<Database>, principal: Principal): Promise<Writer> {
  return { ...principal, volunteers: new Set(await followedVolunteers(db, principal)) };
}

/**
 * The scopes `principal` reads. Everyone: their own rows, their institution's info and `all`.
 * Staff: their team. Volunteers, contact persons and admins: the tips for their institution's
 * volunteers. A volunteer: what they share with their contact persons. A contact person: the
 * staff rows of their institution and what each of its volunteers shares, never a volunteer's
 * own rows (activities and notes stay private). A leader or an admin: the municipality's totals.
 */
export async function readScopes(db: Kysely<Database>, principal: Principal): Promise<string[]> {
  const scopes = [`user:${principal.userId}`, ALL_SCOPE];
  if (principal.institutionId) scopes.push(`institution:${principal.institutionId}`);
  if (principal.institutionId && VOLUNTEER_TIP_READERS.includes(principal.role)) {
    scopes.push(`volunteers:${principal.institutionId}`);
  }
  if (principal.teamId && TEAM_MEMBERS.includes(principal.role)) {
    scopes.push(`team:${principal.teamId}`);
  }
  if (principal.role === 'volunteer') scopes.push(`shared:${principal.userId}`);
  if (LEADER_READERS.includes(principal.role)) scopes.push(LEADER_SCOPE);
  if (principal.role === 'contact' && principal.institutionId) {
    scopes.push(`staff:${principal.institutionId}`);
    for (const volunteer of await followedVolunteers(db, principal)) {
      scopes.push(`shared:${volunteer}`);
    }
  }
  return scopes;
}

// --- Write rules -----------------------------------------------------------------------------

/** What one role may do with one table's rows. */
type Rule = {
  /** The scope a new row gets, or `undefined` when this writer may not create one. */
  create?: (writer: Writer, write: Write) => string | undefined;
  /** May the writer change an existing row? Default: it is stored where they would create it. */
  change?: (writer: Writer, row: StoredRow) => boolean;
  /** May the writer delete rows they may change? Default: yes. */
  deletes?: boolean;
  /** The only fields the writer may put (default: all of the table's). */
  onlyFields?: readonly string[];
  /** Fields the writer may never put. */
  neverFields?: readonly string[];
};

const own = (writer: Writer) => `user:${writer.userId}`;
const sharedByMe = (writer: Writer) => `shared:${writer.userId}`;
const myTeam = (writer: Writer) => (writer.teamId ? `team:${writer.teamId}` : undefined);
const myInstitution = (writer: Writer) =>
  writer.institutionId ? `institution:${writer.institutionId}` : undefined;
const myStaff = (writer: Writer) =>
  writer.institutionId ? `staff:${writer.institutionId}` : undefined;
const myVolunteers = (writer: Writer) =>
  writer.institutionId ? `volunteers:${writer.institutionId}` : undefined;

/** The id in a scope of `kind` (`shared:<id>` → id), or `undefined` for another kind. */
function scopeId(scope: string, kind: string): string | undefined {
  return scope.startsWith(`${kind}:`) ? scope.slice(kind.length + 1) : undefined;
}

/** A row shared by a volunteer of the writer's institution. */
function ofMyVolunteers(writer: Writer, row: StoredRow): boolean {
  const volunteer = scopeId(row.scope, 'shared');
  return volunteer !== undefined && writer.volunteers.has(volunteer);
}

/** The shared scope of the volunteer a new row names, if the writer looks after them. */
function forNamedVolunteer(writer: Writer, write: Write): string | undefined {
  const volunteer = write.fields.volunteerId;
  return typeof volunteer === 'string' && writer.volunteers.has(volunteer)
    ? `shared:${volunteer}`
    : undefined;
}

/** A claim the contact person has not decided on yet. */
function undecided(row: StoredRow): boolean {
  const status = row.fields?.status;
  return status === undefined || status === 'submitted';
}

/** Rows in one of the writer's scopes: created there, changed there. */
const rowsIn = (scope: (writer: Writer) => string | undefined, more: Rule = {}): Rule => ({
  create: scope,
  ...more,
});

/** A contact person's decision on a row a volunteer shares: existing rows, these fields only. */
const decideOn = (onlyFields: readonly string[]): Rule => ({
  change: ofMyVolunteers,
  deletes: false,
  onlyFields,
});

/**
 * Tips go where their audience reads: `everyone` in `all`, `volunteers` in the writer's
 * institution's `volunteers:` scope (never `institution:`, which its caseworkers and leaders read
 * too), `team` (or none) in the writer's team.
 */
const tips: Rule = {
  create: (writer, write) => {
    if (write.fields.audience === 'everyone') return ALL_SCOPE;
    if (write.fields.audience === 'volunteers') return myVolunteers(writer);
    return myTeam(writer);
  },
  // An existing tip keeps its scope whatever its audience becomes. A tip for everyone is changed
  // only by its writer or an admin (every contact person reads it, not all of them answer for it).
  change: (writer, row) =>
    row.scope === myTeam(writer) ||
    row.scope === myVolunteers(writer) ||
    (row.scope === ALL_SCOPE && (row.owner === writer.userId || writer.role === 'admin')),
};

/** What the contact person of a team writes on a shared entry: the answer to a question. */
const ANSWER_FIELDS = ['answer', 'answeredAt', 'answeredBy'] as const;

/** Staff work shared by the team. */
const teamRows = rowsIn(myTeam);

/** A person's own rows. */
const ownRows = rowsIn(own);

/** Per role and table: what the writer may do. A table missing here is not writable. */
const RULES: Record<RoleName, Partial<Record<TableName, Rule>>> = {
  volunteer: {
    profile: ownRows,
    activities: ownRows,
    tipReads: ownRows,
    expenses: rowsIn(sharedByMe, {
      // Once the contact person has decided, the claim is theirs: an offline edit must not change
      // an approved amount.
      change: (writer, row) => row.scope === sharedByMe(writer) && undecided(row),
      neverFields: ['status', 'rejectReason', 'decidedAt'],
    }),
    receipts: rowsIn(sharedByMe),
    introProgress: rowsIn(sharedByMe, { neverFields: ['confirmedAt'] }),
    declarations: rowsIn(sharedByMe, { deletes: false }),
    concerns: rowsIn(myStaff, {
      // Every volunteer's concerns share the staff scope: only the writer's own may change.
      change: (writer, row) => row.scope === myStaff(writer) && row.owner === writer.userId,
      deletes: false,
      neverFields: ['status', 'answeredAt'],
    }),
  },
  caseworker: {
    profile: ownRows,
    logbookEntries: ownRows,
    checkIns: ownRows,
    tipReads: ownRows,
    checklists: teamRows,
    checklistItems: teamRows,
    planItems: teamRows,
    // A share with the experience meeting, once: an anonymous share has no owner to check later
    // changes against, so no share changes or goes after it is made (the answer is the contact
    // person's).
    sharedEntries: rowsIn(myTeam, {
      change: () => false,
      deletes: false,
      neverFields: ANSWER_FIELDS,
    }),
  },
  contact: {
    profile: ownRows,
    tipReads: ownRows,
    tips,
    checklists: teamRows,
    checklistItems: teamRows,
    planItems: teamRows,
    // The institution's own row only (its key is the institution's id).
    institutions: {
      create: (writer, write) =>
        write.key === writer.institutionId ? myInstitution(writer) : undefined,
      deletes: false,
    },
    introItems: rowsIn(myInstitution),
    certificates: { create: forNamedVolunteer, change: ofMyVolunteers },
    // The roster row the server keeps: only whether this volunteer's task needs a criminal
    // record certificate (the institution's own flag asks it of every task there).
    volunteers: decideOn(['requiresCriminalRecord']),
    expenses: decideOn(['status', 'rejectReason', 'decidedAt']),
    introProgress: decideOn(['confirmedAt']),
    concerns: {
      change: (writer, row) => row.scope === myStaff(writer),
      deletes: false,
      onlyFields: ['status', 'answeredAt'],
    },
    // Answers a question shared in their team.
    sharedEntries: {
      change: (writer, row) => row.scope === myTeam(writer),
      deletes: false,
      onlyFields: ANSWER_FIELDS,
    },
  },
  // A leader follows totals: their own profile and which tips they have read, nothing more.
  leader: {
    profile: ownRows,
    tipReads: ownRows,
  },
  admin: {
    // Any institution's row, by its id.
    institutions: { create: (_writer, write) => `institution:${write.key}` },
    tips,
    // A leader reads tips too, and counts as a reader.
    tipReads: ownRows,
  },
};

/**
 * The first field whose value names someone the row's scope or writer rules out: a row shared by
 * volunteer v names v; a staff, institution or volunteers row names that institution; a volunteer names only
 * themself and their own institution.
 */
function misnamedField(
  writer: Writer,
  scope: string,
  fields: Record<string, unknown>,
): string | undefined {
  const named = (field: string, expected: string | null | undefined) =>
    field in fields && fields[field] !== expected;
  const volunteer = scopeId(scope, 'shared');
  if (volunteer !== undefined && named('volunteerId', volunteer)) return 'volunteerId';
  const institution =
    scopeId(scope, 'staff') ?? scopeId(scope, 'institution') ?? scopeId(scope, 'volunteers');
  if (institution !== undefined && named('institutionId', institution)) return 'institutionId';
  if (writer.role === 'volunteer') {
    if (named('volunteerId', writer.userId)) return 'volunteerId';
    if (scopeId(scope, 'user') === undefined && named('institutionId', writer.institutionId)) {
      return 'institutionId';
    }
  }
  return undefined;
}

/** The first field of a put that `rule` does not let the writer set. */
function forbiddenField(rule: Rule, fields: Record<string, unknown>): string | undefined {
  return Object.keys(fields).find(
    (field) =>
      (rule.onlyFields !== undefined && !rule.onlyFields.includes(field)) ||
      (rule.neverFields?.includes(field) ?? false),
  );
}

/**
 * May `writer` make `write`? `stored` is the row as it is now (`undefined`: the write creates it).
 * Answers the row's scope: the stored one for an existing row, else where the rules put it.
 * Messages name tables and fields, never values.
 */
export function authorizeWrite(
  writer: Writer,
  write: Write,
  stored: StoredRow | undefined,
): Decision {
  const refuse = (message: string): Decision => ({ ok: false, message });
  if (SERVER_TABLES.includes(write.table)) return refuse(`only the server writes ${write.table}`);
  const rule = RULES[writer.role][write.table];
  if (!rule) return refuse(`may not write ${write.table}`);

  let scope: string | undefined;
  if (stored) {
    const mayChange = rule.change
      ? rule.change(writer, stored)
      : stored.scope === rule.create?.(writer, write);
    if (!mayChange) return refuse('row belongs to another scope');
    scope = stored.scope;
  } else {
    scope = rule.create?.(writer, write);
    if (!scope) return refuse(`may not create ${write.table} rows`);
  }

  if (write.op === 'delete') {
    return rule.deletes === false ? refuse(`may not delete ${write.table}`) : { ok: true, scope };
  }
  const field = forbiddenField(rule, write.fields) ?? misnamedField(writer, scope, write.fields);
  if (field) return refuse(`may not set ${write.table}.${field}`);
  return { ok: true, scope };
}
