import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '@/db/react';
import type { PlanItem } from '@/db/schema';
import {
  deletePlanItem,
  listPlanItems,
  readPlanItem,
  savePlanItem,
  setPlanStatus,
} from '../data/plan-items';

/** Every live activity, live; `undefined` while loading. */
export function usePlanItems(): PlanItem[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listPlanItems(db), [db]);
}

/** One activity; `null` when gone, `undefined` while loading. */
export function usePlanItem(id: string | undefined): PlanItem | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? readPlanItem(db, id) : null), [db, id]);
}

/** Activity plan writes bound to the current database; each resolves once durable. */
export function usePlanActions() {
  const db = useDb();
  return useMemo(
    () => ({
      save: (fields: Parameters<typeof savePlanItem>[1], id?: string) =>
        savePlanItem(db, fields, id),
      setStatus: (id: string, status: PlanItem['status']) => setPlanStatus(db, id, status),
      remove: (id: string) => deletePlanItem(db, id),
    }),
    [db],
  );
}
