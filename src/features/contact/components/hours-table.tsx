import { useTranslation } from 'react-i18next';
import type { VolunteerHours } from '@/db/schema';
import { localeFor } from '@/i18n';
import { monthOf, todayIso } from '@/lib/dates';
import { formatDuration, formatNumber } from '@/lib/format';
import { lastMonths } from '../model';
import { formatMonth } from './format';

/**
 * The volunteer's hours per month for the last 12 months (totals only), newest first; named by
 * the heading `labelledBy` (no caption that repeats it).
 */
export function HoursTable({
  hours,
  labelledBy,
}: {
  hours: readonly VolunteerHours[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const byMonth = new Map<string, { minutes: number; entries: number }>();
  for (const row of hours) {
    const sum = byMonth.get(row.month) ?? { minutes: 0, entries: 0 };
    byMonth.set(row.month, {
      minutes: sum.minutes + row.minutes,
      entries: sum.entries + row.entries,
    });
  }
  const months = lastMonths(monthOf(todayIso()), 12);
  let total = 0;
  for (const month of months) total += byMonth.get(month)?.minutes ?? 0;
  return (
    <div className="contact-table-wrap">
      <table className="table table--compact" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('contact.volunteer.hoursMonth')}</th>
            <th scope="col">{t('contact.volunteer.hoursTotal')}</th>
            <th scope="col">{t('contact.volunteer.hoursEntries')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => {
            const sum = byMonth.get(month);
            return (
              <tr key={month}>
                <th scope="row">{formatMonth(month, locale)}</th>
                <td>{formatDuration(sum?.minutes ?? 0, locale)}</td>
                <td>{formatNumber(sum?.entries ?? 0, locale)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('contact.volunteer.hoursSum')}</th>
            <td>{formatDuration(total, locale)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
