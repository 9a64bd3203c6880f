/**
 * Rows as the contact person's device holds them after a pull: written straight into Dexie (no
 * outbox entry), with the scope the server gave them. Only the profile is written through
 * `mutate()`, as the join step does.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { RowOf, SyncedTableName } from '@/db/schema';
import { addDays, addMonths, monthOf, todayIso } from '@/lib/dates';
import { newId } from '@/lib/ids';

/** Puts a row as if pulled from the server. */
export async function pulled<N extends SyncedTableName>(
  db: SamspilDb,
  table: N,
  row: Omit<RowOf[N], '_hlc'> & { _hlc?: Record<string, string> },
  scope: string,
): Promise<void> {
  await db.synced(table).put({ _hlc: {}, ...row, _scope: scope } as RowOf[N]);
}

/** The ids the fixture made. */
export type Place = {
  institutionId: string;
  birthe: string;
  omar: string;
  itemIds: string[];
};

/** A contact person (Hanne) at Solhjem, with an institution row and a three-item checklist. */
export async function contactAt(
  db: SamspilDb,
  institution: Partial<RowOf['institutions']> = {},
): Promise<Pick<Place, 'institutionId' | 'itemIds'>> {
  const institutionId = newId();
  await mutate(db, {
    table: 'profile',
    op: 'put',
    fields: { role: 'contact', displayName: 'Hanne', institutionId },
  });
  await pulled(
    db,
    'institutions',
    { id: institutionId, name: 'Solhjem Plejecenter', ...institution },
    `institution:${institutionId}`,
  );
  const itemIds: string[] = [];
  for (const [position, title] of ['Rundvisning', 'Tavshedspligt', 'Navneskilt'].entries()) {
    const id = newId();
    itemIds.push(id);
    await pulled(
      db,
      'introItems',
      { id, institutionId, position, title, body: `Om ${title.toLowerCase()}` },
      `institution:${institutionId}`,
    );
  }
  await db.outbox.clear();
  return { institutionId, itemIds };
}

/** Adds a volunteer to the roster. */
export async function volunteer(
  db: SamspilDb,
  institutionId: string,
  displayName: string,
  joinedAt = Date.UTC(2026, 0, 5),
): Promise<string> {
  const id = newId();
  await pulled(db, 'volunteers', { id, institutionId, displayName, joinedAt }, `shared:${id}`);
  return id;
}

/** Hanne's place with Birthe (active, a few things waiting) and Omar (new, a concern). */
export async function seedPlace(db: SamspilDb): Promise<Place> {
  const { institutionId, itemIds } = await contactAt(db, {
    requiresConfidentiality: true,
    confidentialityText: 'Det, du ser og hører, bliver her.',
    worksWithChildren: true,
  });
  const birthe = await volunteer(db, institutionId, 'Birthe');
  const omar = await volunteer(db, institutionId, 'Omar');
  const shared = (id: string) => `shared:${id}`;
  const now = Date.now();
  const [first = '', second = ''] = itemIds;
  await pulled(
    db,
    'introProgress',
    {
      id: newId(),
      volunteerId: birthe,
      institutionId,
      itemId: first,
      doneAt: now,
      confirmedAt: now,
    },
    shared(birthe),
  );
  await pulled(
    db,
    'introProgress',
    { id: newId(), volunteerId: birthe, institutionId, itemId: second, doneAt: now },
    shared(birthe),
  );
  await pulled(
    db,
    'declarations',
    { id: newId(), volunteerId: birthe, institutionId, acceptedAt: Date.UTC(2026, 0, 7, 12) },
    shared(birthe),
  );
  // Birthe's child certificate must be renewed within the month.
  const soon = addDays(todayIso(), 20);
  await pulled(
    db,
    'certificates',
    { id: newId(), volunteerId: birthe, kind: 'child', status: 'approved', renewBy: soon },
    shared(birthe),
  );
  const thisMonth = monthOf(todayIso());
  for (const [month, minutes] of [
    [thisMonth, 240],
    [addMonths(thisMonth, -1), 90],
    [addMonths(thisMonth, -13), 600],
  ] as const) {
    await pulled(
      db,
      'volunteerHours',
      { id: newId(), volunteerId: birthe, institutionId, month, minutes, entries: 2 },
      shared(birthe),
    );
  }
  await pulled(
    db,
    'concerns',
    {
      id: newId(),
      volunteerId: omar,
      institutionId,
      preferredTime: 'I eftermiddag efter kl. 15',
      message: 'Jeg er bekymret for en beboer.',
      createdAt: now - 60_000,
      status: 'new',
    },
    `staff:${institutionId}`,
  );
  return { institutionId, birthe, omar, itemIds };
}

/** A claim from a volunteer, as pulled (no status: submitted). */
export async function claim(
  db: SamspilDb,
  place: Pick<Place, 'institutionId'>,
  volunteerId: string,
  fields: Partial<RowOf['expenses']> = {},
): Promise<string> {
  const id = newId();
  await pulled(
    db,
    'expenses',
    {
      id,
      volunteerId,
      institutionId: place.institutionId,
      date: '2026-03-02',
      amountOre: 4800,
      category: 'transport',
      description: 'Buskort',
      createdAt: Date.now(),
      ...fields,
    },
    `shared:${volunteerId}`,
  );
  return id;
}
