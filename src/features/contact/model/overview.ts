/** The volunteers overview: one summary per volunteer, computed from the rows on the device. */
import type {
  Certificate,
  Concern,
  Declaration,
  Expense,
  Institution,
  IntroItem,
  IntroProgress,
  VolunteerHours,
  VolunteerRosterEntry,
} from '@/db/schema';
import { addMonths, monthOf, todayIso } from '@/lib/dates';
import { certificateStates, type CertificateState } from './certificates';
import { isOpenClaim } from './claims';
import { introCounts, type IntroCounts } from './introduction';

/** One line of the volunteers overview. */
export type VolunteerSummary = {
  id: string;
  name: string;
  joinedAt: number;
  intro: IntroCounts;
  /** Present when the institution asks for a confidentiality declaration. */
  declaration?: { acceptedAt?: number };
  certificates: CertificateState[];
  minutesThisMonth: number;
  minutesLastMonth: number;
  openClaims: number;
  newConcerns: number;
};

/** The rows the overview is computed from (live rows only). */
export type OverviewInput = {
  institution?: Institution;
  volunteers: readonly VolunteerRosterEntry[];
  introItems: readonly IntroItem[];
  progress: readonly IntroProgress[];
  declarations: readonly Declaration[];
  certificates: readonly Certificate[];
  hours: readonly VolunteerHours[];
  expenses: readonly Expense[];
  concerns: readonly Concern[];
};

function groupBy<T>(rows: readonly T[], key: (row: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Minutes per volunteer in `month`. */
function minutesIn(hours: readonly VolunteerHours[], month: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of hours) {
    if (row.month !== month) continue;
    out.set(row.volunteerId, (out.get(row.volunteerId) ?? 0) + row.minutes);
  }
  return out;
}

/** One summary per volunteer on the roster, sorted by name (Danish order). */
export function summarizeVolunteers(input: OverviewInput, now: Date): VolunteerSummary[] {
  const today = todayIso(now);
  const thisMonth = monthOf(today);
  const progress = groupBy(input.progress, (row) => row.volunteerId);
  const certificates = groupBy(input.certificates, (row) => row.volunteerId);
  const accepted = new Map<string, number>();
  for (const row of input.declarations) {
    const previous = accepted.get(row.volunteerId);
    if (previous === undefined || row.acceptedAt > previous) {
      accepted.set(row.volunteerId, row.acceptedAt);
    }
  }
  const minutesNow = minutesIn(input.hours, thisMonth);
  const minutesBefore = minutesIn(input.hours, addMonths(thisMonth, -1));
  const openClaims = groupBy(input.expenses.filter(isOpenClaim), (row) => row.volunteerId);
  const newConcerns = groupBy(
    input.concerns.filter((row) => row.status !== 'answered'),
    (row) => row.volunteerId,
  );
  const needsDeclaration = input.institution?.requiresConfidentiality === true;

  const summaries = input.volunteers.map((volunteer): VolunteerSummary => {
    const acceptedAt = accepted.get(volunteer.id);
    return {
      id: volunteer.id,
      name: volunteer.displayName?.trim() ?? '',
      joinedAt: volunteer.joinedAt,
      intro: introCounts(input.introItems, progress.get(volunteer.id) ?? []),
      ...(needsDeclaration ? { declaration: acceptedAt === undefined ? {} : { acceptedAt } } : {}),
      certificates: certificateStates(
        certificates.get(volunteer.id) ?? [],
        input.institution,
        volunteer,
        today,
      ),
      minutesThisMonth: minutesNow.get(volunteer.id) ?? 0,
      minutesLastMonth: minutesBefore.get(volunteer.id) ?? 0,
      openClaims: openClaims.get(volunteer.id)?.length ?? 0,
      newConcerns: newConcerns.get(volunteer.id)?.length ?? 0,
    };
  });
  const collator = new Intl.Collator('da');
  return summaries.sort((a, b) => collator.compare(a.name, b.name) || a.joinedAt - b.joinedAt);
}

/** Totals for the contact person's home: what waits for them. */
export function attentionCounts(summaries: readonly VolunteerSummary[]): {
  newConcerns: number;
  openClaims: number;
  certificateReminders: number;
  toConfirm: number;
} {
  let newConcerns = 0;
  let openClaims = 0;
  let certificateReminders = 0;
  let toConfirm = 0;
  for (const summary of summaries) {
    newConcerns += summary.newConcerns;
    openClaims += summary.openClaims;
    certificateReminders += summary.certificates.filter((c) => c.reminder).length;
    toConfirm += summary.intro.awaiting;
  }
  return { newConcerns, openClaims, certificateReminders, toConfirm };
}
