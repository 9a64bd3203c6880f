import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A home-screen section: a heading, a "see all" link and the newest few entries. */
export function RecentSection<T>({
  id,
  title,
  seeAllTo,
  seeAllLabel,
  emptyText,
  items,
  getKey,
  renderItem,
}: {
  id: string;
  title: string;
  seeAllTo: string;
  seeAllLabel: string;
  emptyText: string;
  items: readonly T[] | undefined;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={id}>
      <div className="section-header">
        <h2 id={id}>{title}</h2>
        <Link to={seeAllTo}>{seeAllLabel}</Link>
      </div>
      {items && items.length === 0 && <p>{emptyText}</p>}
      {items && items.length > 0 && (
        <ul className="entry-list nobullet-list">
          {items.map((item) => (
            <li key={getKey(item)}>{renderItem(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
