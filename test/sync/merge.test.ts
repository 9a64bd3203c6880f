import type { SyncedRow } from '@/db/schema';
import type { PulledRow } from '@/protocol/sync';
import { mergeRow } from '@/sync/merge';

const KEY = '0192f0c4-7d3e-7c1a-9d4b-5f3e8a2b1c0d';
const stamp = (millis: number, node = 'aaaaaaaaaaaaaaaa') =>
  `${String(millis).padStart(15, '0')}-0000-${node}`;

function remote(
  fields: Record<string, unknown>,
  hlc: Record<string, string>,
  deleted = false,
): PulledRow {
  return { table: 'activities', key: KEY, fields, hlc, deleted, seq: 1 };
}

describe('mergeRow', () => {
  it('takes the server row when there is no local one', () => {
    const merged = mergeRow(undefined, remote({ note: 'a' }, { note: stamp(1) }));
    expect(merged).toEqual({ id: KEY, note: 'a', _hlc: { note: stamp(1) } });
  });

  it('keeps a newer local edit and takes newer server fields', () => {
    const local = {
      id: KEY,
      note: 'mine, not yet pushed',
      durationMinutes: 60,
      _hlc: { note: stamp(5), durationMinutes: stamp(1) },
    } as SyncedRow;
    const merged = mergeRow(
      local,
      remote({ note: 'older', durationMinutes: 90 }, { note: stamp(3), durationMinutes: stamp(4) }),
    );
    expect(merged).toMatchObject({ note: 'mine, not yet pushed', durationMinutes: 90 });
    expect(merged._hlc).toEqual({ note: stamp(5), durationMinutes: stamp(4) });
  });

  it('breaks a tie in millis by node id, as the server does', () => {
    const local = { id: KEY, note: 'a', _hlc: { note: stamp(5, 'aaaaaaaaaaaaaaaa') } } as SyncedRow;
    const merged = mergeRow(local, remote({ note: 'b' }, { note: stamp(5, 'bbbbbbbbbbbbbbbb') }));
    expect(merged).toMatchObject({ note: 'b' });
  });

  it('lets a tombstone from the server win and drops the text', () => {
    const local = { id: KEY, note: 'x', _hlc: { note: stamp(9) } } as SyncedRow;
    const merged = mergeRow(local, remote({}, { _deleted: stamp(2) }, true));
    expect(merged).toEqual({
      id: KEY,
      _deleted: true,
      _hlc: { note: stamp(9), _deleted: stamp(2) },
    });
  });

  it('keeps a local tombstone against a server put', () => {
    const local = { id: KEY, _deleted: true, _hlc: { _deleted: stamp(2) } } as SyncedRow;
    const merged = mergeRow(local, remote({ note: 'late' }, { note: stamp(7) }));
    expect(merged._deleted).toBe(true);
    expect(merged).not.toHaveProperty('note');
  });

  it('keeps fields it does not know', () => {
    const merged = mergeRow(undefined, remote({ futureField: 1 }, { futureField: stamp(1) }));
    expect(merged).toMatchObject({ futureField: 1 });
  });
});
