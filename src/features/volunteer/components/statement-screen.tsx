import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/i18n';
import { parseIsoDate, todayIso } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { Page } from '@/ui/page';
import { useMonthlyHours } from '../hooks/use-hours';
import { useVolunteerContext, type VolunteerContext } from '../hooks/use-volunteer-context';
import { hours, periodLabel } from './period-label';
import './volunteer.css';

const ALL = 'all';

/**
 * "Udtalelse om frivilligt arbejde": name, place, period, hours per month and the total, ready to
 * print and sign. The choices above it are not printed; print CSS hides the app's frame too.
 */
export function StatementScreen() {
  const { t } = useTranslation();
  const context = useVolunteerContext();
  return (
    <Page title={t('volunteer.statement.title')}>
      {context ? <Statement context={context} /> : <p className="muted">{t('app.loading')}</p>}
    </Page>
  );
}

function Statement({ context }: { context: VolunteerContext }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const today = todayIso();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [name, setName] = useState(context.displayName ?? '');
  const { institutions } = context;
  const [place, setPlace] = useState(context.institutionId ?? institutions[0]?.id ?? ALL);
  const several = institutions.length > 1;
  const institutionId = several && place !== ALL ? place : undefined;
  const [start, end] = from <= to ? [from, to] : [to, from];
  const monthly = useMonthlyHours(start, end, institutionId);
  const placeName =
    several && place === ALL
      ? t('volunteer.statement.allPlaces')
      : (institutions.find((row) => row.id === (institutionId ?? context.institutionId))?.name ??
        institutions[0]?.name ??
        '');
  const date = (iso: string) => formatDate(parseIsoDate(iso), locale);

  return (
    <>
      <div className="no-print statement-controls">
        <p>
          <Link to="/oversigt">{t('volunteer.statement.back')}</Link>
        </p>
        <p>{t('volunteer.statement.lead')}</p>
        <TextField
          label={t('volunteer.statement.name')}
          value={name}
          maxLength={60}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
        <div className="times-fields">
          <TextField
            label={t('volunteer.statement.from')}
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value || from)}
          />
          <TextField
            label={t('volunteer.statement.to')}
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value || to)}
          />
        </div>
        {several && (
          <ChoiceGroup
            legend={t('volunteer.statement.place')}
            name="place"
            choices={[
              ...institutions.map((row) => ({ value: row.id, label: row.name })),
              { value: ALL, label: t('volunteer.statement.allPlaces') },
            ]}
            value={place}
            onChange={setPlace}
          />
        )}
        <div className="form-actions">
          <Button onClick={() => window.print()}>{t('volunteer.statement.print')}</Button>
        </div>
      </div>

      <article className="statement" aria-labelledby="statement-heading">
        <h2 id="statement-heading">{t('volunteer.statement.heading')}</h2>
        <dl className="statement-facts">
          <div>
            <dt>{t('volunteer.statement.name')}</dt>
            <dd>{name || '—'}</dd>
          </div>
          <div>
            <dt>{t('volunteer.statement.place')}</dt>
            <dd>{placeName || '—'}</dd>
          </div>
          <div>
            <dt>{t('volunteer.statement.period')}</dt>
            <dd>{`${date(start)} – ${date(end)}`}</dd>
          </div>
        </dl>
        {monthly === undefined ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <table className="table table--compact statement-table">
            <caption>{t('volunteer.statement.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('volunteer.statement.month')}</th>
                <th scope="col" className="numeric">
                  {t('volunteer.overview.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {monthly.months.map((month) => (
                <tr key={month.key}>
                  <th scope="row">{periodLabel(t, 'month', month.key, locale)}</th>
                  <td className="numeric">{hours(month.minutes, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('volunteer.statement.total')}</th>
                <td className="numeric">{hours(monthly.totalMinutes, locale)}</td>
              </tr>
            </tfoot>
          </table>
        )}
        <p>{t('volunteer.statement.source', { date: date(today) })}</p>
        <div className="statement-signature">
          <p>{t('volunteer.statement.signature')}</p>
        </div>
      </article>
    </>
  );
}
