/**
 * The volunteer's introduction, confidentiality declaration, certificates and the institution's
 * practical info: the rules, without React or Dexie.
 *
 * The contact person keeps the checklist (`introItems`), confirms items and records certificates;
 * the volunteer ticks items and accepts the confidentiality text. A tick is a progress row with
 * `doneAt`; taking it back deletes the row (the contact person confirms only rows that exist).
 */
import type {
  Certificate,
  Declaration,
  Institution,
  IntroItem,
  IntroProgress,
  VolunteerRosterEntry,
} from '@/db/schema';
import { daysBetween } from '@/lib/dates';

/** One item of the checklist as the volunteer sees it. */
export type IntroStep = {
  item: IntroItem;
  /** When the volunteer last ticked it; unset when not ticked. */
  doneAt?: number;
  /** When the contact person confirmed it; unset when not confirmed. */
  confirmedAt?: number;
};

/** How far the introduction has come. */
export type IntroCounts = { total: number; reviewed: number; confirmed: number };

/** True when a row belongs to `volunteerId` (rows written before the id was known count too). */
export function isMine(row: { volunteerId?: string }, volunteerId: string | undefined): boolean {
  return (
    volunteerId === undefined || row.volunteerId === undefined || row.volunteerId === volunteerId
  );
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && value > 0 ? value : undefined;
}

function latest(values: (number | undefined)[]): number | undefined {
  let found: number | undefined;
  for (const value of values) {
    const v = positive(value);
    if (v !== undefined && (found === undefined || v > found)) found = v;
  }
  return found;
}

/**
 * The checklist in the contact person's order, each item with its progress.
 *
 * Two phones offline can each make a progress row for the same item; they are read together
 * (ticked or confirmed on either counts).
 */
export function buildIntroSteps(
  items: readonly IntroItem[],
  progress: readonly IntroProgress[],
): IntroStep[] {
  const byItem = new Map<string, IntroProgress[]>();
  for (const row of progress) {
    const rows = byItem.get(row.itemId) ?? [];
    rows.push(row);
    byItem.set(row.itemId, rows);
  }
  return [...items]
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => {
      const rows = byItem.get(item.id) ?? [];
      const doneAt = latest(rows.map((row) => row.doneAt));
      const confirmedAt = latest(rows.map((row) => row.confirmedAt));
      return {
        item,
        ...(doneAt !== undefined ? { doneAt } : {}),
        ...(confirmedAt !== undefined ? { confirmedAt } : {}),
      };
    });
}

/** True when the volunteer has been through the item (ticked it, or staff confirmed it). */
export function isReviewed(step: IntroStep): boolean {
  return step.doneAt !== undefined || step.confirmedAt !== undefined;
}

/** Counts reviewed and confirmed items. */
export function countIntro(steps: readonly IntroStep[]): IntroCounts {
  let reviewed = 0;
  let confirmed = 0;
  for (const step of steps) {
    if (isReviewed(step)) reviewed += 1;
    if (step.confirmedAt !== undefined) confirmed += 1;
  }
  return { total: steps.length, reviewed, confirmed };
}

/**
 * The progress row to write a tick to: one the contact person has confirmed, else the oldest
 * (UUIDv7 ids sort by creation), so every phone picks the same one.
 */
export function primaryProgressRow(rows: readonly IntroProgress[]): IntroProgress | undefined {
  return [...rows].sort((a, b) => {
    const ca = positive(a.confirmedAt) !== undefined ? 0 : 1;
    const cb = positive(b.confirmedAt) !== undefined ? 0 : 1;
    return ca - cb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  })[0];
}

/** Where the confidentiality declaration stands for the volunteer. */
export type DeclarationState =
  | { kind: 'notRequired' }
  | { kind: 'noText' }
  | { kind: 'pending'; text: string }
  | { kind: 'accepted'; text: string; acceptedAt: number }
  | { kind: 'changed'; text: string; acceptedAt: number };

/**
 * The declaration's state. `changed` when the contact person edited the text after the volunteer
 * accepted it: compared by the fields' clocks, which order edits across phones.
 */
export function declarationState(
  institution: Institution | undefined,
  declaration: Declaration | undefined,
): DeclarationState {
  if (!institution?.requiresConfidentiality) return { kind: 'notRequired' };
  const text = institution.confidentialityText?.trim() ?? '';
  if (!text) return { kind: 'noText' };
  const acceptedAt = positive(declaration?.acceptedAt);
  if (!declaration || acceptedAt === undefined) return { kind: 'pending', text };
  const textClock = institution._hlc.confidentialityText;
  const acceptedClock = declaration._hlc.acceptedAt;
  if (textClock && acceptedClock && textClock > acceptedClock) {
    return { kind: 'changed', text, acceptedAt };
  }
  return { kind: 'accepted', text, acceptedAt };
}

/** Kinds of certificate, in the order they are shown. */
export const CERTIFICATE_KINDS = ['criminalRecord', 'child'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** What the contact person marked on the volunteer's roster row about their own task. */
export type TaskNeeds = Pick<VolunteerRosterEntry, 'requiresCriminalRecord'>;

/** True when the volunteer's task, not the whole place, asks for a criminal record certificate. */
function onlyForTask(institution: Institution | undefined, task: TaskNeeds | undefined): boolean {
  return institution?.requiresCriminalRecord !== true && task?.requiresCriminalRecord === true;
}

/**
 * The certificates asked of the volunteer: a child certificate whenever the institution works
 * with children; a criminal record certificate when the institution asks it of every task there,
 * or the contact person marked that this volunteer's task needs it.
 */
export function requiredCertificateKinds(
  institution: Institution | undefined,
  task: TaskNeeds | undefined,
): CertificateKind[] {
  return CERTIFICATE_KINDS.filter((kind) =>
    kind === 'child'
      ? institution?.worksWithChildren === true
      : institution?.requiresCriminalRecord === true || task?.requiresCriminalRecord === true,
  );
}

/** Renewal reminders start this many days before `renewBy`. */
export const RENEWAL_WINDOW_DAYS = 30;

/** Whether to remind about renewing: `days` left (0 = today) or overdue by `days`. */
export type Renewal =
  { kind: 'none' } | { kind: 'soon'; days: number } | { kind: 'overdue'; days: number };

/** The renewal reminder for a certificate on `today` (`YYYY-MM-DD`). */
export function renewalReminder(
  certificate: Pick<Certificate, 'status' | 'renewBy'> | undefined,
  today: string,
  windowDays: number = RENEWAL_WINDOW_DAYS,
): Renewal {
  if (!certificate?.renewBy || certificate.status === 'notApproved') return { kind: 'none' };
  const days = daysBetween(today, certificate.renewBy);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days <= windowDays) return { kind: 'soon', days };
  return { kind: 'none' };
}

/** One kind of certificate as the volunteer sees it. */
export type CertificateLine = {
  kind: CertificateKind;
  required: boolean;
  /** Required because of the volunteer's task, where the place does not ask it of everyone. */
  forTask?: true;
  /** The newest row of this kind, if the contact person has recorded one. */
  certificate?: Certificate;
  renewal: Renewal;
};

function newestFirst(a: Certificate, b: Certificate): number {
  const da = a.decidedOn ?? a.requestedOn ?? '';
  const db = b.decidedOn ?? b.requestedOn ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The required kinds plus any other recorded kind, each with its newest certificate. */
export function certificateLines(
  institution: Institution | undefined,
  task: TaskNeeds | undefined,
  certificates: readonly Certificate[],
  today: string,
): CertificateLine[] {
  const required = requiredCertificateKinds(institution, task);
  return CERTIFICATE_KINDS.flatMap((kind) => {
    const certificate = certificates.filter((row) => row.kind === kind).sort(newestFirst)[0];
    const isRequired = required.includes(kind);
    if (!isRequired && !certificate) return [];
    return [
      {
        kind,
        required: isRequired,
        ...(kind === 'criminalRecord' && onlyForTask(institution, task)
          ? { forTask: true as const }
          : {}),
        ...(certificate ? { certificate } : {}),
        renewal: renewalReminder(certificate, today),
      },
    ];
  });
}

/** The institution's practical info with empty fields left out. */
export type InstitutionInfo = {
  name?: string;
  contactName?: string;
  contactPhone?: string;
  emergency?: string;
  agreements?: string;
  insurance?: string;
};

/** Trims the practical info and drops what is empty. */
export function institutionInfo(institution: Institution | undefined): InstitutionInfo {
  const info: InstitutionInfo = {};
  const fields = [
    'name',
    'contactName',
    'contactPhone',
    'emergency',
    'agreements',
    'insurance',
  ] as const;
  for (const field of fields) {
    const value = institution?.[field]?.trim();
    if (value) info[field] = value;
  }
  return info;
}

/** A `tel:` address for a phone number as people write it, or `undefined` without digits. */
export function telHref(phone: string): string | undefined {
  const plus = phone.trim().startsWith('+') || phone.trim().startsWith('00');
  const digits = phone.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 3) return undefined;
  return `tel:${plus ? '+' : ''}${digits}`;
}
