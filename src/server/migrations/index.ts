/**
 * The numbered migrations, listed statically (no file-system scan, so bundling and tsx both work).
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../store/dialect';
import { initial } from './001_initial';
import { tombstonesAndTokenSuccessors } from './002_tombstones_and_token_successors';
import { tipsForVolunteers } from './003_tips_for_volunteers';

/** Every migration for `dialect`, by name; names sort in the order they run. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001_initial': initial(dialect),
    '002_tombstones_and_token_successors': tombstonesAndTokenSuccessors(dialect),
    '003_tips_for_volunteers': tipsForVolunteers(),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
