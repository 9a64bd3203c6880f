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
  return { table: 'activities', key: KEY, fields, hlc, deleted, seq: 1, scope: 'user:u1' };
}

const pendingFields = (...fields: string[]) => ({ fields: new Set(fields), deleted: false });

describe('mergeRow', () => {
  it('takes the server row when there is no local one', () => {
    const merged = mergeRow(undefined, remote({ note: 'a' }, { note: stamp(1) }), undefined);
    expect(merged).toEqual({ id: KEY, note: 'a', _hlc: { note: stamp(1) }, _scope: 'user:u1' });
  });

  it('keeps a field with a change still waiting, and takes the server for the rest', () => {
    const local = {
      id: KEY,
      note: 'mine, not yet pushed',
      durationMinutes: 60,
      _hlc: { note: stamp(5), durationMinutes: stamp(1) },
    } as SyncedRow;
    const merged = mergeRow(
      local,
      remote({ note: 'older', durationMinutes: 90 }, { note: stamp(3), durationMinutes: stamp(4) }),
      pendingFields('note'),
    );
    expect(merged).toMatchObject({ note: 'mine, not yet pushed', durationMinutes: 90 });
    expect(merged._hlc).toEqual({ note: stamp(5), durationMinutes: stamp(4) });
  });

  it('takes a newer value from the server over a change still waiting, which the server will refuse', () => {
    // Another phone's later edit reached the server first; the push of ours changes nothing there.
    const local = { id: KEY, note: 'mine, older', _hlc: { note: stamp(5) } } as SyncedRow;
    const merged = mergeRow(
      local,
      remote({ note: 'theirs, newer' }, { note: stamp(6, 'bbbbbbbbbbbbbbbb') }),
      pendingFields('note'),
    );
    expect(merged).toMatchObject({ note: 'theirs, newer' });
    expect(merged._hlc).toEqual({ note: stamp(6, 'bbbbbbbbbbbbbbbb') });
  });

  it('takes the server’s value and clock when nothing waits, even if the local clock is ahead', () => {
    // The server re-stamped this phone's clock, which ran an hour fast.
    const local = { id: KEY, note: 'x', _hlc: { note: stamp(3_600_000) } } as SyncedRow;
    const merged = mergeRow(local, remote({ note: 'x' }, { note: stamp(10) }), undefined);
    expect(merged._hlc).toEqual({ note: stamp(10) });
  });

  it('lets a tombstone from the server win over a waiting edit', () => {
    const local = { id: KEY, note: 'x', _hlc: { note: stamp(9) } } as SyncedRow;
    const merged = mergeRow(local, remote({}, { _deleted: stamp(2) }, true), pendingFields('note'));
    expect(merged).toEqual({
      id: KEY,
      _deleted: true,
      _hlc: { _deleted: stamp(2) },
      _scope: 'user:u1',
    });
  });

  it('keeps a local delete that is still waiting', () => {
    const local = { id: KEY, _deleted: true, _hlc: { _deleted: stamp(2) } } as SyncedRow;
    const merged = mergeRow(local, remote({ note: 'late' }, { note: stamp(7) }), {
      fields: new Set(),
      deleted: true,
    });
    expect(merged._deleted).toBe(true);
    expect(merged).not.toHaveProperty('note');
  });

  it('keeps fields it does not know', () => {
    const merged = mergeRow(
      undefined,
      remote({ futureField: 1 }, { futureField: stamp(1) }),
      undefined,
    );
    expect(merged).toMatchObject({ futureField: 1 });
  });
});
