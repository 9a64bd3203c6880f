import { useTranslation } from 'react-i18next';
import { RecentSection } from '@/ui/recent-section';
import { useEntries } from '../hooks/use-entries';
import { EntryForm } from './entry-form';
import { EntryRow } from './entry-row';

/** The caseworker's home: a quick logbook note and the last few notes. */
export function CaseworkerHome() {
  const { t } = useTranslation();
  const recent = useEntries(5);
  return (
    <>
      <p>{t('home.caseworkerLead')}</p>
      <EntryForm />
      <RecentSection
        id="recent-entries"
        title={t('home.recentEntries')}
        seeAllTo="/logbog"
        seeAllLabel={t('home.seeAll')}
        emptyText={t('home.nothingYet')}
        items={recent}
        getKey={(entry) => entry.id}
        renderItem={(entry) => <EntryRow entry={entry} />}
      />
    </>
  );
}
