import { useTranslation } from 'react-i18next';
import { RecentSection } from '@/ui/recent-section';
import { useRecentActivities } from '../hooks/use-activities';
import { ActivityForm } from './activity-form';
import { ActivityRow } from './activity-row';

/** The volunteer's home: the quick form and the last few activities. */
export function VolunteerHome() {
  const { t } = useTranslation();
  const recent = useRecentActivities(5);
  return (
    <>
      <p>{t('home.volunteerLead')}</p>
      <ActivityForm />
      <RecentSection
        id="recent-activities"
        title={t('home.recentActivities')}
        seeAllTo="/aktiviteter"
        seeAllLabel={t('home.seeAll')}
        emptyText={t('home.nothingYet')}
        items={recent}
        getKey={(activity) => activity.id}
        renderItem={(activity) => <ActivityRow activity={activity} />}
      />
    </>
  );
}
