import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatNumber, type AppLocale } from '@/lib/format';
import { useTeamCheckInWeeks } from '../hooks/use-overview';
import { checkInsCsv, type TeamWeeks, type UnitIndex } from '../model';
import { HiddenTable } from '@/ui/hidden-table';
import { BarChart } from './bar-chart';
import { CsvButton } from './csv-button';
import { shortWeekLabel, teamName, weekLabel } from './labels';

/** The highest answer: bars are drawn against 5. */
const SCALE_TOP = 5;

/** Each team's weekly averages (how the method goes, how confident they feel), last 8 weeks. */
export function CheckInsSection({ units, weeks }: { units: UnitIndex; weeks: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const teams = useTeamCheckInWeeks(units, weeks);
  const title = t('leader.checkIns.title');

  let body;
  if (!teams) {
    body = <p className="muted">{t('app.loading')}</p>;
  } else if (teams.length === 0) {
    body = <p>{t('leader.checkIns.empty')}</p>;
  } else {
    body = (
      <>
        {teams.map((team) => (
          <TeamCheckIns key={team.id} team={team} t={t} locale={locale} />
        ))}
        <CsvButton
          what={title}
          fileName={t('leader.checkIns.fileName')}
          make={() =>
            checkInsCsv(teams, {
              headings: {
                team: t('leader.checkIns.team'),
                week: t('leader.checkIns.week'),
                answers: t('leader.checkIns.answers'),
                methodGoing: t('leader.checkIns.methodGoing'),
                confidence: t('leader.checkIns.confidence'),
              },
              unknownTeam: t('leader.unknownTeam'),
            })
          }
        />
      </>
    );
  }

  return (
    <section className="section leader-section" aria-labelledby="leader-check-ins">
      <h2 id="leader-check-ins">{title}</h2>
      <p className="muted">
        {t('leader.checkIns.lead')} {t('leader.checkIns.note')}
      </p>
      {body}
    </section>
  );
}

function TeamCheckIns({ team, t, locale }: { team: TeamWeeks; t: TFunction; locale: AppLocale }) {
  const name = teamName(t, team.name);
  const caption = t('leader.checkIns.caption', { team: name });
  const average = (value: number) => formatNumber(value, locale, 1);
  const bar = (value: number) => ({
    fraction: Math.min(1, Math.max(0, value / SCALE_TOP)),
    value: average(value),
  });
  return (
    <div className="leader-group">
      <h3>{name}</h3>
      {team.institutionName && <p className="muted leader-sub">{team.institutionName}</p>}
      <BarChart
        caption={caption}
        layout="inline"
        legend={[t('leader.checkIns.methodGoing'), t('leader.checkIns.confidence')]}
        rows={team.weeks.map((week) => ({
          key: week.week,
          label: shortWeekLabel(t, week.week),
          bars: [bar(week.methodGoing), bar(week.confidence)],
        }))}
        table={
          <HiddenTable
            caption={caption}
            columns={[
              t('leader.checkIns.week'),
              t('leader.checkIns.methodGoing'),
              t('leader.checkIns.confidence'),
              t('leader.checkIns.answers'),
            ]}
            rows={team.weeks.map((week) => ({
              key: week.week,
              cells: [
                weekLabel(t, week.week),
                average(week.methodGoing),
                average(week.confidence),
                formatNumber(week.answers, locale, 0),
              ],
            }))}
          />
        }
      />
    </div>
  );
}
