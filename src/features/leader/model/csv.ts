/**
 * The overview's four CSV files (the encoding is src/lib/csv.ts: BOM, `;`, decimal commas).
 * Headings and the words for unknown places come in from the screen, in the user's language.
 */
import { csvDecimal, csvDocument } from '@/lib/csv';
import type { TeamChecklists } from './checklists';
import type { TeamWeeks } from './check-ins';
import type { HoursOverview } from './hours';
import type { Audience, TipRate } from './tips';

/** A percentage for a spreadsheet: `0.4333` → `43,3`; none → empty. */
function percent(fraction: number | undefined): string {
  return fraction === undefined ? '' : csvDecimal(fraction * 100, 1);
}

/** Hours per institution and month: only months with something logged. */
export function hoursCsv(
  overview: HoursOverview,
  text: {
    headings: {
      institution: string;
      month: string;
      hours: string;
      activities: string;
      volunteers: string;
    };
    unknownInstitution: string;
  },
): string {
  const { headings } = text;
  const rows: string[][] = [];
  for (const institution of overview.institutions) {
    for (const figures of institution.months) {
      if (figures.minutes === 0 && figures.entries === 0) continue;
      rows.push([
        institution.name ?? text.unknownInstitution,
        figures.month,
        csvDecimal(figures.minutes / 60, 2),
        String(figures.entries),
        String(figures.volunteers),
      ]);
    }
  }
  return csvDocument(
    [
      headings.institution,
      headings.month,
      headings.hours,
      headings.activities,
      headings.volunteers,
    ],
    rows,
  );
}

/** Each team's checklists: done, items and percent. */
export function checklistsCsv(
  teams: readonly TeamChecklists[],
  text: {
    headings: { team: string; checklist: string; done: string; items: string; percent: string };
    unknownTeam: string;
  },
): string {
  const { headings } = text;
  const rows = teams.flatMap((team) =>
    team.checklists.map((checklist) => [
      team.name ?? text.unknownTeam,
      checklist.name,
      String(checklist.done),
      String(checklist.items),
      percent(checklist.fraction),
    ]),
  );
  return csvDocument(
    [headings.team, headings.checklist, headings.done, headings.items, headings.percent],
    rows,
  );
}

/** Every tip, newest first: where it went, reads, people it was sent to and the read rate. */
export function tipsCsv(
  tips: readonly TipRate[],
  text: {
    headings: {
      tip: string;
      week: string;
      audience: string;
      sentTo: string;
      reads: string;
      members: string;
      percent: string;
    };
    audience: (audience: Audience) => string;
    sentTo: (tip: TipRate) => string;
  },
): string {
  const { headings } = text;
  const rows = tips.map((tip) => [
    tip.title,
    tip.week,
    text.audience(tip.audience),
    text.sentTo(tip),
    String(tip.reads),
    tip.members === undefined ? '' : String(tip.members),
    percent(tip.rate),
  ]);
  return csvDocument(
    [
      headings.tip,
      headings.week,
      headings.audience,
      headings.sentTo,
      headings.reads,
      headings.members,
      headings.percent,
    ],
    rows,
  );
}

/** Each team's weekly averages (only weeks with enough answers), two decimals. */
export function checkInsCsv(
  teams: readonly TeamWeeks[],
  text: {
    headings: {
      team: string;
      week: string;
      answers: string;
      methodGoing: string;
      confidence: string;
    };
    unknownTeam: string;
  },
): string {
  const { headings } = text;
  const rows = teams.flatMap((team) =>
    team.weeks.map((week) => [
      team.name ?? text.unknownTeam,
      week.week,
      String(week.answers),
      csvDecimal(week.methodGoing, 2),
      csvDecimal(week.confidence, 2),
    ]),
  );
  return csvDocument(
    [headings.team, headings.week, headings.answers, headings.methodGoing, headings.confidence],
    rows,
  );
}
