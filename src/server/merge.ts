/**
 * The merge rule for synced rows: per-field last-writer-wins by HLC, tombstones win.
 *
 * Pure: given the stored row (or none) and one mutation, returns the new row, or `undefined` when
 * nothing changes. Encoded HLC stamps sort as strings in clock order (src/lib/hlc.ts).
 */

/** A row's merge state. */
export type MergeState = {
  fields: Record<string, unknown>;
  clocks: Record<string, string>;
  deleted: boolean;
};

/** One change to merge: the fields of a put (ignored for a delete) stamped with `hlc`. */
export type Change = { op: 'put' | 'delete'; fields: Record<string, unknown>; hlc: string };

/** The row after `change`, or `undefined` when `change` loses everywhere. */
export function mergeChange(
  stored: MergeState | undefined,
  change: Change,
): MergeState | undefined {
  if (change.op === 'delete') {
    if (stored?.deleted) return undefined;
    // The fields go (they may be personal data); the clocks stay, so the row's history of
    // stamps is still comparable.
    return { fields: {}, clocks: stored?.clocks ?? {}, deleted: true };
  }
  if (stored?.deleted) return undefined;
  const fields = { ...stored?.fields };
  const clocks = { ...stored?.clocks };
  let changed = stored === undefined;
  for (const [name, value] of Object.entries(change.fields)) {
    const current = clocks[name];
    if (current !== undefined && current >= change.hlc) continue;
    fields[name] = value;
    clocks[name] = change.hlc;
    changed = true;
  }
  return changed ? { fields, clocks, deleted: false } : undefined;
}
