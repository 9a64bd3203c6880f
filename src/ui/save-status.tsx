import { Alert } from './alert';

/** What happened to the last save. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; message: string }
  | { kind: 'failed'; message: string };

/**
 * The outcome of a save, announced to screen readers.
 *
 * The live region is always in the DOM (an empty one) so the announcement is not lost when it appears.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <div className="save-status">
      <div role="status" aria-live="polite">
        {state.kind === 'saved' && <Alert tone="success">{state.message}</Alert>}
      </div>
      <div role="alert">
        {state.kind === 'failed' && <Alert tone="error">{state.message}</Alert>}
      </div>
    </div>
  );
}
