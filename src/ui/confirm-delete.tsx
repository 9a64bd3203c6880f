import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from './alert';
import { Button } from './button';

/** The words of a delete section, in the feature's own voice. */
export type ConfirmDeleteTexts = {
  /** The section's heading, e.g. "Slet noten". */
  title: string;
  /** The button that asks first, e.g. "Slet noten". */
  open: string;
  /** The question, saying what deleting means. */
  question: string;
  confirm: string;
  cancel: string;
  /** Shown when `onConfirm` throws. */
  failed: string;
};

/**
 * A section that deletes one thing only after the user says yes.
 *
 * Focus moves onto the red "yes" button when the question opens and back to the heading after
 * "no", so keyboard and screen-reader users stay where they were. `onConfirm` deletes and moves
 * on (usually navigates away); if it throws, the failure is announced and the user can try again.
 */
export function ConfirmDelete({
  texts,
  onConfirm,
}: {
  texts: ConfirmDeleteTexts;
  onConfirm: () => Promise<void>;
}) {
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  const [answered, setAnswered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (answered) headingRef.current?.focus();
  }, [asking, answered]);

  async function confirm() {
    setBusy(true);
    setFailed(false);
    try {
      await onConfirm();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {texts.title}
      </h2>
      {asking ? (
        <div>
          <p>{texts.question}</p>
          <div className="button-row">
            <button
              ref={confirmRef}
              type="button"
              className="button button-primary button-danger"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {texts.confirm}
            </button>
            <Button
              variant="secondary"
              onClick={() => {
                setAnswered(true);
                setAsking(false);
              }}
            >
              {texts.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {texts.open}
        </Button>
      )}
      <div role="alert">{failed && <Alert tone="error">{texts.failed}</Alert>}</div>
    </section>
  );
}
