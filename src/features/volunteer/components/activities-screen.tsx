import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { localeFor } from '@/i18n';
import { formatDuration } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { EntriesPage } from '@/ui/entries-page';
import { useActivities } from '../hooks/use-activities';
import { totalMinutes } from '../model';
import { ActivityRow } from './activity-row';
import './volunteer.css';

/** Every activity the volunteer has logged, newest first, with the total; each opens for editing. */
export function ActivitiesScreen() {
  const { t, i18n } = useTranslation();
  const activities = useActivities();
  const location = useLocation();
  const deleted = (location.state as { deleted?: boolean } | null)?.deleted === true;
  const locale = localeFor(i18n.language);
  return (
    <>
      <div role="status">
        {deleted && <Alert tone="success">{t('volunteer.edit.deleted')}</Alert>}
      </div>
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
      <p className="section">
        <Link to="/oversigt">{t('volunteer.home.overview')}</Link>
      </p>
    </>
  );
}
