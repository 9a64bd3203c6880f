/**
 * The pull half of a sync: which rows a device gets, and when it must start over.
 *
 * Guarantees (DESIGN.md, "Scope changes" and "Tombstones and resets"):
 * - A page holds rows of the scopes the person reads now with `seq > cursor`, in seq order, and
 *   the cursor it answers never runs ahead of those rows.
 * - Scope changes are worked out from the request alone (nothing is stored per device): the
 *   device sends the scopes it has pulled so far; a scope it no longer reads is listed in
 *   `removedScopes`; a scope it did not read yet first sends its current rows at or below the
 *   cursor (which the normal page would never bring), ordered by seq. A lost response is retried
 *   with the same scopes and cursor and gets the same answer.
 * - A device whose cursor is below the tombstone purge point (it may have missed a delete), or
 *   whose new scopes hold more than a page of older rows, gets `reset: 'full'`: no rows, cursor
 *   0, `hasMore`, no scopes; it pushes its outbox, clears its synced tables and pulls from 0.
 * - Every answer carries `scopes`, the scopes the person reads now.
 */
import type { PulledRow, SyncRequest, SyncResponse } from '@/protocol/sync';
import type { Principal } from './auth/principal';
import { readPurgedSeq } from './purge';
import { readScopes } from './scopes';
import type { Store } from './store';

type Page = SyncResponse['pull'];
type PullRequest = SyncRequest['pull'];

/** The answer that makes a device clear its synced rows and pull everything again. */
export function fullReset(): Page {
  return { rows: [], cursor: 0, hasMore: true, scopes: [], reset: 'full' };
}

/** Pages out rows for authenticated devices. */
export type Puller = { pull: (principal: Principal, request: PullRequest) => Promise<Page> };

/** A puller over `store`. */
export function createPuller(store: Store): Puller {
  const { db } = store;

  async function select(scopes: string[], range: { after: number } | { upTo: number }, n: number) {
    if (scopes.length === 0) return [];
    let query = db
      .selectFrom('rows')
      .select(['tbl', 'key', 'scope', 'fields', 'clocks', 'deleted', 'seq'])
      .where('scope', 'in', scopes);
    query =
      'after' in range
        ? query.where('seq', '>', range.after)
        : // A device never had rows of a scope it did not read (or dropped them when the scope
          // went): tombstones would have nothing to delete there.
          query.where('seq', '<=', range.upTo).where('deleted', '=', 0);
    const found = await query.orderBy('seq').limit(n).execute();
    return found.map((row): PulledRow => ({
      table: row.tbl,
      key: row.key,
      fields: JSON.parse(row.fields) as Record<string, unknown>,
      hlc: JSON.parse(row.clocks) as Record<string, string>,
      deleted: row.deleted === 1,
      seq: row.seq,
      scope: row.scope,
    }));
  }

  return {
    async pull(principal, { cursor, limit, scopes: pulled }) {
      const current = await readScopes(db, principal);
      const reading = new Set(current);
      const known = new Set(pulled ?? current);
      const added = cursor > 0 ? current.filter((scope) => !known.has(scope)) : [];
      const removed = [...known].filter((scope) => !reading.has(scope));

      // Rows of new scopes that the cursor has already passed, then the normal page, together
      // at most `limit` rows.
      const backfill = await select(added, { upTo: cursor }, limit + 1);
      if (backfill.length > limit) return fullReset();
      const found = await select(current, { after: cursor }, limit - backfill.length + 1);
      const page = found.slice(0, limit - backfill.length);

      // Read after the rows: a purge that deleted a row this page should have held committed
      // before the query above, so it is seen here.
      if (cursor > 0 && cursor < (await readPurgedSeq(db))) return fullReset();

      return {
        rows: [...backfill, ...page],
        cursor: page.at(-1)?.seq ?? cursor,
        hasMore: found.length > page.length,
        scopes: current,
        ...(removed.length > 0 ? { removedScopes: removed } : {}),
      };
    },
  };
}
