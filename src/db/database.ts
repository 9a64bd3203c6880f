/**
 * The Dexie database: every schema version ever shipped, in order.
 *
 * Rules (DESIGN.md): never edit a published version, add one with an upgrade function; never clear
 * the outbox in an upgrade. Writes use strict durability so "saved" means on disk, not in a cache.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
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

/** One shipped schema version: the stores it adds or changes, and whether it pulls again. */
type SchemaVersion = {
  readonly stores: Readonly<Record<string, string>>;
  readonly pullAgain?: true;
};

/**
 * Every schema version ever shipped, in order (entry i is version i + 1).
 *
 * A version that adds a synced table must set `pullAgain`: a client without that table skipped
 * its rows while the cursor moved past them (src/sync/apply.ts), so only a pull from 0 brings them
 * back. test/db/database.test.ts opens every older schema with a saved cursor and fails when the
 * upgrade to the newest keeps it.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  // Version 1 (first release). Indexes only on what screens filter or sort by.
  {
    stores: {
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
    },
  },
  // Version 2: the volunteer features.
  {
    stores: {
      expenses: 'id, date, status, volunteerId',
      introProgress: 'id, institutionId, volunteerId',
      introItems: 'id, institutionId',
      declarations: 'id, volunteerId',
      certificates: 'id, volunteerId',
      concerns: 'id, institutionId, createdAt',
      volunteers: 'id, institutionId',
      volunteerHours: 'id, volunteerId, month',
    },
    pullAgain: true,
  },
  // Version 3: the caseworker features.
  {
    stores: {
      sharedEntries: 'id, sharedAt, kind',
      teamCheckIns: 'id, week',
      tipStats: 'id, tipId',
      planItems: 'id, date, kind',
    },
    pullAgain: true,
  },
  // Version 4: the leader's overview. Shipped without `pullAgain` on the belief that the server
  // backfills the new `leader` scope; it does not for a device that already listed that scope,
  // as a version 3 admin's phone did while skipping the rows. Version 5 repairs it.
  {
    stores: {
      units: 'id, kind',
      institutionHours: 'id, month, institutionId',
      checklistProgress: 'id, teamId',
      tipReach: 'id, week',
    },
  },
  // Version 5: no new store; pulls again for the tables version 4 added.
  { stores: {}, pullAgain: true },
];

/**
 * Pulls everything again on the next sync: forgets the cursor and the scopes pulled so far.
 * Merging keeps pending local edits; the outbox is untouched.
 */
async function forgetPull(tx: Transaction): Promise<void> {
  await tx.table('syncState').bulkDelete(['cursor', 'scopes']);
}

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
    SCHEMA_VERSIONS.forEach(({ stores, pullAgain }, index) => {
      const version = this.version(index + 1).stores(stores);
      if (pullAgain) version.upgrade(forgetPull);
    });
  }

  /** The typed table for a synced table name. */
  synced<N extends SyncedTableName>(name: N): Table<RowOf[N], string> {
    return this.table(name);
  }
}
