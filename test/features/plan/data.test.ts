import { PLAN_TEMPLATES } from '@/content/plan-templates';
import {
  addItem,
  createChecklist,
  deleteChecklist,
  readChecklist,
  savePositions,
} from '@/features/plan/data/checklists';
import { moveItem } from '@/features/plan/model';
import { freshDb } from '../../helpers/db';

describe('checklist data', () => {
  it('copies a template in one transaction: a failure half-way leaves no rows and no outbox', async () => {
    const db = freshDb();
    let created = 0;
    db.checklistItems.hook('creating', () => {
      created += 1;
      if (created === 4) throw new Error('disk full');
    });
    await expect(
      createChecklist(db, {
        title: 'Indførelse',
        template: 'implementation',
        items: PLAN_TEMPLATES.da.implementation.items,
      }),
    ).rejects.toThrow('disk full');
    expect(await db.checklists.count()).toBe(0);
    expect(await db.checklistItems.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('adds items at the end and moves them by writing only positions', async () => {
    const db = freshDb();
    const list = await createChecklist(db, { title: 'Egen', template: '', items: ['a', 'b'] });
    await addItem(db, list.id, 'c');
    let items = (await readChecklist(db, list.id))?.items ?? [];
    expect(items.map((i) => [i.text, i.position])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);

    const before = await db.outbox.count();
    await savePositions(db, moveItem(items, 2, -1));
    const written = (await db.outbox.toArray()).slice(before);
    expect(written.map((entry) => entry.fields)).toEqual([{ position: 1 }, { position: 2 }]);
    items = (await readChecklist(db, list.id))?.items ?? [];
    expect(items.map((i) => i.text)).toEqual(['a', 'c', 'b']);
  });

  it('deletes a checklist with its items as tombstones', async () => {
    const db = freshDb();
    const list = await createChecklist(db, { title: 'Væk', template: '', items: ['a', 'b'] });
    await deleteChecklist(db, list.id);
    expect(await readChecklist(db, list.id)).toBeNull();
    const items = await db.checklistItems.toArray();
    expect(items.every((item) => item._deleted && !('text' in item))).toBe(true);
  });
});
