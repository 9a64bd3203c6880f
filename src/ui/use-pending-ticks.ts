import { useCallback, useState } from 'react';

/** A tick not yet seen in the data: what the data said when tapped, and what was asked for. */
type PendingTick = { from: boolean; to: boolean };

/**
 * Checkboxes over stored data that follow a tap at once. The data only changes once the write is
 * durable (and a live query has read it back); without this the box would jump back for a moment
 * and a screen reader would hear "not checked" before "checked".
 *
 * A pending tick is dropped as soon as the data moves away from what it was when tapped (the write
 * landed, or another phone's sync changed it), and when the write fails.
 */
export function usePendingTicks(): {
  checkedOf: (id: string, stored: boolean) => boolean;
  tick: (id: string, stored: boolean, to: boolean, write: () => Promise<boolean>) => Promise<void>;
} {
  const [pending, setPending] = useState<Record<string, PendingTick>>({});

  const checkedOf = useCallback(
    (id: string, stored: boolean) => {
      const tick = pending[id];
      return tick && tick.from === stored ? tick.to : stored;
    },
    [pending],
  );

  const tick = useCallback(
    async (id: string, stored: boolean, to: boolean, write: () => Promise<boolean>) => {
      setPending((current) => ({ ...current, [id]: { from: stored, to } }));
      if (!(await write())) {
        setPending((current) =>
          Object.fromEntries(Object.entries(current).filter(([key]) => key !== id)),
        );
      }
    },
    [],
  );

  return { checkedOf, tick };
}
