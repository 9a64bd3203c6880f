import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Expense } from '@/db/schema';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate, formatKroner } from '@/lib/format';
import { Button } from '@/ui/button';
import { expenseStatus, isEditable } from '../model';
import { categoryLabel, statusLabel, statusTone } from './labels';
import { ReceiptThumbnail } from './receipt-thumbnail';

/**
 * One claim: amount, status, date and category, the receipt, the contact person's reason for a
 * refusal, and, while it is still submitted, change and delete (delete asks first).
 */
export function ExpenseRow({
  expense,
  onDelete,
}: {
  expense: Expense;
  onDelete: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const status = expenseStatus(expense);
  const amount = formatKroner(expense.amountOre, locale);
  const date = formatDate(parseIsoDate(expense.date), locale);
  // Names the claim for screen readers, so "Ret" and "Slet" say which claim they act on (the
  // accessible name starts with the visible word, WCAG 2.5.3).
  const which = t('expenses.which', { amount, date });

  return (
    <div className="expense-row">
      <ReceiptThumbnail expenseId={expense.id} />
      <div className="expense-row-body">
        <p className="entry-title">
          <span className="expense-amount">{amount}</span>{' '}
          <span className={`badge badge-${statusTone(status)} expense-status`}>
            {statusLabel(t, status)}
          </span>
        </p>
        <p className="entry-meta">
          {date} · {categoryLabel(t, expense.category)}
        </p>
        {expense.description && <p className="entry-text">{expense.description}</p>}
        {status === 'rejected' && expense.rejectReason && (
          <p className="entry-text">
            {t('expenses.rejectReason', { reason: expense.rejectReason })}
          </p>
        )}
        {isEditable(expense) && <RowActions id={expense.id} which={which} onDelete={onDelete} />}
      </div>
    </div>
  );
}

function RowActions({
  id,
  which,
  onDelete,
}: {
  id: string;
  which: string;
  onDelete: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Keep keyboard focus where the buttons were: on the question when it opens, back on "Slet"
  // when the volunteer changes their mind.
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (asked.current) deleteRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (confirming) {
    return (
      <div className="expense-actions">
        <p ref={questionRef} tabIndex={-1} className="expense-confirm">
          {t('expenses.deleteConfirm')}
        </p>
        <Button variant="secondary" onClick={() => onDelete(id)}>
          {t('expenses.deleteYes')}
        </Button>
        <Button variant="tertiary" onClick={() => setConfirming(false)}>
          {t('expenses.deleteNo')}
        </Button>
      </div>
    );
  }
  return (
    <div className="expense-actions">
      <Link
        className="button button-secondary"
        to={`/udlaeg/${id}`}
        aria-label={t('expenses.editLabel', { which })}
      >
        {t('expenses.edit')}
      </Link>
      <button
        ref={deleteRef}
        type="button"
        className="button button-tertiary"
        onClick={() => setConfirming(true)}
        aria-label={t('expenses.deleteLabel', { which })}
      >
        {t('expenses.delete')}
      </button>
    </div>
  );
}
