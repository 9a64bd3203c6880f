import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '@/db/schema';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate, formatDuration, formatTime } from '@/lib/format';
import { activityLabel } from './activity-label';

/** One activity in a list: type, date and duration, and the note if any; opens it for editing. */
export function ActivityRow({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const meta = [
    formatDate(parseIsoDate(activity.date), locale),
    activity.startTime && t('volunteer.row.at', { time: formatTime(activity.startTime, locale) }),
    formatDuration(activity.durationMinutes, locale),
    activity.participants !== undefined &&
      t('volunteer.row.participants', { count: activity.participants }),
  ].filter(Boolean);
  return (
    <Link to={`/aktiviteter/${activity.id}`} className="entry-link">
      <span className="entry-title">{activityLabel(t, activity.activityType)}</span>
      <span className="entry-meta">{meta.join(' · ')}</span>
      {activity.note && <span className="entry-text">{activity.note}</span>}
    </Link>
  );
}
