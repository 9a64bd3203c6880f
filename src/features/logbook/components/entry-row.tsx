import { useTranslation } from 'react-i18next';
import type { LogbookEntry } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDateTime } from '@/lib/format';

/** One logbook entry in a list. */
export function EntryRow({ entry }: { entry: LogbookEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="entry-title">{t(`logbook.kinds.${entry.kind}`)}</p>
      <p className="entry-meta">{formatDateTime(entry.createdAt, localeFor(i18n.language))}</p>
      <p className="entry-text">{entry.text}</p>
    </>
  );
}
