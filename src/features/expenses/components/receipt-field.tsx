import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatBytes } from '@/lib/format';
import { Button } from '@/ui/button';
import type { ReceiptPickerState } from '../hooks/use-receipt-picker';
import { receiptDataUrl } from '../receipt-model';

/**
 * The receipt photo: take one with the camera or pick one, watch it being shrunk, see the preview.
 *
 * The file inputs are real inputs (keyboard and screen readers reach them); their labels look like
 * buttons.
 */
export function ReceiptField({
  state,
  onPick,
  onRemove,
}: {
  state: ReceiptPickerState;
  onPick: (file: Blob) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const errorText =
    state.error === 'tooLarge'
      ? t('expenses.receiptTooLarge')
      : state.error === 'unreadable'
        ? t('expenses.receiptUnreadable')
        : undefined;
  const describedBy = [`${id}-hint`, errorText ? `${id}-error` : ''].filter(Boolean).join(' ');

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clear the input so picking the same photo again still fires a change.
    event.target.value = '';
    if (file) onPick(file);
  }

  return (
    <fieldset className={`form-group receipt-field${errorText ? ' form-error' : ''}`}>
      <legend className="form-label">{t('expenses.receipt')}</legend>
      <span className="form-hint" id={`${id}-hint`}>
        {t('expenses.receiptHint')}
      </span>
      {errorText && (
        <span className="form-error-message" id={`${id}-error`} role="alert">
          {errorText}
        </span>
      )}
      <div className="file-picks">
        <input
          type="file"
          accept="image/*"
          capture="environment"
          id={`${id}-camera`}
          className="file-pick-input"
          aria-describedby={describedBy}
          onChange={onChange}
          disabled={state.working}
        />
        <label htmlFor={`${id}-camera`} className="button button-secondary file-pick-label">
          {t('expenses.receiptCamera')}
        </label>
        <input
          type="file"
          accept="image/*"
          id={`${id}-file`}
          className="file-pick-input"
          aria-describedby={describedBy}
          onChange={onChange}
          disabled={state.working}
        />
        <label htmlFor={`${id}-file`} className="button button-tertiary file-pick-label">
          {t('expenses.receiptChoose')}
        </label>
      </div>
      <div role="status" className="receipt-progress">
        {state.working && (
          <>
            {/* Indeterminate: most photos fit at the first or second try, so a count would mislead. */}
            <progress aria-label={t('expenses.receiptWorking')} />
            <span>{t('expenses.receiptWorking')}</span>
          </>
        )}
      </div>
      {state.photo && !state.working && (
        <figure className="receipt-preview">
          <img src={receiptDataUrl(state.photo)} alt={t('expenses.receiptPreviewAlt')} />
          <figcaption>
            {t('expenses.receiptSize', {
              size: formatBytes(state.photo.bytes, localeFor(i18n.language)),
            })}
          </figcaption>
          <Button variant="tertiary" onClick={onRemove}>
            {t('expenses.receiptRemove')}
          </Button>
        </figure>
      )}
    </fieldset>
  );
}
