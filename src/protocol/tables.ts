/**
 * The synced tables and the fields each may carry on the wire.
 *
 * A mutation's `fields` is checked against its table's schema here, on both sides: an unknown
 * field, a wrong type or a value out of range is a permanent rejection with a code. Renaming a
 * table or a field is a protocol change.
 */
import { z } from 'zod';
import {
  isTableName,
  TABLE_NAMES,
  TABLE_SCOPES,
  type ScopeKind,
  type TableName,
} from './table-names';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const millis = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);
const rating = z.number().int().min(1).max(5);

/** Field schemas per synced table (every field optional: a put may carry a few). */
export const TABLE_FIELDS = {
  profile: {
    role: z.enum(['volunteer', 'caseworker', 'contact', 'leader']),
    displayName: text(60),
    institutionId: uuid,
    teamId: uuid,
  },
  institutions: {
    name: text(120),
    kind: text(60),
    contactName: text(120),
    contactPhone: text(30),
    // Written by the institution's contact person (issue 4).
    agreements: text(4000),
    insurance: text(2000),
    emergency: text(2000),
    activityTypes: z.array(text(80).min(1)).max(30),
    requiresConfidentiality: z.boolean(),
    confidentialityText: text(4000),
    worksWithChildren: z.boolean(),
    requiresCriminalRecord: z.boolean(),
  },
  activities: {
    date: isoDate,
    startTime: time,
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(16 * 60),
    activityType: text(80).min(1),
    institutionId: uuid,
    participants: z.number().int().min(0).max(1000),
    note: text(500),
    createdAt: millis,
  },
  expenses: {
    volunteerId: uuid,
    institutionId: uuid,
    date: isoDate,
    amountOre: z.number().int().min(0).max(10_000_000),
    category: z.enum(['transport', 'materials', 'other']),
    description: text(500),
    // Set by the contact person only; a claim without a status is `submitted`.
    status: z.enum(['submitted', 'approved', 'rejected', 'paid']),
    rejectReason: text(500),
    decidedAt: millis,
    createdAt: millis,
  },
  receipts: {
    volunteerId: uuid,
    expenseId: uuid,
    mimeType: z.enum(['image/jpeg', 'image/webp', 'image/png']),
    // Base64 of a photo resized on the device to at most 200 KB.
    data: z.string().max(280_000),
  },
  introProgress: {
    volunteerId: uuid,
    institutionId: uuid,
    // The `introItems` row ticked.
    itemId: uuid,
    // Ticked by the volunteer; confirmed by the contact person.
    doneAt: millis,
    confirmedAt: millis,
  },
  logbookEntries: {
    kind: z.enum(['good', 'difficulty', 'question']),
    text: text(4000),
    tags: z.array(text(60)).max(20),
    createdAt: millis,
    sharedAt: millis,
    sharedAnonymously: z.boolean(),
    // The `sharedEntries` copy, so the author (only they read this row) finds the answer.
    sharedEntryId: uuid,
    checklistItemId: uuid,
    planItemId: uuid,
  },
  checkIns: {
    week: isoWeek,
    methodGoing: rating,
    confidence: rating,
  },
  checklists: {
    teamId: uuid,
    title: text(200),
    template: text(60),
  },
  checklistItems: {
    checklistId: uuid,
    position: z.number().int().min(0).max(10_000),
    text: text(1000),
    done: z.boolean(),
    doneBy: text(120),
    doneAt: millis,
    note: text(1000),
  },
  planItems: {
    date: isoDate,
    // '' clears a time set earlier (a put cannot carry "no value"); the activity is then all day.
    startTime: time.or(z.literal('')),
    endTime: time.or(z.literal('')),
    title: text(200),
    kind: z.enum(['training', 'experience', 'information', 'other']),
    status: z.enum(['planned', 'done', 'cancelled']),
    responsible: text(120),
    participants: text(500),
    // Cases to discuss at a training meeting, by reference only (never citizen data).
    caseRefs: z.array(text(40)).max(20),
  },
  tips: {
    // The week the tip shows from.
    week: isoWeek,
    publishedAt: millis,
    title: text(120),
    body: text(4000),
    // Who reads it, which decides the row's scope when it is created: `team` (the writer's team),
    // `volunteers` (the writer's institution, where its volunteers read it) or `everyone` (`all`).
    audience: z.enum(['team', 'volunteers', 'everyone']),
    tag: text(60),
  },
  tipReads: {
    tipId: uuid,
    readAt: millis,
  },
  introItems: {
    institutionId: uuid,
    position: z.number().int().min(0).max(10_000),
    title: text(200).min(1),
    body: text(2000),
  },
  declarations: {
    volunteerId: uuid,
    institutionId: uuid,
    // The volunteer read and accepted the institution's confidentiality text at this time.
    acceptedAt: millis,
  },
  certificates: {
    volunteerId: uuid,
    kind: z.enum(['criminalRecord', 'child']),
    status: z.enum(['requested', 'approved', 'notApproved']),
    requestedOn: isoDate,
    decidedOn: isoDate,
    renewBy: isoDate,
  },
  concerns: {
    volunteerId: uuid,
    institutionId: uuid,
    preferredTime: text(120),
    message: text(500),
    createdAt: millis,
    status: z.enum(['new', 'answered']),
    answeredAt: millis,
  },
  volunteers: {
    institutionId: uuid,
    displayName: text(60),
    joinedAt: millis,
    // The volunteer's task needs a criminal record certificate, where the institution does not ask
    // one of everyone: the only field the contact person sets (the server keeps the others).
    requiresCriminalRecord: z.boolean(),
  },
  sharedEntries: {
    kind: z.enum(['good', 'difficulty', 'question']),
    text: text(4000),
    tags: z.array(text(60)).max(20),
    sharedAt: millis,
    // Only when the caseworker shares with their name; an anonymous share carries no author.
    authorName: text(120),
    answer: text(4000),
    answeredAt: millis,
    answeredBy: text(120),
  },
  teamCheckIns: {
    teamId: uuid,
    week: isoWeek,
    answers: z.number().int().min(3),
    methodGoing: z.number().min(1).max(5),
    confidence: z.number().min(1).max(5),
  },
  tipStats: {
    tipId: uuid,
    reads: z.number().int().min(0),
  },
  volunteerHours: {
    volunteerId: uuid,
    institutionId: uuid,
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    minutes: z.number().int().min(0),
    entries: z.number().int().min(0),
  },
  // --- The leader's overview (scope `leader`): totals only, never a person or a text they wrote.
  // A place in the municipality, keyed by its id (the whole municipality: derivedKey('units',
  // 'municipality')). `members`: the people who read tips sent to it (rates are reads / members).
  units: {
    kind: z.enum(['municipality', 'institution', 'team']),
    name: text(120),
    // A team's institution.
    institutionId: uuid,
    members: z.number().int().min(0),
  },
  // All volunteers' hours at one institution in one month (the sum of their volunteerHours rows).
  institutionHours: {
    institutionId: uuid,
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    minutes: z.number().int().min(0),
    entries: z.number().int().min(0),
    // Volunteers with at least one activity that month.
    volunteers: z.number().int().min(0),
  },
  // One checklist of a team: how many items, how many done (key: derivedKey of the checklist).
  checklistProgress: {
    checklistId: uuid,
    teamId: uuid,
    title: text(200),
    template: text(60),
    items: z.number().int().min(0),
    done: z.number().int().min(0),
  },
  // How far a tip reached (key: derivedKey of the tip). `unitId`: the team or institution it was
  // sent to; none for everyone (the municipality unit). `reads` leaves the tip's writer out;
  // `authorIsMember`: the writer is one of the unit's members (so its recipients are one fewer).
  tipReach: {
    tipId: uuid,
    title: text(120),
    week: isoWeek,
    audience: z.enum(['team', 'volunteers', 'everyone']),
    unitId: uuid,
    reads: z.number().int().min(0),
    authorIsMember: z.boolean(),
  },
} as const satisfies Record<TableName, Record<string, z.ZodType>>;
// `satisfies` over TableName: a table missing here, or one not in table-names.ts, fails to compile.

export { TABLE_NAMES, TABLE_SCOPES, isTableName, type ScopeKind, type TableName };

const fieldSchemas = new Map<string, z.ZodType>(
  TABLE_NAMES.map((table) => [table, z.object(TABLE_FIELDS[table]).partial().strict()]),
);

/** Why a mutation's fields were refused. */
export type FieldProblem = {
  code: 'unknown_table' | 'unknown_field' | 'invalid_field';
  message: string;
};

/**
 * Checks the fields of a put for `table`; returns the problem, or `undefined` when they are fine.
 * Field names are reported, never values (values may hold personal data).
 */
export function checkFields(
  table: string,
  fields: Record<string, unknown>,
): FieldProblem | undefined {
  const schema = fieldSchemas.get(table);
  if (!schema) return { code: 'unknown_table', message: `unknown table ${table}` };
  const result = schema.safeParse(fields);
  if (result.success) return undefined;
  const unknown = result.error.issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown)
    return {
      code: 'unknown_field',
      message: `unknown field in ${table}: ${unknown.keys.join(', ')}`,
    };
  const paths = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
  return { code: 'invalid_field', message: `invalid ${table} field: ${paths}` };
}
