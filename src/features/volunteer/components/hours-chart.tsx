import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { HiddenTable } from '@/ui/hidden-table';
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
      <HiddenTable
        caption={caption}
        columns={[t('volunteer.overview.period'), t('volunteer.overview.hours')]}
        rows={bars.map((bar) => ({
          key: bar.key,
          cells: [periodLabel(t, scale, bar.key, locale), hours(bar.minutes, locale)],
        }))}
      />
    </figure>
  );
}
