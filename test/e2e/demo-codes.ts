/**
 * The demo invitation codes of the e2e server the running test talks to, read from its database
 * (server_meta `demo`): the SQLite file, or for the `postgres` project the cluster whose URL
 * postgres-server.ts wrote down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { E2E_DATA_DIR, E2E_POSTGRES_URL_FILE, POSTGRES_PROJECT } from '../../playwright.config';

type DemoInvitation = { role: string; code: string };

/** The stored demo list, if the server has made it; throws while its database is not there. */
async function readDemo(): Promise<string | undefined> {
  if (test.info().project.name === POSTGRES_PROJECT) {
    const client = new pg.Client({ connectionString: readFileSync(E2E_POSTGRES_URL_FILE, 'utf8') });
    await client.connect();
    try {
      const result = await client.query<{ value: string }>(
        "select value from server_meta where key = 'demo'",
      );
      return result.rows[0]?.value;
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(E2E_DATA_DIR, 'samspil.db'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const row = db.prepare("select value from server_meta where key = 'demo'").get() as
      { value: string } | undefined;
    return row?.value;
  } finally {
    db.close();
  }
}

/** The demo code for `role`; waits briefly while the server creates the demo data at start. */
export async function demoCode(
  role: 'volunteer' | 'caseworker' | 'contact' | 'leader' | 'admin',
): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const demo = await readDemo();
      const found = demo && (JSON.parse(demo) as DemoInvitation[]).find((i) => i.role === role);
      if (found) return found.code;
    } catch {
      // Not created yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No demo invitation code for ${role} (project ${test.info().project.name})`);
}
