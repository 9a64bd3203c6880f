/**
 * The Dexie database: every schema version ever shipped, in order.
 *
 * Rules (DESIGN.md): never edit a published version, add one with an upgrade function; never clear
 * the outbox in an upgrade. Writes use strict durability so "saved" means on disk, not in a cache.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Activity,
  Certificate,
  Concern,
  Declaration,
  IntroItem,
  VolunteerHours,
  VolunteerRosterEntry,
  CheckIn,
  Checklist,
  ChecklistItem,
  Expense,
  Institution,
  IntroProgress,
  LogbookEntry,
  OutboxEntry,
  PlanItem,
  SharedEntry,
  TeamCheckIn,
  TipStats,
  Unit,
  InstitutionHours,
  ChecklistProgress,
  TipReach,
  Profile,
  Receipt,
  RowOf,
  SyncedTableName,
  SyncStateEntry,
  Tip,
  TipRead,
} from './schema';

/** The default database name on a device. */
export const DB_NAME = 'samspil';

/** Samspil's IndexedDB. Construct one per test with a unique name. */
export class SamspilDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  institutions!: EntityTable<Institution, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  expenses!: EntityTable<Expense, 'id'>;
  receipts!: EntityTable<Receipt, 'id'>;
  introProgress!: EntityTable<IntroProgress, 'id'>;
  logbookEntries!: EntityTable<LogbookEntry, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  checklists!: EntityTable<Checklist, 'id'>;
  checklistItems!: EntityTable<ChecklistItem, 'id'>;
  planItems!: EntityTable<PlanItem, 'id'>;
  tips!: EntityTable<Tip, 'id'>;
  tipReads!: EntityTable<TipRead, 'id'>;
  introItems!: EntityTable<IntroItem, 'id'>;
  declarations!: EntityTable<Declaration, 'id'>;
  certificates!: EntityTable<Certificate, 'id'>;
  concerns!: EntityTable<Concern, 'id'>;
  volunteers!: EntityTable<VolunteerRosterEntry, 'id'>;
  volunteerHours!: EntityTable<VolunteerHours, 'id'>;
  sharedEntries!: EntityTable<SharedEntry, 'id'>;
  teamCheckIns!: EntityTable<TeamCheckIn, 'id'>;
  tipStats!: EntityTable<TipStats, 'id'>;
  units!: EntityTable<Unit, 'id'>;
  institutionHours!: EntityTable<InstitutionHours, 'id'>;
  checklistProgress!: EntityTable<ChecklistProgress, 'id'>;
  tipReach!: EntityTable<TipReach, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  syncState!: EntityTable<SyncStateEntry, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });

    // Version 1 (first release). Indexes only on what screens filter or sort by.
    this.version(1).stores({
      profile: 'id',
      institutions: 'id',
      activities: 'id, date, activityType, institutionId',
      expenses: 'id, date, status',
      receipts: 'id, expenseId',
      introProgress: 'id, institutionId',
      logbookEntries: 'id, createdAt, kind, *tags',
      checkIns: 'id, week',
      checklists: 'id, teamId',
      checklistItems: 'id, checklistId',
      planItems: 'id, date',
      tips: 'id, week',
      tipReads: 'id, tipId',
      outbox: '++id, [table+key], createdAt',
      syncState: 'key',
    });

    // Version 2: the volunteer features. A pull before this version skipped rows of tables it did
    // not know while its cursor moved past them, so pull everything again (merging keeps pending
    // edits; the outbox is untouched) and forget the scopes pulled so far.
    this.version(2)
      .stores({
        expenses: 'id, date, status, volunteerId',
        introProgress: 'id, institutionId, volunteerId',
        introItems: 'id, institutionId',
        declarations: 'id, volunteerId',
        certificates: 'id, volunteerId',
        concerns: 'id, institutionId, createdAt',
        volunteers: 'id, institutionId',
        volunteerHours: 'id, volunteerId, month',
      })
      .upgrade(async (tx) => {
        await tx.table('syncState').bulkDelete(['cursor', 'scopes']);
      });

    // Version 3: the caseworker features. Pull everything again, as for version 2.
    this.version(3)
      .stores({
        sharedEntries: 'id, sharedAt, kind',
        teamCheckIns: 'id, week',
        tipStats: 'id, tipId',
        planItems: 'id, date, kind',
      })
      .upgrade(async (tx) => {
        await tx.table('syncState').bulkDelete(['cursor', 'scopes']);
      });

    // Version 4: the leader's overview. Its rows live in the new `leader` scope, which the server
    // backfills when a device first asks for it, so no cursor reset is needed.
    this.version(4).stores({
      units: 'id, kind',
      institutionHours: 'id, month, institutionId',
      checklistProgress: 'id, teamId',
      tipReach: 'id, week',
    });
  }

  /** The typed table for a synced table name. */
  synced<N extends SyncedTableName>(name: N): Table<RowOf[N], string> {
    return this.table(name);
  }
}
