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
  // Added with the volunteer features (schema version 2).
  'introItems',
  'declarations',
  'certificates',
  'concerns',
  'volunteers',
  'volunteerHours',
  // Added with the caseworker features (schema version 3).
  'sharedEntries',
  'teamCheckIns',
  'tipStats',
  // Added with the leader's overview (schema version 4): totals only, written by the server.
  'units',
  'institutionHours',
  'checklistProgress',
  'tipReach',
] as const;

/** Name of a synced table. */
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * Where a table's rows live:
 * - `user:<userId>`: a person's own rows, read by that person only;
 * - `shared:<volunteerId>`: what a volunteer shares with their institution's contact persons
 *   (expenses, introduction, certificates, hour totals; never activities or notes);
 * - `staff:<institutionId>`: rows for an institution's contact persons only (a volunteer may
 *   write them, e.g. a concern, but never reads them back);
 * - `institution:<institutionId>`: an institution's info, read by everyone there;
 * - `volunteers:<institutionId>`: tips for an institution's volunteers, read by its volunteers
 *   and contact persons (not its caseworkers or leaders);
 * - `team:<teamId>`: a team's shared work (checklists, plans, tips for caseworkers);
 * - `all`: read by everyone (a tip for everyone);
 * - `leader`: totals across the municipality for leaders (and admins), never a person's rows.
 */
export type ScopeKind =
  'user' | 'shared' | 'staff' | 'team' | 'institution' | 'volunteers' | 'all' | 'leader';

/** The kind of scope each table's rows live in (the server derives the scope id from the writer). */
export const TABLE_SCOPES: Record<TableName, ScopeKind> = {
  profile: 'user',
  activities: 'user',
  expenses: 'shared',
  receipts: 'shared',
  introProgress: 'shared',
  logbookEntries: 'user',
  checkIns: 'user',
  tipReads: 'user',
  institutions: 'institution',
  checklists: 'team',
  checklistItems: 'team',
  planItems: 'team',
  // Tips for caseworkers live in the team; tips with audience `volunteers` in `volunteers:<id>`.
  tips: 'team',
  introItems: 'institution',
  declarations: 'shared',
  certificates: 'shared',
  concerns: 'staff',
  volunteers: 'shared',
  volunteerHours: 'shared',
  // An entry a caseworker shares with the experience meeting; without a name when they choose.
  sharedEntries: 'team',
  teamCheckIns: 'team',
  // Read counts live beside their tip (team, institution or all).
  tipStats: 'team',
  // The leader's overview. teamCheckIns rows have a second copy here, one per team and week.
  units: 'leader',
  institutionHours: 'leader',
  checklistProgress: 'leader',
  tipReach: 'leader',
};

/** True when `name` is a synced table. */
export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/**
 * Tables only the server writes (derived from other rows); a mutation to one is forbidden.
 * `volunteerHours` holds a volunteer's monthly totals. Not here: `volunteers`, the roster a contact
 * person sees, which the server makes and keeps, but where the contact person marks that a
 * volunteer's task needs a criminal record certificate (src/server/scopes.ts).
 */
export const SERVER_TABLES: readonly TableName[] = [
  'volunteerHours',
  'teamCheckIns',
  'tipStats',
  'units',
  'institutionHours',
  'checklistProgress',
  'tipReach',
];

/**
 * Tables a device writes but never reads back: once the server has acknowledged a row, the
 * device deletes its copy (a volunteer's concern must not stay on the phone).
 */
export const SEND_ONLY_TABLES: Partial<Record<TableName, readonly string[]>> = {
  concerns: ['volunteer'],
};
