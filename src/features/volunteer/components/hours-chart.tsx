import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import type { Bar, Scale } from '../model';
import { hours, periodLabel, shortPeriodLabel } from './period-label';

/**
 * Hours as CSS bars, one per period. The bars are drawn for the eye only (`aria-hidden`); screen
 * readers get the same numbers as a table.
 */
export function HoursChart({
  bars,
  scale,
  caption,
}: {
  bars: Bar[];
  scale: Scale;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const max = bars.reduce((top, bar) => Math.max(top, bar.minutes), 0);
  return (
    <figure className="hours-figure">
      <figcaption className="hours-caption">{caption}</figcaption>
      <div className="hours-chart" aria-hidden="true">
        {bars.map((bar) => (
          <div className="hours-bar" key={bar.key}>
            <span className="hours-bar-value">
              {bar.minutes > 0 ? hours(bar.minutes, locale) : ''}
            </span>
            <span
              className="hours-bar-fill"
              style={{ height: max > 0 ? `${(bar.minutes / max) * 100}%` : '0' }}
            />
            <span className="hours-bar-label">{shortPeriodLabel(scale, bar.key, locale)}</span>
          </div>
        ))}
      </div>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('volunteer.overview.period')}</th>
            <th scope="col">{t('volunteer.overview.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{periodLabel(t, scale, bar.key, locale)}</th>
              <td>{hours(bar.minutes, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
