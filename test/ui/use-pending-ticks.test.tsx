import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePendingTicks } from '@/ui/use-pending-ticks';

/** A write the test finishes by hand. */
function deferredWrite() {
  let finish: (ok: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((resolve) => {
    finish = resolve;
  });
  return { write: () => promise, finish };
}

describe('usePendingTicks', () => {
  it('shows the tap at once, while the write is still on its way', async () => {
    const { result } = renderHook(() => usePendingTicks());
    const { write, finish } = deferredWrite();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.tick('a', false, true, write);
    });
    expect(result.current.checkedOf('a', false)).toBe(true);
    // Other boxes are untouched.
    expect(result.current.checkedOf('b', false)).toBe(false);
    await act(async () => {
      finish(true);
      await done;
    });
    // Written, but the data has not caught up yet: still what was tapped.
    expect(result.current.checkedOf('a', false)).toBe(true);
    // The data caught up.
    expect(result.current.checkedOf('a', true)).toBe(true);
  });

  it('follows the data once it moves away from what it was when tapped', () => {
    const { result } = renderHook(() => usePendingTicks());
    act(() => {
      void result.current.tick('a', false, true, () => new Promise<boolean>(() => undefined));
    });
    // Another phone's sync unticked and ticked it: the stored value wins from now on.
    expect(result.current.checkedOf('a', true)).toBe(true);
    act(() => {
      void result.current.tick('a', true, false, () => new Promise<boolean>(() => undefined));
    });
    expect(result.current.checkedOf('a', true)).toBe(false);
    expect(result.current.checkedOf('a', false)).toBe(false);
  });

  it('goes back to the stored value when the write fails', async () => {
    const { result } = renderHook(() => usePendingTicks());
    const { write, finish } = deferredWrite();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.tick('a', false, true, write);
    });
    expect(result.current.checkedOf('a', false)).toBe(true);
    await act(async () => {
      finish(false);
      await done;
    });
    expect(result.current.checkedOf('a', false)).toBe(false);
  });
});
