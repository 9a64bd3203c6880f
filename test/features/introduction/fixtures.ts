/**
 * Rows as the server would hand them to a volunteer's phone: the profile and session from joining,
 * the institution, its checklist and the contact person's records. Written straight into Dexie,
 * as a pull applies them (no outbox entries).
 */
import { configure } from '@testing-library/react';
import type { SamspilDb } from '@/db/database';
import type {
  Certificate,
  Institution,
  IntroItem,
  IntroProgress,
  SyncedRow,
  VolunteerRosterEntry,
} from '@/db/schema';
import { addDays, todayIso } from '@/lib/dates';
import { encodeHlc } from '@/lib/hlc';
import { newId } from '@/lib/ids';
import { saveSession } from '@/sync/state';

// Each screen's module loads lazily; on a busy machine (two cores shared by several test runs) its
// first import in a test file can take longer than the default second for a findBy query, and a
// test that renders, runs axe twice and navigates longer than the default five seconds.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

export const VOLUNTEER_ID = newId();
export const INSTITUTION_ID = newId();
const SERVER_NODE = '00000000000000aa';

/** A pulled row's per-field clocks, all at `millis`. */
export function clocks(fields: object, millis = Date.now() - 60_000): Record<string, string> {
  const stamp = encodeHlc({ millis, counter: 0, node: SERVER_NODE });
  return Object.fromEntries(Object.keys(fields).map((name) => [name, stamp]));
}

function pulled<T extends object>(fields: T, scope: string, millis?: number): T & SyncedRow {
  return { id: newId(), ...fields, _hlc: clocks(fields, millis), _scope: scope };
}

/** Signs the phone in as a volunteer at the institution, as joining with a code does. */
export async function joinAsVolunteer(db: SamspilDb, displayName = 'Omar') {
  await saveSession(db, {
    accessToken: 'access',
    refreshToken: 'refresh',
    deviceId: newId(),
    userId: VOLUNTEER_ID,
    role: 'volunteer',
    institutionId: INSTITUTION_ID,
    teamId: null,
    accessExpiresAt: Date.now() + 15 * 60_000,
  });
  const fields = { role: 'volunteer' as const, displayName, institutionId: INSTITUTION_ID };
  await db.profile.put(pulled(fields, `user:${VOLUNTEER_ID}`));
}

/** The institution's row with `fields` (name defaults to Solhjem). */
export async function putInstitution(
  db: SamspilDb,
  fields: Partial<Omit<Institution, keyof SyncedRow>> = {},
  millis?: number,
): Promise<Institution> {
  const row = {
    ...pulled({ name: 'Solhjem Plejecenter', ...fields }, `institution:${INSTITUTION_ID}`, millis),
    id: INSTITUTION_ID,
  };
  await db.institutions.put(row);
  return row;
}

/** The contact person's checklist: one item per title, in the given order. */
export async function putIntroItems(
  db: SamspilDb,
  titles: readonly string[],
): Promise<IntroItem[]> {
  const rows = titles.map((title, index) =>
    pulled(
      { institutionId: INSTITUTION_ID, position: index * 10, title },
      `institution:${INSTITUTION_ID}`,
    ),
  );
  // Stored in reverse, so a screen that forgets to sort by position shows them wrongly.
  await db.introItems.bulkPut([...rows].reverse());
  return rows;
}

/** A progress row as the contact person's confirmation (or an older tick) arrives. */
export async function putProgress(
  db: SamspilDb,
  fields: Omit<IntroProgress, keyof SyncedRow | 'institutionId' | 'volunteerId'> &
    Partial<Pick<IntroProgress, 'volunteerId'>>,
): Promise<IntroProgress> {
  const row = pulled(
    { volunteerId: VOLUNTEER_ID, institutionId: INSTITUTION_ID, ...fields },
    `shared:${VOLUNTEER_ID}`,
  );
  await db.introProgress.put(row);
  return row;
}

/** A certificate status recorded by the contact person. */
export async function putCertificate(
  db: SamspilDb,
  fields: Omit<Certificate, keyof SyncedRow | 'volunteerId'> &
    Partial<Pick<Certificate, 'volunteerId'>>,
): Promise<Certificate> {
  const row = pulled({ volunteerId: VOLUNTEER_ID, ...fields }, `shared:${VOLUNTEER_ID}`);
  await db.certificates.put(row);
  return row;
}

/** The volunteer's roster row as the server keeps it, with what the contact person marked. */
export async function putRosterRow(
  db: SamspilDb,
  fields: Partial<Omit<VolunteerRosterEntry, keyof SyncedRow>> = {},
): Promise<VolunteerRosterEntry> {
  const row = {
    ...pulled(
      { institutionId: INSTITUTION_ID, displayName: 'Omar', joinedAt: Date.now(), ...fields },
      `shared:${VOLUNTEER_ID}`,
    ),
    id: VOLUNTEER_ID,
  };
  await db.volunteers.put(row);
  return row;
}

/** `YYYY-MM-DD`, `days` from today (local time). */
export function isoInDays(days: number, from: Date = new Date()): string {
  return addDays(todayIso(from), days);
}
