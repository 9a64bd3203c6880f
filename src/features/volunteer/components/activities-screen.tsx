import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDuration } from '@/lib/format';
import { EntriesPage } from '@/ui/entries-page';
import { useActivities } from '../hooks/use-activities';
import { totalMinutes } from '../model';
import { ActivityRow } from './activity-row';

/** Every activity the volunteer has logged, newest first, with the total. */
export function ActivitiesScreen() {
  const { t, i18n } = useTranslation();
  const activities = useActivities();
  const locale = localeFor(i18n.language);
  return (
    <EntriesPage
      title={t('activity.listTitle')}
      items={activities}
      loadingText={t('app.loading')}
      emptyText={t('activity.empty')}
      summary={(items) =>
        t('activity.total', {
          duration: formatDuration(totalMinutes(items), locale),
          count: items.length,
        })
      }
      getKey={(activity) => activity.id}
      renderItem={(activity) => <ActivityRow activity={activity} />}
    />
  );
}
