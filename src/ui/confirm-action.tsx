import { useEffect, useRef, useState } from 'react';
import { Button } from './button';

/** The words of a confirmed action, in the feature's own voice. */
export type ConfirmActionTexts = {
  /** The button that asks first, e.g. "Slet noten". */
  open: string;
  /** The question, saying what the action means. */
  question: string;
  confirm: string;
  cancel: string;
};

/**
 * A button that does something that cannot be undone only after the user says yes.
 *
 * Focus moves onto the red "yes" button when the question opens and, after "no", to wherever
 * `onCancel` puts it (by default back onto the first button), so keyboard and screen-reader users
 * stay where they were.
 */
export function ConfirmAction({
  texts,
  busy,
  onConfirm,
  onCancel,
}: {
  texts: ConfirmActionTexts;
  busy: boolean;
  /** Does it; `true` closes the question, `false` keeps it open to try again. */
  onConfirm: () => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [answered, setAnswered] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (answered && !onCancel) openRef.current?.focus();
  }, [asking, answered, onCancel]);

  return asking ? (
    <div>
      <p>{texts.question}</p>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className="button button-primary button-danger"
          disabled={busy}
          onClick={() => void onConfirm().then((done) => setAsking(!done))}
        >
          {texts.confirm}
        </button>
        <Button
          variant="secondary"
          onClick={() => {
            setAnswered(true);
            setAsking(false);
            onCancel?.();
          }}
        >
          {texts.cancel}
        </Button>
      </div>
    </div>
  ) : (
    <button
      ref={openRef}
      type="button"
      className="button button-secondary"
      onClick={() => setAsking(true)}
    >
      {texts.open}
    </button>
  );
}
