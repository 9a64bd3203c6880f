/**
 * Who may read and write which synced rows.
 *
 * Every row has one scope: `user:<id>` (a person's own rows), `team:<id>` (a team's shared rows)
 * or `institution:<id>` (an institution's info). A writer's role decides which tables they may
 * write and the scope a row gets; reading is by scope membership. The table-driven access test in
 * test/server walks every (role, table, verb, own/other) through the real endpoint.
 */
import type { RoleName } from '@/protocol/auth';
import { TABLE_SCOPES, type TableName } from '@/protocol/tables';
import type { Principal } from './auth/principal';

/** The tables each role may write. */
export const WRITABLE_TABLES: Record<RoleName, readonly TableName[]> = {
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

/** Roles that are members of their team's scope (volunteers are not: team rows are staff work). */
const TEAM_MEMBERS: readonly RoleName[] = ['caseworker', 'contact', 'admin'];

/** The scopes `principal` reads. */
export function readScopes(principal: Principal): string[] {
  const scopes = [`user:${principal.userId}`];
  if (principal.institutionId) scopes.push(`institution:${principal.institutionId}`);
  if (principal.teamId && TEAM_MEMBERS.includes(principal.role)) {
    scopes.push(`team:${principal.teamId}`);
  }
  return scopes;
}

/**
 * The scope a row of `table` with `key` gets when `principal` writes it, or `undefined` when the
 * principal may not write that table at all. A write to an existing row in another scope is
 * forbidden (the caller compares).
 */
export function writeScope(
  principal: Principal,
  table: TableName,
  key: string,
): string | undefined {
  if (!WRITABLE_TABLES[principal.role].includes(table)) return undefined;
  switch (TABLE_SCOPES[table]) {
    case 'user':
      return `user:${principal.userId}`;
    case 'institution':
      return `institution:${key}`;
    case 'team':
      return principal.teamId ? `team:${principal.teamId}` : undefined;
    default:
      return undefined; // shared and staff scopes: not yet writable
  }
}
