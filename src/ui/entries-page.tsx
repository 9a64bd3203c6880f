import type { ReactNode } from 'react';
import { Page } from './page';
import { VirtualList } from './virtual-list';

/**
 * A screen listing every entry of one kind: loading, empty, or a summary line over a windowed list.
 */
export function EntriesPage<T>({
  title,
  items,
  loadingText,
  emptyText,
  summary,
  getKey,
  renderItem,
}: {
  title: string;
  items: readonly T[] | undefined;
  loadingText: string;
  emptyText: string;
  summary: (items: readonly T[]) => string;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}) {
  return (
    <Page title={title}>
      {items === undefined ? (
        <p className="muted">{loadingText}</p>
      ) : items.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <>
          <p className="summary-line">{summary(items)}</p>
          <VirtualList label={title} items={items} getKey={getKey} renderItem={renderItem} />
        </>
      )}
    </Page>
  );
}
