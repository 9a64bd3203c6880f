/**
 * The synced tables by name and scope, without zod, so the first screen can know them without
 * loading the schemas (src/protocol/tables.ts checks that both lists agree).
 */

/** Every synced table, in a stable order. Renaming one is a protocol change. */
export const TABLE_NAMES = [
  'profile',
  'institutions',
  'activities',
  'expenses',
  'receipts',
  'introProgress',
  'logbookEntries',
  'checkIns',
  'checklists',
  'checklistItems',
  'planItems',
  'tips',
  'tipReads',
] as const;

/** Name of a synced table. */
export type TableName = (typeof TABLE_NAMES)[number];

/** Where a table's rows live: a person's own (`user`), a team's, or an institution's. */
export type ScopeKind = 'user' | 'team' | 'institution';

/** The kind of scope each table's rows live in (the server derives the scope id from the writer). */
export const TABLE_SCOPES: Record<TableName, ScopeKind> = {
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

/** True when `name` is a synced table. */
export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}
