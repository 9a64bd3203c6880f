import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { LogbookEntry } from '@/db/schema';

/** Stores an entry as the caseworker's own (like the form would). */
export function seedEntry(
  db: SamspilDb,
  fields: Partial<Omit<LogbookEntry, 'id' | '_hlc'>> & { text: string },
): Promise<LogbookEntry> {
  return mutate(db, {
    table: 'logbookEntries',
    op: 'put',
    fields: { kind: 'good', tags: [], createdAt: Date.now(), ...fields },
  });
}

/** jsdom has no layout: give the virtual list a phone's size so it renders rows. */
export function giveListASize(): void {
  const size = (value: number) =>
    function (this: Element) {
      return this.classList.contains('virtual-list') ? value : 0;
    };
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(size(640));
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(size(360));
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('virtual-list-row') ? 120 : 0;
  });
}
