/**
 * The app's one database connection.
 *
 * When another tab upgrades the schema, this tab closes its connection (so the upgrade is not
 * blocked) and asks the user to reload instead of failing the next write.
 */
import { DB_NAME, SamspilDb } from '@/db/database';
import { useShellStore } from './store';

/** Opens the database for the running app (tests construct their own). */
export function openAppDb(name: string = DB_NAME): SamspilDb {
  const db = new SamspilDb(name);
  db.on('versionchange', () => {
    db.close();
    useShellStore.setState({ dbClosed: true });
    return false;
  });
  return db;
}
