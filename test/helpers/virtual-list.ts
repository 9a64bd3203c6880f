import { vi } from 'vitest';

/**
 * jsdom has no layout: gives `VirtualList`'s scroll area a phone's size (360 × 640) and each row
 * `rowHeight` pixels, so the window has rows to render.
 */
export function giveListASize(rowHeight = 120): void {
  const size = (value: number) =>
    function (this: Element) {
      return this.classList.contains('virtual-list') ? value : 0;
    };
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(size(640));
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(size(360));
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('virtual-list-row') ? rowHeight : 0;
  });
}
