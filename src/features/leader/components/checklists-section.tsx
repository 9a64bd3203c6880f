import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import type { AppLocale } from '@/lib/format';
import type { TFunction } from 'i18next';
import { useTeamChecklists } from '../hooks/use-overview';
import { checklistsCsv, type TeamChecklists, type UnitIndex } from '../model';
import { HiddenTable } from '@/ui/hidden-table';
import { BarChart } from './bar-chart';
import { CsvButton } from './csv-button';
import { percentText, teamName } from './labels';

/** Each team's checklists as bars (done of items), with the team's total. */
export function ChecklistsSection({ units }: { units: UnitIndex }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const teams = useTeamChecklists(units);
  const title = t('leader.checklists.title');

  let body;
  if (!teams) {
    body = <p className="muted">{t('app.loading')}</p>;
  } else if (teams.length === 0) {
    body = <p>{t('leader.checklists.empty')}</p>;
  } else {
    body = (
      <>
        {teams.map((team) => (
          <TeamProgress key={team.id} team={team} t={t} locale={locale} />
        ))}
        <CsvButton
          what={title}
          fileName={t('leader.checklists.fileName')}
          make={() =>
            checklistsCsv(teams, {
              headings: {
                team: t('leader.checklists.team'),
                checklist: t('leader.checklists.checklist'),
                done: t('leader.checklists.done'),
                items: t('leader.checklists.items'),
                percent: t('leader.percent'),
              },
              unknownTeam: t('leader.unknownTeam'),
            })
          }
        />
      </>
    );
  }

  return (
    <section className="section leader-section" aria-labelledby="leader-checklists">
      <h2 id="leader-checklists">{title}</h2>
      {body}
    </section>
  );
}

function TeamProgress({
  team,
  t,
  locale,
}: {
  team: TeamChecklists;
  t: TFunction;
  locale: AppLocale;
}) {
  const name = teamName(t, team.name);
  const caption = t('leader.checklists.caption', { team: name });
  const progress = (done: number, items: number, fraction: number | undefined) =>
    items === 0
      ? t('leader.checklists.noItems')
      : t('leader.checklists.value', { done, items, percent: percentText(fraction, locale) });
  return (
    <div className="leader-group">
      <h3>{name}</h3>
      {team.institutionName && <p className="muted leader-sub">{team.institutionName}</p>}
      <BarChart
        caption={caption}
        layout="stacked"
        rows={team.checklists.map((checklist) => ({
          key: checklist.id,
          label: checklist.name,
          bars: [
            {
              fraction: checklist.fraction,
              value: progress(checklist.done, checklist.items, checklist.fraction),
            },
          ],
        }))}
        table={
          <HiddenTable
            caption={caption}
            columns={[
              t('leader.checklists.checklist'),
              t('leader.checklists.done'),
              t('leader.checklists.items'),
              t('leader.percent'),
            ]}
            rows={team.checklists.map((checklist) => ({
              key: checklist.id,
              cells: [
                checklist.name,
                String(checklist.done),
                String(checklist.items),
                percentText(checklist.fraction, locale),
              ],
            }))}
          />
        }
      />
      <p className="leader-total">
        {t('leader.checklists.teamTotal', {
          done: team.done,
          items: team.items,
          percent: percentText(team.fraction, locale),
        })}
      </p>
    </div>
  );
}
