import { useTranslation } from 'react-i18next';
import { RecentSection } from '@/ui/recent-section';
import { useEntries } from '../hooks/use-entries';
import { WeeklyCheckIn } from './check-in';
import { EntryForm } from './entry-form';
import { EntryRow } from './entry-row';

/** The caseworker's home: a quick logbook note, the last few notes and the weekly check-in. */
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
        renderItem={(entry) => <EntryRow entry={entry} linked />}
      />
      <WeeklyCheckIn />
    </>
  );
}
