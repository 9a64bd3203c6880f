import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import type { SplitTotal } from '../model';
import { hours } from './period-label';

/** Hours this year and in all, per institution or per activity type. */
export function BreakdownTable({
  id,
  title,
  firstColumn,
  rows,
}: {
  id: string;
  title: string;
  firstColumn: string;
  rows: { key: string; label: string; total: SplitTotal }[];
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="table table--compact breakdown-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col" className="numeric">
              {t('volunteer.overview.thisYearHours')}
            </th>
            <th scope="col" className="numeric">
              {t('volunteer.overview.allHours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{hours(row.total.thisYear, locale)}</td>
              <td className="numeric">{hours(row.total.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
