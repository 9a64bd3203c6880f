import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIn, TeamCheckIn } from '@/db/schema';
import { localeFor } from '@/i18n';
import { isoWeekKey, localDate, splitWeek, weekNumber } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { ChoiceGroup } from '@/ui/choice-group';
import { HiddenTable } from '@/ui/hidden-table';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useAnswerCheckIn, useCheckIns, useTeamCheckIns } from '../hooks/use-check-ins';
import './logbook.css';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
type Rating = (typeof RATINGS)[number];
type Question = 'methodGoing' | 'confidence';

/** This week's two one-tap questions, the caseworker's own curve and the team's average. */
export function WeeklyCheckIn({ now }: { now?: number }) {
  const { t } = useTranslation();
  // The week is fixed when the screen opens (a check-in answered at midnight stays in its week).
  const [openedAt] = useState(() => now ?? Date.now());
  const week = isoWeekKey(localDate(openedAt));
  const checkIns = useCheckIns();
  const answer = useAnswerCheckIn();
  const save = useSave({ saved: t('logbook.checkIn.saved'), error: (code) => t(`errors.${code}`) });
  const current = checkIns?.find((row) => row.week === week);
  // What was tapped shows at once; the stored row takes over when it arrives.
  const [tapped, setTapped] = useState<Partial<Record<Question, Rating>>>({});

  function choose(question: Question, value: Rating) {
    setTapped((old) => ({ ...old, [question]: value }));
    void save.run(() => answer(week, { [question]: Number(value) }));
  }

  const valueOf = (question: Question): Rating | undefined =>
    tapped[question] ?? (current?.[question] ? (String(current[question]) as Rating) : undefined);

  return (
    <section className="section" aria-labelledby="checkin-title">
      <h2 id="checkin-title">{t('logbook.checkIn.title', { week: weekNumber(week) })}</h2>
      <p>
        {t('logbook.checkIn.intro')} {t('logbook.checkIn.scale')}
      </p>
      {(['methodGoing', 'confidence'] as const).map((question) => (
        <ChoiceGroup
          key={question}
          legend={t(`logbook.checkIn.${question}`)}
          name={`checkin-${question}`}
          chips
          choices={RATINGS.map((value) => ({ value, label: value }))}
          value={valueOf(question)}
          onChange={(value) => choose(question, value)}
        />
      ))}
      <SaveStatus state={save.state} />
      <CheckInCurve checkIns={checkIns} />
      <TeamAverage />
    </section>
  );
}

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 20;

function points(rows: readonly CheckIn[], field: Question): string {
  const step = rows.length > 1 ? (WIDTH - 2 * PAD) / (rows.length - 1) : 0;
  return rows
    .map((row, i) => {
      const x = PAD + i * step;
      const y = HEIGHT - PAD - ((row[field] - 1) / 4) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** The last twelve weeks as two lines (for the eye) and a table (for screen readers). */
function CheckInCurve({ checkIns }: { checkIns: CheckIn[] | undefined }) {
  const { t } = useTranslation();
  const rows = (checkIns ?? []).filter((row) => row.methodGoing && row.confidence).slice(-12);
  const caption = t('logbook.checkIn.curveTitle');
  if (rows.length === 0) {
    return (
      <>
        <h3>{caption}</h3>
        <p className="muted">{t('logbook.checkIn.empty')}</p>
      </>
    );
  }
  return (
    <figure className="checkin-figure">
      <figcaption>
        <h3>{caption}</h3>
      </figcaption>
      <svg
        className="checkin-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        {[1, 2, 3, 4, 5].map((level) => {
          const y = HEIGHT - PAD - ((level - 1) / 4) * (HEIGHT - 2 * PAD);
          return (
            <g key={level}>
              <line x1={PAD} x2={WIDTH - PAD} y1={y} y2={y} stroke="#d0d0d0" />
              <text x={4} y={y + 4} fontSize="11">
                {level}
              </text>
            </g>
          );
        })}
        <polyline
          points={points(rows, 'methodGoing')}
          fill="none"
          stroke="#1a1a1a"
          strokeWidth="3"
        />
        <polyline
          points={points(rows, 'confidence')}
          fill="none"
          stroke="#0059b3"
          strokeWidth="3"
          strokeDasharray="6 4"
        />
      </svg>
      <ul className="checkin-legend" aria-hidden="true">
        <li>
          <span aria-hidden="true" style={{ background: '#1a1a1a' }} />
          {t('logbook.checkIn.methodGoing')}
        </li>
        <li>
          <span aria-hidden="true" style={{ background: '#0059b3' }} />
          {t('logbook.checkIn.confidence')}
        </li>
      </ul>
      <HiddenTable
        caption={caption}
        columns={[
          t('logbook.checkIn.week'),
          t('logbook.checkIn.methodGoing'),
          t('logbook.checkIn.confidence'),
        ]}
        rows={rows.map((row) => ({
          key: row.week,
          cells: [weekLabel(t, row.week), row.methodGoing, row.confidence],
        }))}
      />
    </figure>
  );
}

function weekLabel(t: TFunction, week: string): string {
  return t('logbook.checkIn.weekLabel', splitWeek(week));
}

/** The team's weekly averages, only weeks with at least 3 answers (the server sends no others). */
function TeamAverage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const team: TeamCheckIn[] = (useTeamCheckIns() ?? []).filter((row) => row.answers >= 3);
  const rows = team.slice(-8).reverse();
  const titleId = useId();
  return (
    <>
      <h3 id={titleId}>{t('logbook.checkIn.teamTitle')}</h3>
      <p className="muted">{t('logbook.checkIn.teamNote')}</p>
      {rows.length === 0 ? (
        <p>{t('logbook.checkIn.teamNone')}</p>
      ) : (
        <table className="checkin-table table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('logbook.checkIn.week')}</th>
              <th scope="col">{t('logbook.checkIn.methodGoing')}</th>
              <th scope="col">{t('logbook.checkIn.confidence')}</th>
              <th scope="col">{t('logbook.checkIn.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{weekLabel(t, row.week)}</th>
                <td>{formatNumber(row.methodGoing, locale)}</td>
                <td>{formatNumber(row.confidence, locale)}</td>
                <td>{row.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
