/**
 * The Dexie database: every schema version ever shipped, in order.
 *
 * Rules (DESIGN.md): never edit a published version, add one with an upgrade function; never clear
 * the outbox in an upgrade. Writes use strict durability so "saved" means on disk, not in a cache.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Activity,
  CheckIn,
  Checklist,
  ChecklistItem,
  Expense,
  Institution,
  IntroProgress,
  LogbookEntry,
  OutboxEntry,
  PlanItem,
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
  }

  /** The typed table for a synced table name. */
  synced<N extends SyncedTableName>(name: N): Table<RowOf[N], string> {
    return this.table(name);
  }
}
