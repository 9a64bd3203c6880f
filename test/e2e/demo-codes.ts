/**
 * The demo invitation codes of the e2e server, read from its SQLite file (server_meta `demo`).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { E2E_DATA_DIR } from '../../playwright.config';

type DemoInvitation = { role: string; code: string };

/** The demo code for `role`; waits briefly while the server creates the demo data at start. */
export async function demoCode(
  role: 'volunteer' | 'caseworker' | 'contact' | 'leader' | 'admin',
): Promise<string> {
  const file = path.join(E2E_DATA_DIR, 'samspil.db');
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        const row = db.prepare("select value from server_meta where key = 'demo'").get() as
          { value: string } | undefined;
        const found =
          row && (JSON.parse(row.value) as DemoInvitation[]).find((i) => i.role === role);
        if (found) return found.code;
      } finally {
        db.close();
      }
    } catch {
      // Not created yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No demo invitation code for ${role} in ${file}`);
}
