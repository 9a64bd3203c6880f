import { useId, useRef, useState } from 'react';
import { Alert } from './alert';
import { ConfirmAction, type ConfirmActionTexts } from './confirm-action';

/** The words of a delete section, in the feature's own voice. */
export type ConfirmDeleteTexts = ConfirmActionTexts & {
  /** The section's heading, e.g. "Slet noten". */
  title: string;
  /** Shown when `onConfirm` throws. */
  failed: string;
};

/**
 * A section that deletes one thing only after the user says yes.
 *
 * After "no", focus goes back to the heading. `onConfirm` deletes and moves on (usually navigates
 * away); if it throws, the failure is announced and the user can try again.
 */
export function ConfirmDelete({
  texts,
  onConfirm,
}: {
  texts: ConfirmDeleteTexts;
  onConfirm: () => Promise<void>;
}) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function confirm(): Promise<boolean> {
    setBusy(true);
    setFailed(false);
    try {
      await onConfirm();
      return true;
    } catch {
      setFailed(true);
      setBusy(false);
      return false;
    }
  }

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {texts.title}
      </h2>
      <ConfirmAction
        texts={texts}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => headingRef.current?.focus()}
      />
      <div role="alert">{failed && <Alert tone="error">{texts.failed}</Alert>}</div>
    </section>
  );
}
