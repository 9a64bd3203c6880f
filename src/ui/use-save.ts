import { useCallback, useState } from 'react';
import { errorCode, type AppErrorCode } from '@/lib/errors';
import type { SaveState } from './save-status';

/**
 * Runs a save and tracks its outcome for `SaveStatus`.
 *
 * The action's promise resolves only after the data is durable (see db/mutate.ts), so "saved"
 * follows it. A failure is caught here, at the top, and mapped to a message; the caller keeps the
 * form's text because nothing clears it on failure.
 */
export function useSave(messages: { saved: string; error: (code: AppErrorCode) => string }): {
  state: SaveState;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  reset: () => void;
} {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const { saved, error } = messages;

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setState({ kind: 'saving' });
      try {
        await action();
        setState({ kind: 'saved', message: saved });
        return true;
      } catch (caught) {
        setState({ kind: 'failed', message: error(errorCode(caught)) });
        return false;
      }
    },
    [saved, error],
  );

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, reset };
}
