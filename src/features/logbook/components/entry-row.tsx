import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LogbookEntry } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDateTime } from '@/lib/format';

/** One logbook entry in a list; with `linked` the whole row opens the note. */
export function EntryRow({
  entry,
  linked = false,
  answered = false,
}: {
  entry: LogbookEntry;
  linked?: boolean;
  answered?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const body = (
    <>
      <p className="entry-title">
        {t(`logbook.kinds.${entry.kind}`)}
        {entry.sharedAt !== undefined && (
          <span className="entry-badge">
            {t(answered ? 'logbook.badgeAnswered' : 'logbook.badgeShared')}
          </span>
        )}
      </p>
      <p className="entry-meta">{formatDateTime(entry.createdAt, localeFor(i18n.language))}</p>
      <p className="entry-text">{entry.text}</p>
      {entry.tags.length > 0 && <p className="entry-tags muted">{entry.tags.join(' · ')}</p>}
    </>
  );
  return linked ? (
    <Link to={`/logbog/${entry.id}`} className="entry-link">
      {body}
    </Link>
  ) : (
    body
  );
}
