import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastMonths, lastWeeks, todayIso } from '@/lib/dates';
import { useUnits } from '../hooks/use-overview';
import { CheckInsSection } from './check-ins-section';
import { ChecklistsSection } from './checklists-section';
import { HoursSection } from './hours-section';
import { TipsSection } from './tips-section';
import './leader.css';

/**
 * The leader's home: the municipality's totals (hours, checklists, tips read, check-ins), each with
 * a chart and a CSV file. Totals only: no person's name or text ever reaches this screen.
 */
export function LeaderHome() {
  const { t } = useTranslation();
  // The periods are fixed when the screen opens (a screen left open over midnight keeps its columns).
  const [periods] = useState(() => {
    const today = todayIso();
    return { months: lastMonths(today, 12), weeks: lastWeeks(today, 8) };
  });
  const units = useUnits();
  if (!units) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="leader-overview">
      <p>{t('leader.intro')}</p>
      <p className="muted">{t('leader.syncNote')}</p>
      <HoursSection units={units} months={periods.months} />
      <ChecklistsSection units={units} />
      <TipsSection units={units} />
      <CheckInsSection units={units} weeks={periods.weeks} />
    </div>
  );
}
