import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/i18n';
import { isoWeekKey, monthOf, todayIso } from '@/lib/dates';
import { formatDuration } from '@/lib/format';
import { ChoiceGroup } from '@/ui/choice-group';
import { Page } from '@/ui/page';
import { useHourSummary } from '../hooks/use-hours';
import { useVolunteerContext } from '../hooks/use-volunteer-context';
import { bars, SCALES, sortedBreakdown, yearKey, type Scale } from '../model';
import { activityLabel } from './activity-label';
import { BreakdownTable } from './breakdown-table';
import { CsvExport } from './csv-export';
import { HoursChart } from './hours-chart';
import './volunteer.css';

/**
 * The volunteer's own hours: this week, month and year; a chart by week, month or year; hours per
 * institution and per activity type; the CSV export and the statement for printing.
 */
export function OverviewScreen() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [today] = useState(todayIso);
  const [scale, setScale] = useState<Scale>('week');
  const summary = useHourSummary(today);
  const context = useVolunteerContext();
  const institutionName = (id: string | undefined) =>
    context?.institutions.find((row) => row.id === id)?.name ??
    (id ? t('volunteer.overview.unknownInstitution') : t('volunteer.overview.noInstitution'));

  if (!summary) {
    return (
      <Page title={t('volunteer.overview.title')}>
        <p className="muted">{t('app.loading')}</p>
      </Page>
    );
  }
  const duration = (minutes: number) => formatDuration(minutes, locale);
  const figures = [
    ['thisWeek', summary.byWeek.get(isoWeekKey(today)) ?? 0],
    ['thisMonth', summary.byMonth.get(monthOf(today)) ?? 0],
    ['thisYear', summary.byYear.get(yearKey(today)) ?? 0],
    ['allTime', summary.totalMinutes],
  ] as const;

  return (
    <Page title={t('volunteer.overview.title')}>
      <dl className="hour-figures">
        {figures.map(([key, minutes]) => (
          <div key={key}>
            <dt>{t(`volunteer.overview.${key}`)}</dt>
            <dd>{duration(minutes)}</dd>
          </div>
        ))}
      </dl>
      {summary.entries === 0 ? (
        <p>{t('activity.empty')}</p>
      ) : (
        <>
          <section className="section" aria-labelledby="chart-title">
            <h2 id="chart-title">{t('volunteer.overview.chartTitle')}</h2>
            <ChoiceGroup
              legend={t('volunteer.overview.scale')}
              name="scale"
              chips
              choices={SCALES.map((value) => ({
                value,
                label: t(`volunteer.overview.scales.${value}`),
              }))}
              value={scale}
              onChange={setScale}
            />
            <HoursChart
              bars={bars(summary, scale)}
              scale={scale}
              caption={t(`volunteer.overview.captions.${scale}`)}
            />
          </section>
          <BreakdownTable
            id="by-institution"
            title={t('volunteer.overview.byInstitution')}
            firstColumn={t('volunteer.overview.institution')}
            rows={sortedBreakdown(summary.byInstitution).map(([id, total]) => ({
              key: id,
              label: institutionName(id || undefined),
              total,
            }))}
          />
          <BreakdownTable
            id="by-type"
            title={t('volunteer.overview.byType')}
            firstColumn={t('volunteer.overview.type')}
            rows={sortedBreakdown(summary.byType).map(([type, total]) => ({
              key: type,
              label: activityLabel(t, type),
              total,
            }))}
          />
        </>
      )}
      <section className="section" aria-labelledby="share-title">
        <h2 id="share-title">{t('volunteer.overview.shareTitle')}</h2>
        <p>{t('volunteer.overview.shareLead')}</p>
        <div className="button-row">
          <CsvExport institutionName={institutionName} />
          <Link className="button button-secondary" to="/oversigt/udtalelse">
            {t('volunteer.statement.title')}
          </Link>
        </div>
      </section>
    </Page>
  );
}
