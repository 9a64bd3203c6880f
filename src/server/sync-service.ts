/**
 * The sync service: apply a device's pushed mutations, then page out what changed in its scopes
 * (the push half, with the rows the server derives, is in push.ts; the pull half, scope changes
 * and resets, is in pull.ts).
 *
 * Guarantees (DESIGN.md, "The sync protocol"):
 * - A push is one transaction under the writers' lock: either every accepted mutation, the new
 *   `seq` numbers and the device's `last_mutation_id` are stored, or none of them is.
 * - Mutation ids at or below the device's `last_mutation_id` are skipped but acknowledged, so a
 *   retried push applies nothing twice.
 * - A mutation that is invalid or forbidden is rejected for good (it counts as processed); it
 *   never blocks the ones after it.
 * - Every changed row gets the next `seq`, and seq numbers become visible in commit order, so a
 *   pull cursor never skips a row.
 */
import type { SyncRequest, SyncResponse } from '@/protocol/sync';
import type { Principal } from './auth/principal';
import { createPuller } from './pull';
import { createPusher } from './push';
import { createServerClock } from './server-clock';
import type { Store } from './store';

/** Applies pushes and answers pulls for authenticated devices. */
export type SyncService = {
  sync: (principal: Principal, request: SyncRequest) => Promise<SyncResponse>;
};

/** A sync service over `store`; `now` is injectable for tests. */
export function createSyncService(store: Store, now: () => number = Date.now): SyncService {
  const puller = createPuller(store);
  const clock = createServerClock(now);
  const pusher = createPusher(store, clock, now);

  async function lastAcked(principal: Principal): Promise<number> {
    const device = await store.db
      .selectFrom('devices')
      .select('last_mutation_id')
      .where('id', '=', principal.deviceId)
      .executeTakeFirstOrThrow();
    return device.last_mutation_id;
  }

  return {
    async sync(principal, request) {
      const mutations = request.push.mutations;
      const ack =
        mutations.length > 0
          ? await pusher.push(principal, mutations)
          : { lastMutationId: await lastAcked(principal), rejected: [] };
      const page = await puller.pull(principal, request.pull);
      return { serverHlc: clock.tick(), serverEpoch: store.epoch, ack, pull: page };
    },
  };
}
