import { useTranslation } from 'react-i18next';
import type { PlanItem } from '@/db/schema';
import { localeFor } from '@/i18n';
import { addDays, isoWeekOf, parseIsoDate, todayIso } from '@/lib/dates';
import { groupWeek } from '../model';
import { PlanRow } from './plan-row';

/** One ISO week, Monday first, with buttons to the previous, this and the next week. */
export function WeekView({
  items,
  monday,
  onMonday,
}: {
  items: PlanItem[];
  monday: string;
  onMonday: (monday: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const dayName = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const { year, week } = isoWeekOf(monday);
  const today = todayIso();
  const heading = t('plan.activities.weekTitle', { week, year });
  return (
    <section className="section" aria-labelledby="plan-week">
      <h2 id="plan-week" aria-live="polite">
        {heading}
      </h2>
      <div className="plan-week-nav">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onMonday(addDays(monday, -7))}
        >
          {t('plan.activities.previousWeek')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onMonday(today)}>
          {t('plan.activities.thisWeek')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onMonday(addDays(monday, 7))}
        >
          {t('plan.activities.nextWeek')}
        </button>
      </div>
      {groupWeek(items, monday).map((day) => (
        <div
          key={day.date}
          className={`plan-day${day.date === today ? ' plan-day-today' : ''}`}
          aria-current={day.date === today ? 'date' : undefined}
        >
          <h3>{dayName.format(parseIsoDate(day.date))}</h3>
          {day.items.length === 0 ? (
            <p className="entry-meta">{t('plan.activities.nothingThisDay')}</p>
          ) : (
            <ul className="entry-list">
              {day.items.map((item) => (
                <li key={item.id}>
                  <PlanRow item={item} showDate={false} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
