import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatMonth, formatNumber } from '@/lib/format';
import { useHoursOverview } from '../hooks/use-overview';
import { hasHours, hoursCsv, minutesPerMonth, type UnitIndex } from '../model';
import { HiddenTable } from '@/ui/hidden-table';
import { BarChart } from './bar-chart';
import { CsvButton } from './csv-button';
import { hoursNumber, institutionName } from './labels';

/** Volunteers' hours per month (all places or one) and a table per institution, last 12 months. */
export function HoursSection({ units, months }: { units: UnitIndex; months: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const overview = useHoursOverview(units, months);
  const [place, setPlace] = useState('');
  const selectId = useId();
  const perMonth = useMemo(
    () => (overview ? minutesPerMonth(overview, place) : []),
    [overview, place],
  );
  const title = t('leader.hours.title');

  let body;
  if (!overview) {
    body = <p className="muted">{t('app.loading')}</p>;
  } else if (!hasHours(overview)) {
    body = <p>{t('leader.hours.empty')}</p>;
  } else {
    const chosen = overview.institutions.find((row) => row.id === place);
    const placeName = chosen ? institutionName(t, chosen.name) : t('leader.hours.allPlaces');
    const caption = t('leader.hours.caption', { place: placeName });
    const max = Math.max(0, ...perMonth);
    const count = (value: number) => formatNumber(value, locale, 0);
    body = (
      <>
        <div className="form-group">
          <label className="form-label" htmlFor={selectId}>
            {t('leader.hours.place')}
          </label>
          <select
            id={selectId}
            className="form-select"
            value={place}
            onChange={(event) => setPlace(event.target.value)}
          >
            <option value="">{t('leader.hours.allPlaces')}</option>
            {overview.institutions.map((row) => (
              <option key={row.id} value={row.id}>
                {institutionName(t, row.name)}
              </option>
            ))}
          </select>
        </div>
        <BarChart
          caption={caption}
          layout="inline"
          rows={overview.months.map((month, index) => {
            const minutes = perMonth[index] ?? 0;
            return {
              key: month,
              label: formatMonth(month, locale, 'short'),
              bars: [
                {
                  fraction: max > 0 ? minutes / max : 0,
                  value: t('leader.hours.value', { hours: hoursNumber(minutes, locale) }),
                },
              ],
            };
          })}
          table={
            <HiddenTable
              caption={caption}
              columns={[t('leader.hours.month'), t('leader.hours.hours')]}
              rows={overview.months.map((month, index) => ({
                key: month,
                cells: [formatMonth(month, locale), hoursNumber(perMonth[index] ?? 0, locale)],
              }))}
            />
          }
        />
        <h3 id={`${selectId}-table`}>{t('leader.hours.byPlace')}</h3>
        <table className="table table--compact leader-table" aria-labelledby={`${selectId}-table`}>
          <thead>
            <tr>
              <th scope="col">{t('leader.hours.place')}</th>
              <th scope="col" className="numeric">
                {t('leader.hours.hours')}
              </th>
              <th scope="col" className="numeric">
                {t('leader.hours.activities')}
              </th>
              <th scope="col" className="numeric">
                {t('leader.hours.volunteers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.institutions.map((row) => (
              <tr key={row.id}>
                <th scope="row">{institutionName(t, row.name)}</th>
                <td className="numeric">{hoursNumber(row.minutes, locale)}</td>
                <td className="numeric">{count(row.entries)}</td>
                <td className="numeric">{count(row.peakVolunteers)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('leader.total')}</th>
              <td className="numeric">{hoursNumber(overview.minutes, locale)}</td>
              <td className="numeric">{count(overview.entries)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
        <p className="muted">{t('leader.hours.volunteersNote')}</p>
        <CsvButton
          what={title}
          fileName={t('leader.hours.fileName')}
          make={() =>
            hoursCsv(overview, {
              headings: {
                institution: t('leader.hours.place'),
                month: t('leader.hours.month'),
                hours: t('leader.hours.hours'),
                activities: t('leader.hours.activities'),
                volunteers: t('leader.hours.volunteers'),
              },
              unknownInstitution: t('leader.unknownInstitution'),
            })
          }
        />
      </>
    );
  }

  return (
    <section className="section leader-section" aria-labelledby="leader-hours">
      <h2 id="leader-hours">{title}</h2>
      <p className="muted">{t('leader.hours.lead')}</p>
      {body}
    </section>
  );
}
