/**
 * The confidentiality declaration: the volunteer read the institution's text and accepted it.
 * The signed paper declaration stays the legal document; this row records the reading.
 */
import { observeClock } from '@/db/clock';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Declaration } from '@/db/schema';
import { isMine } from '../model';
import { loadVolunteerPlace, type VolunteerPlace } from './context';

/** The volunteer's place and their declaration for it, if any. */
export type DeclarationView = VolunteerPlace & { declaration?: Declaration };

function newestAcceptance(rows: readonly Declaration[]): Declaration | undefined {
  return [...rows].sort((a, b) => (b.acceptedAt || 0) - (a.acceptedAt || 0))[0];
}

async function declarationsFor(db: SamspilDb, place: VolunteerPlace): Promise<Declaration[]> {
  const { institutionId, volunteerId } = place;
  if (!institutionId) return [];
  const rows = await db.declarations.toArray();
  return rows.filter(
    (row) => !row._deleted && row.institutionId === institutionId && isMine(row, volunteerId),
  );
}

/** The institution (with its confidentiality text) and the volunteer's acceptance. */
export async function loadDeclaration(db: SamspilDb): Promise<DeclarationView> {
  const place = await loadVolunteerPlace(db);
  const declaration = newestAcceptance(await declarationsFor(db, place));
  return { ...place, ...(declaration ? { declaration } : {}) };
}

/** Records that the volunteer accepted the confidentiality text now; durable when it resolves. */
export async function acceptDeclaration(
  db: SamspilDb,
  now: number = Date.now(),
): Promise<Declaration> {
  const place = await loadVolunteerPlace(db);
  const { institutionId, volunteerId } = place;
  if (!institutionId) throw new Error('acceptDeclaration: the profile has no institution');
  const tables = [db.declarations, db.institutions, db.outbox, db.syncState];
  return db.transaction('rw', tables, async () => {
    // The acceptance must sort after the text it accepts, even when the text came from a phone
    // whose clock runs ahead: move our clock past the text's stamp before stamping the acceptance.
    const textClock = (await db.institutions.get(institutionId))?._hlc.confidentialityText;
    if (textClock) await observeClock(db, textClock, now);
    const existing = newestAcceptance(await declarationsFor(db, place));
    return mutate(
      db,
      {
        table: 'declarations',
        op: 'put',
        ...(existing
          ? { key: existing.id, fields: { acceptedAt: now } }
          : {
              fields: {
                ...(volunteerId ? { volunteerId } : {}),
                institutionId,
                acceptedAt: now,
              },
            }),
      },
      now,
    );
  });
}
