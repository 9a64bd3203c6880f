import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, so ten thousand entries
 * scroll as smoothly as ten. Rows are measured, so they may wrap at large text sizes.
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimateSize = 72,
  label,
}: {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  estimateSize?: number;
  label: string;
}) {
  const parentRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render; the React Compiler skips memoising this
  // component, which is what we want for a list that re-measures while scrolling.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index] as T),
    overscan: 8,
  });

  return (
    // A scrollable region must be focusable so keyboard users can scroll it (axe:
    // scrollable-region-focusable); jsx-a11y does not know that case.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={parentRef} className="virtual-list" tabIndex={0} role="region" aria-label={label}>
      <ul
        className="virtual-list-inner nobullet-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="virtual-list-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index] as T)}
          </li>
        ))}
      </ul>
    </div>
  );
}
