import { useTranslation } from 'react-i18next';
import { EntriesPage } from '@/ui/entries-page';
import { useEntries } from '../hooks/use-entries';
import { EntryRow } from './entry-row';

/** The whole private logbook, newest first. */
export function LogbookScreen() {
  const { t } = useTranslation();
  const entries = useEntries();
  return (
    <EntriesPage
      title={t('logbook.listTitle')}
      items={entries}
      loadingText={t('app.loading')}
      emptyText={t('logbook.empty')}
      summary={(items) => t('logbook.count', { count: items.length })}
      getKey={(entry) => entry.id}
      renderItem={(entry) => <EntryRow entry={entry} />}
    />
  );
}
