import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Expense } from '@/db/schema';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { Button } from '@/ui/button';
import { TextArea } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useDecideClaim } from '../hooks/use-handling';
import { claimStatus, validateRejectReason } from '../model';
import { formatAmount } from './format';
import { ReceiptView } from './receipt-view';

/**
 * One expense claim: amount, date, what for, status, the receipt on request, and the contact
 * person's decision (approve, reject with a reason, mark paid).
 */
export function ClaimCard({
  expense,
  volunteerName,
}: {
  expense: Expense;
  volunteerName?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const headingId = useId();
  const decide = useDecideClaim();
  const save = useSave({ saved: t('contact.claims.saved'), error: (code) => t(`errors.${code}`) });
  const [showReceipt, setShowReceipt] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const status = claimStatus(expense);
  const amount = formatAmount(expense.amountOre, locale);
  const date = formatDate(parseIsoDate(expense.date), locale);

  useEffect(() => {
    if (rejecting) formRef.current?.querySelector('textarea')?.focus();
  }, [rejecting]);

  async function onReject(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateRejectReason(reason);
    if (!result.ok) {
      setReasonError(
        result.error === 'cpr' ? t('privacy.cprFound') : t('contact.claims.reasonRequired'),
      );
      save.reset();
      return;
    }
    setReasonError(undefined);
    if (await save.run(() => decide(expense.id, { status: 'rejected', reason: result.value }))) {
      setRejecting(false);
      setReason('');
    }
  }

  return (
    <article className="contact-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {amount} · {expense.description}
      </h3>
      {volunteerName !== undefined && (
        <p className="entry-meta">{t('contact.claims.from', { name: volunteerName })}</p>
      )}
      <p className="entry-meta">
        {date} · {t(`contact.claims.categories.${expense.category}`)}
      </p>
      <p>
        <strong>{t(`contact.claims.statuses.${status}`)}</strong>
        {expense.decidedAt !== undefined &&
          status !== 'submitted' &&
          ` · ${formatDate(expense.decidedAt, locale)}`}
      </p>
      {status === 'rejected' && expense.rejectReason && (
        <p className="entry-text">
          {t('contact.claims.rejectedBecause', { reason: expense.rejectReason })}
        </p>
      )}
      <Button
        variant="tertiary"
        aria-expanded={showReceipt}
        onClick={() => setShowReceipt((shown) => !shown)}
      >
        {showReceipt ? t('contact.claims.hideReceipt') : t('contact.claims.showReceipt')}
      </Button>
      {showReceipt && (
        <ReceiptView
          expenseId={expense.id}
          alt={t('contact.claims.receiptAlt', { amount, date })}
        />
      )}
      {rejecting ? (
        <form ref={formRef} onSubmit={(event) => void onReject(event)} noValidate>
          <TextArea
            label={t('contact.claims.reason')}
            hint={t('contact.claims.reasonHint')}
            error={reasonError}
            value={reason}
            maxLength={500}
            rows={3}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="contact-actions">
            <Button type="submit" disabled={save.state.kind === 'saving'}>
              {t('contact.claims.confirmReject')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setRejecting(false);
                setReasonError(undefined);
              }}
            >
              {t('contact.claims.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        (status === 'submitted' || status === 'approved') && (
          <div className="contact-actions">
            {status === 'submitted' && (
              <Button
                disabled={save.state.kind === 'saving'}
                onClick={() => void save.run(() => decide(expense.id, { status: 'approved' }))}
              >
                {t('contact.claims.approve')}
              </Button>
            )}
            {status === 'approved' && (
              <Button
                disabled={save.state.kind === 'saving'}
                onClick={() => void save.run(() => decide(expense.id, { status: 'paid' }))}
              >
                {t('contact.claims.markPaid')}
              </Button>
            )}
            <Button variant="secondary" onClick={() => setRejecting(true)}>
              {t('contact.claims.reject')}
            </Button>
          </div>
        )
      )}
      <SaveStatus state={save.state} />
    </article>
  );
}
