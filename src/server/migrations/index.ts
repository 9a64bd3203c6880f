/**
 * The numbered migrations, listed statically (no file-system scan, so bundling and tsx both work).
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../store/dialect';
import { initial } from './001_initial';

/** Every migration for `dialect`, by name; names sort in the order they run. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001_initial': initial(dialect),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
