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
    role: z.enum(['volunteer', 'caseworker', 'contact']),
    displayName: text(60),
    institutionId: uuid,
    teamId: uuid,
  },
  institutions: {
    name: text(120),
    kind: text(60),
    contactName: text(120),
    contactPhone: text(30),
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
    date: isoDate,
    amountOre: z.number().int().min(0).max(10_000_000),
    category: z.enum(['transport', 'materials', 'other']),
    description: text(500),
    status: z.enum(['submitted', 'approved', 'rejected', 'paid']),
    rejectReason: text(500),
    createdAt: millis,
  },
  receipts: {
    expenseId: uuid,
    mimeType: z.enum(['image/jpeg', 'image/webp', 'image/png']),
    // Base64 of a photo resized on the device to at most 200 KB.
    data: z.string().max(280_000),
  },
  introProgress: {
    institutionId: uuid,
    itemId: text(80),
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
    title: text(200),
    kind: z.enum(['training', 'experience', 'information', 'other']),
    status: z.enum(['planned', 'done', 'cancelled']),
    responsible: text(120),
  },
  tips: {
    week: isoWeek,
    title: text(120),
    body: text(4000),
    audience: text(80),
    tag: text(60),
  },
  tipReads: {
    tipId: uuid,
    readAt: millis,
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
