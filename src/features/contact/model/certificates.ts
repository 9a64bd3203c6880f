/** Certificates the contact person records: which are required, the newest, renewal reminders. */
import type { Certificate, Institution, VolunteerRosterEntry } from '@/db/schema';
import { addDays } from '@/lib/dates';

/** Certificate kinds, in the order screens show them. */
export const CERTIFICATE_KINDS = ['criminalRecord', 'child'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** Certificate statuses the contact person records. */
export const CERTIFICATE_STATUSES = ['requested', 'approved', 'notApproved'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** How many days before `renewBy` the reminder starts. */
export const RENEW_SOON_DAYS = 60;

/** A certificate reminder: renewal date passed, or within `RENEW_SOON_DAYS`. */
export type Reminder = 'overdue' | 'soon';

/** What the overview shows about one certificate kind for one volunteer. */
export type CertificateState = {
  kind: CertificateKind;
  required: boolean;
  status: CertificateStatus | 'missing';
  renewBy?: string;
  reminder?: Reminder;
};

/** What the contact person marked on a volunteer's roster row about the volunteer's task. */
export type TaskNeeds = Pick<VolunteerRosterEntry, 'requiresCriminalRecord'>;

/** Why a certificate is asked of a volunteer: the place asks it of every task, or their task. */
export type Requirement = 'place' | 'task';

/**
 * Why `kind` is asked of a volunteer, or `undefined` when it is not: a child certificate when the
 * institution works with children; a criminal record certificate when the institution asks it of
 * every task there, else when the contact person marked that this volunteer's task needs one.
 */
export function requirementOf(
  kind: CertificateKind,
  institution: Institution | undefined,
  task: TaskNeeds | undefined,
): Requirement | undefined {
  if (kind === 'child') return institution?.worksWithChildren ? 'place' : undefined;
  if (institution?.requiresCriminalRecord) return 'place';
  return task?.requiresCriminalRecord ? 'task' : undefined;
}

/** The certificate kinds asked of a volunteer (see requirementOf). */
export function requiredKinds(
  institution: Institution | undefined,
  task: TaskNeeds | undefined,
): CertificateKind[] {
  return CERTIFICATE_KINDS.filter((kind) => requirementOf(kind, institution, task) !== undefined);
}

function certificateDate(row: Certificate): string {
  return row.decidedOn ?? row.requestedOn ?? '';
}

/** The newest certificate row of `kind` (by decision or request date, then id). */
export function latestCertificate(
  rows: readonly Certificate[],
  kind: CertificateKind,
): Certificate | undefined {
  let latest: Certificate | undefined;
  for (const row of rows) {
    if (row.kind !== kind) continue;
    if (
      !latest ||
      certificateDate(row) > certificateDate(latest) ||
      (certificateDate(row) === certificateDate(latest) && row.id > latest.id)
    ) {
      latest = row;
    }
  }
  return latest;
}

/** A reminder when an approved certificate's renewal date is near (`today` is `YYYY-MM-DD`). */
export function renewalReminder(
  certificate: Pick<Certificate, 'status' | 'renewBy'>,
  today: string,
  soonDays: number = RENEW_SOON_DAYS,
): Reminder | undefined {
  if (certificate.status !== 'approved' || !certificate.renewBy) return undefined;
  if (certificate.renewBy < today) return 'overdue';
  if (certificate.renewBy <= addDays(today, soonDays)) return 'soon';
  return undefined;
}

/** Each required kind, and any other kind on record, with its status and reminder. */
export function certificateStates(
  rows: readonly Certificate[],
  institution: Institution | undefined,
  task: TaskNeeds | undefined,
  today: string,
): CertificateState[] {
  const required = requiredKinds(institution, task);
  return CERTIFICATE_KINDS.flatMap((kind): CertificateState[] => {
    const latest = latestCertificate(rows, kind);
    const isRequired = required.includes(kind);
    if (!latest && !isRequired) return [];
    if (!latest) return [{ kind, required: true, status: 'missing' }];
    const reminder = renewalReminder(latest, today);
    return [
      {
        kind,
        required: isRequired,
        status: latest.status,
        ...(latest.renewBy ? { renewBy: latest.renewBy } : {}),
        ...(reminder ? { reminder } : {}),
      },
    ];
  });
}

/** What is wrong with a certificate's dates, as an i18n key under `contact.certificates.` */
export function validateCertificateDates(input: {
  requestedOn?: string;
  decidedOn?: string;
}): 'decidedBeforeRequested' | undefined {
  if (input.requestedOn && input.decidedOn && input.decidedOn < input.requestedOn) {
    return 'decidedBeforeRequested';
  }
  return undefined;
}
