import { useTranslation } from 'react-i18next';
import type { Activity } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDate, formatDuration, parseIsoDate } from '@/lib/format';
import { activityLabel } from './activity-label';

/** One activity in a list: type, date and duration, and the note if any. */
export function ActivityRow({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <>
      <p className="entry-title">{activityLabel(t, activity.activityType)}</p>
      <p className="entry-meta">
        {formatDate(parseIsoDate(activity.date), locale)} ·{' '}
        {formatDuration(activity.durationMinutes, locale)}
      </p>
      {activity.note && <p className="entry-text">{activity.note}</p>}
    </>
  );
}
