/**
 * Row types stored on the device.
 *
 * Every synced row has a UUIDv7 `id`, per-field HLC stamps in `_hlc` and, once deleted, `_deleted`
 * (a tombstone keeps only its id and clocks: deleted text does not linger on the phone).
 * Feature modules refine the domain fields; the database layer only relies on `SyncedRow`.
 */
import { TABLE_NAMES, type TableName } from '@/protocol/table-names';

/** Metadata every synced row carries. */
export type SyncedRow = {
  id: string;
  /** Encoded HLC stamp of the last local or remote write, per field. */
  _hlc: Record<string, string>;
  _deleted?: true;
  /** The server scope the row came from (`user:<id>`, `shared:<id>`, …); unset for local rows. */
  _scope?: string;
};

/** The three kinds of user (DOMAIN.md), the leader who follows the totals, and the admin. */
export type Role = 'volunteer' | 'caseworker' | 'contact' | 'leader' | 'admin';

/** The signed-in person on this device (one row, id `me`). Local until accounts exist. */
export type Profile = SyncedRow & {
  role: Role;
  displayName?: string;
  institutionId?: string;
  teamId?: string;
};

export type Institution = SyncedRow & {
  name: string;
  kind?: string;
  contactName?: string;
  contactPhone?: string;
  /** Local agreements for volunteer work here, written by the contact person. */
  agreements?: string;
  insurance?: string;
  emergency?: string;
  /** The institution's activity types (the app adds "Andet"). */
  activityTypes?: string[];
  requiresConfidentiality?: boolean;
  confidentialityText?: string;
  worksWithChildren?: boolean;
  requiresCriminalRecord?: boolean;
};

/** What a volunteer did and for how long: never who the citizen was. */
export type Activity = SyncedRow & {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  /** Local time `HH:MM`, when known. */
  startTime?: string;
  durationMinutes: number;
  activityType: string;
  institutionId?: string;
  participants?: number;
  note?: string;
  createdAt: number;
};

export type Expense = SyncedRow & {
  volunteerId?: string;
  institutionId?: string;
  date: string;
  amountOre: number;
  category: 'transport' | 'materials' | 'other';
  description: string;
  /** Set by the contact person; no status means submitted. */
  status?: 'submitted' | 'approved' | 'rejected' | 'paid';
  rejectReason?: string;
  decidedAt?: number;
  createdAt: number;
};

/** A receipt photo, resized on the device to at most 200 KB; `data` is base64 (as on the wire). */
export type Receipt = SyncedRow & {
  volunteerId?: string;
  expenseId: string;
  mimeType: 'image/jpeg' | 'image/webp' | 'image/png';
  data: string;
};

export type IntroProgress = SyncedRow & {
  volunteerId?: string;
  institutionId: string;
  itemId: string;
  doneAt?: number;
  confirmedAt?: number;
};

export type LogbookEntry = SyncedRow & {
  kind: 'good' | 'difficulty' | 'question';
  text: string;
  tags: string[];
  createdAt: number;
  sharedAt?: number;
  sharedAnonymously?: boolean;
  /** The `sharedEntries` copy (where an answer arrives). */
  sharedEntryId?: string;
  checklistItemId?: string;
  planItemId?: string;
};

export type CheckIn = SyncedRow & {
  /** ISO week, e.g. `2026-W48`. */
  week: string;
  methodGoing: number;
  confidence: number;
};

export type Checklist = SyncedRow & {
  teamId?: string;
  title: string;
  template?: string;
};

export type ChecklistItem = SyncedRow & {
  checklistId: string;
  position: number;
  text: string;
  done: boolean;
  doneBy?: string;
  doneAt?: number;
  note?: string;
};

export type PlanItem = SyncedRow & {
  date: string;
  /** Local times `HH:MM`; '' or unset means none (all day). */
  startTime?: string;
  endTime?: string;
  title: string;
  kind: 'training' | 'experience' | 'information' | 'other';
  status: 'planned' | 'done' | 'cancelled';
  responsible?: string;
  participants?: string;
  /** Cases to discuss, by reference only (never citizen data). */
  caseRefs?: string[];
};

export type Tip = SyncedRow & {
  /** ISO week the tip shows from. */
  week: string;
  publishedAt?: number;
  title: string;
  body: string;
  audience: 'team' | 'volunteers' | 'everyone';
  tag?: string;
};

export type TipRead = SyncedRow & {
  tipId: string;
  readAt: number;
};

/** One item of an institution's introduction checklist, kept by its contact person. */
export type IntroItem = SyncedRow & {
  institutionId: string;
  position: number;
  title: string;
  body?: string;
};

/** A volunteer read and accepted the institution's confidentiality text. */
export type Declaration = SyncedRow & {
  volunteerId: string;
  institutionId: string;
  acceptedAt: number;
};

/** The status of a certificate (never the certificate itself), recorded by the contact person. */
export type Certificate = SyncedRow & {
  volunteerId: string;
  kind: 'criminalRecord' | 'child';
  status: 'requested' | 'approved' | 'notApproved';
  requestedOn?: string;
  decidedOn?: string;
  renewBy?: string;
};

/** A volunteer's request to talk to the contact person; gone from the volunteer's phone once sent. */
export type Concern = SyncedRow & {
  volunteerId: string;
  institutionId: string;
  preferredTime?: string;
  message?: string;
  createdAt: number;
  status?: 'new' | 'answered';
  answeredAt?: number;
};

/**
 * A volunteer on their institution's roster, read by the contact persons and the volunteer: the
 * server writes it, except `requiresCriminalRecord`, which the contact person sets.
 */
export type VolunteerRosterEntry = SyncedRow & {
  institutionId: string;
  displayName?: string;
  joinedAt: number;
  /** The contact person marked that this volunteer's task needs a criminal record certificate. */
  requiresCriminalRecord?: boolean;
};

/** A volunteer's hours in one month (written by the server from the activities; no notes). */
export type VolunteerHours = SyncedRow & {
  volunteerId: string;
  institutionId: string;
  /** `YYYY-MM`. */
  month: string;
  minutes: number;
  entries: number;
};

/** A logbook entry shared with the experience meeting; anonymous shares carry no author. */
export type SharedEntry = SyncedRow & {
  kind: 'good' | 'difficulty' | 'question';
  text: string;
  tags: string[];
  sharedAt: number;
  authorName?: string;
  answer?: string;
  answeredAt?: number;
  answeredBy?: string;
};

/** A team's average check-in for one week (written by the server, only from 3 answers up). */
export type TeamCheckIn = SyncedRow & {
  teamId: string;
  week: string;
  answers: number;
  methodGoing: number;
  confidence: number;
};

/** How many have read a tip (written by the server). */
export type TipStats = SyncedRow & { tipId: string; reads: number };

// --- The leader's overview: totals the server writes into the `leader` scope (never a person).

/** A place in the municipality: the whole of it, an institution or a team (id: its own id). */
export type Unit = SyncedRow & {
  kind: 'municipality' | 'institution' | 'team';
  name?: string;
  /** A team's institution. */
  institutionId?: string;
  /** How many people read tips sent here. */
  members: number;
};

/** All volunteers' hours at one institution in one month. */
export type InstitutionHours = SyncedRow & {
  institutionId: string;
  /** `YYYY-MM`. */
  month: string;
  minutes: number;
  entries: number;
  /** Volunteers with at least one activity that month. */
  volunteers: number;
};

/** One team checklist's progress. */
export type ChecklistProgress = SyncedRow & {
  checklistId: string;
  teamId: string;
  title: string;
  template?: string;
  items: number;
  done: number;
};

/** How many read a tip; `unitId` is its team or institution (none: everyone). */
export type TipReach = SyncedRow & {
  tipId: string;
  title: string;
  week: string;
  audience: 'team' | 'volunteers' | 'everyone';
  unitId?: string;
  /** Distinct readers other than the tip's writer. */
  reads: number;
  /** The writer is one of the unit's members (unset: counted before the writer was left out). */
  authorIsMember?: boolean;
};

/** Tables that sync: the protocol's list, so client and server can never disagree. */
export const SYNCED_TABLES = TABLE_NAMES;

/** Name of a table that syncs. */
export type SyncedTableName = TableName;

/** Row type of each synced table. */
export type RowOf = {
  profile: Profile;
  institutions: Institution;
  activities: Activity;
  expenses: Expense;
  receipts: Receipt;
  introProgress: IntroProgress;
  logbookEntries: LogbookEntry;
  checkIns: CheckIn;
  checklists: Checklist;
  checklistItems: ChecklistItem;
  planItems: PlanItem;
  tips: Tip;
  tipReads: TipRead;
  introItems: IntroItem;
  declarations: Declaration;
  certificates: Certificate;
  concerns: Concern;
  volunteers: VolunteerRosterEntry;
  volunteerHours: VolunteerHours;
  sharedEntries: SharedEntry;
  teamCheckIns: TeamCheckIn;
  tipStats: TipStats;
  units: Unit;
  institutionHours: InstitutionHours;
  checklistProgress: ChecklistProgress;
  tipReach: TipReach;
};

/** A pending local change, waiting for the sync engine. `id` increases per device. */
export type OutboxEntry = {
  id?: number;
  table: SyncedTableName;
  key: string;
  op: 'put' | 'delete';
  /** The fields this change wrote (empty for a delete). */
  fields: Record<string, unknown>;
  /** Encoded HLC stamp of this change. */
  hlc: string;
  createdAt: number;
};

/** Small named values the data layer keeps: the clock, the device node, later the sync cursor. */
export type SyncStateEntry = { key: string; value: unknown };
