import { PLAN_TEMPLATE_KEYS, PLAN_TEMPLATES } from '@/content/plan-templates';
import type { ChecklistItem } from '@/db/schema';
import {
  itemsFromTemplate,
  moveItem,
  nextPosition,
  progressByChecklist,
  progressOf,
  sortItems,
  tickFields,
} from '@/features/plan/model';

function row(id: string, position: number, done = false, extra: Partial<ChecklistItem> = {}) {
  return { id, _hlc: {}, checklistId: 'list', position, text: id, done, ...extra } as ChecklistItem;
}

describe('checklist progress', () => {
  it('counts done items among the live ones', () => {
    expect(progressOf([row('a', 0, true), row('b', 1), row('c', 2, true)])).toEqual({
      done: 2,
      total: 3,
    });
    expect(progressOf([row('a', 0, true), row('x', 1, true, { _deleted: true })])).toEqual({
      done: 1,
      total: 1,
    });
    expect(progressOf([])).toEqual({ done: 0, total: 0 });
  });

  it('keeps progress apart per checklist', () => {
    const byList = progressByChecklist([
      row('a', 0, true),
      row('b', 1),
      row('c', 0, true, { checklistId: 'other' }),
    ]);
    expect(byList.get('list')).toEqual({ done: 1, total: 2 });
    expect(byList.get('other')).toEqual({ done: 1, total: 1 });
  });
});

describe('a tick', () => {
  it('writes done, who and when together, and nothing else', () => {
    expect(tickFields(true, 'Jonas', 1_000)).toEqual({
      done: true,
      doneBy: 'Jonas',
      doneAt: 1_000,
    });
    expect(Object.keys(tickFields(false, 'Lene', 2_000)).sort()).toEqual([
      'done',
      'doneAt',
      'doneBy',
    ]);
  });
});

describe('templates', () => {
  it('has the three templates in Danish and English with the same number of items', () => {
    expect(PLAN_TEMPLATES.da.preparation.items).toHaveLength(5);
    expect(PLAN_TEMPLATES.da.implementation.items).toHaveLength(7);
    expect(PLAN_TEMPLATES.da.tenElements.items).toHaveLength(10);
    for (const key of PLAN_TEMPLATE_KEYS) {
      expect(PLAN_TEMPLATES.en[key].items).toHaveLength(PLAN_TEMPLATES.da[key].items.length);
      for (const text of PLAN_TEMPLATES.da[key].items) expect(text.length).toBeLessThan(1000);
    }
  });

  it('copies a template into items numbered in its order, not done', () => {
    const items = itemsFromTemplate('list', PLAN_TEMPLATES.da.preparation.items);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4]);
    expect(items.every((i) => i.checklistId === 'list' && !i.done)).toBe(true);
    expect(items[3]?.text).toBe(PLAN_TEMPLATES.da.preparation.items[3]);
  });
});

describe('ordering', () => {
  it('sorts by position, then by id when two phones gave the same position', () => {
    expect(sortItems([row('b', 1), row('c', 0), row('a', 1)]).map((i) => i.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('adds new items after the last live one', () => {
    expect(nextPosition([])).toBe(0);
    expect(nextPosition([row('a', 0), row('b', 4), row('x', 9, false, { _deleted: true })])).toBe(
      5,
    );
  });

  it('moves an item one step and rewrites only the positions that change', () => {
    const items = [row('a', 0), row('b', 1), row('c', 2)];
    expect(moveItem(items, 2, -1)).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
    expect(moveItem(items, 0, -1)).toEqual([]);
    expect(moveItem(items, 2, 1)).toEqual([]);
    // Tied positions (two phones adding at once) are resolved while moving; b already holds 0.
    expect(moveItem([row('a', 0), row('b', 0), row('c', 0)], 0, 1)).toEqual([
      { id: 'a', position: 1 },
      { id: 'c', position: 2 },
    ]);
  });
});
