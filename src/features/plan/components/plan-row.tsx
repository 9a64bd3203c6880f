import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanItem } from '@/db/schema';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate, formatTime } from '@/lib/format';

/** The time span of an activity (`09.00–11.30` in Danish), or "all day". */
export function useTimeText(): (item: PlanItem) => string {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (item) =>
    item.startTime
      ? [item.startTime, item.endTime]
          .filter((time): time is string => Boolean(time))
          .map((time) => formatTime(time, locale))
          .join('–')
      : t('plan.activities.allDay');
}

/** One activity in a list: title, when, kind and status, who; opens it for editing. */
export function PlanRow({ item, showDate = true }: { item: PlanItem; showDate?: boolean }) {
  const { t, i18n } = useTranslation();
  const timeText = useTimeText();
  const when = [
    showDate && formatDate(parseIsoDate(item.date), localeFor(i18n.language)),
    timeText(item),
  ]
    .filter(Boolean)
    .join(' · ');
  const people = [
    item.responsible && `${t('plan.activities.responsible')}: ${item.responsible}`,
    item.participants && `${t('plan.activities.participants')}: ${item.participants}`,
    item.caseRefs?.length && `${t('plan.activities.caseRefs')}: ${item.caseRefs.join(', ')}`,
  ].filter(Boolean);
  return (
    <Link to={`/aktivitetsplan/${item.id}`} className="entry-link">
      <span className="entry-title">{item.title}</span>
      <span className="entry-meta">
        {when} · {t(`plan.activities.kinds.${item.kind}`)} ·{' '}
        <span className={`plan-status plan-status-${item.status}`}>
          {t(`plan.activities.statuses.${item.status}`)}
        </span>
      </span>
      {people.length > 0 && <span className="entry-text">{people.join('\n')}</span>}
    </Link>
  );
}
