import { useTranslation } from 'react-i18next';
import type { PlanItem } from '@/db/schema';
import { todayIso } from '@/lib/dates';
import { splitByToday } from '../model';
import { PlanRow } from './plan-row';

/** Upcoming activities, soonest first; earlier ones folded away below. */
export function PlanList({ items }: { items: PlanItem[] }) {
  const { t } = useTranslation();
  const { upcoming, past } = splitByToday(items, todayIso());
  return (
    <>
      <section className="section" aria-labelledby="plan-upcoming">
        <h2 id="plan-upcoming">{t('plan.activities.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('plan.activities.noUpcoming')}</p>
        ) : (
          <ul className="entry-list">
            {upcoming.map((item) => (
              <li key={item.id}>
                <PlanRow item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <details className="section plan-past">
          <summary>{t('plan.activities.past', { count: past.length })}</summary>
          <ul className="entry-list">
            {past.map((item) => (
              <li key={item.id}>
                <PlanRow item={item} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
