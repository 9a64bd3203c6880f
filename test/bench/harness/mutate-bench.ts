/**
 * Measures the latency of one durable save through `mutate()` in a real browser: a new activity via
 * `logActivity` (insert), or a field change on one existing activity (update). Each sample is one
 * awaited call, from the call to its committed transaction (strict durability), in ms.
 */
import { mutate } from '@/db/mutate';
import { logActivity } from '@/features/volunteer/data/activities';
import type { ActivityInput } from '@/features/volunteer/model';
import { withBenchDb } from './bench-db';

function activityInput(index: number): ActivityInput {
  return {
    date: '2025-03-14',
    durationMinutes: 60 + (index % 4) * 30,
    activityType: index % 2 === 0 ? 'cards' : 'walk',
    note: `Bench activity ${index}`,
  };
}

/** Times `count` sequential inserts after `warmup` untimed ones; ms per save. */
export function mutateLatency(count: number, warmup: number): Promise<number[]> {
  return withBenchDb('mutate-insert', async (db) => {
    for (let i = 0; i < warmup; i += 1) await logActivity(db, activityInput(i));
    const samples: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const input = activityInput(i);
      const start = performance.now();
      await logActivity(db, input);
      samples.push(performance.now() - start);
    }
    return samples;
  });
}

/** Times `count` sequential updates of one existing activity after `warmup` untimed ones. */
export function mutateUpdateLatency(count: number, warmup: number): Promise<number[]> {
  return withBenchDb('mutate-update', async (db) => {
    const { id } = await logActivity(db, activityInput(0));
    const update = (i: number) =>
      mutate(db, { table: 'activities', op: 'put', key: id, fields: { note: `Edit ${i}` } });
    for (let i = 0; i < warmup; i += 1) await update(i);
    const samples: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const start = performance.now();
      await update(i);
      samples.push(performance.now() - start);
    }
    return samples;
  });
}
