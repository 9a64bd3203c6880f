import type { TFunction } from 'i18next';
import { assertNever, type AppErrorCode } from '@/lib/errors';
import { formatKroner, type AppLocale } from '@/lib/format';
import {
  MAX_AMOUNT_ORE,
  type AmountError,
  type ExpenseCategory,
  type ExpenseStatus,
} from '../model';

// Literal keys (not built from the value) so the catalogue test sees every one of them.

/** The category's name. */
export function categoryLabel(t: TFunction, category: ExpenseCategory): string {
  switch (category) {
    case 'transport':
      return t('expenses.categories.transport');
    case 'materials':
      return t('expenses.categories.materials');
    case 'other':
      return t('expenses.categories.other');
    default:
      return assertNever(category);
  }
}

/** The status chip's text. */
export function statusLabel(t: TFunction, status: ExpenseStatus): string {
  switch (status) {
    case 'submitted':
      return t('expenses.status.submitted');
    case 'approved':
      return t('expenses.status.approved');
    case 'rejected':
      return t('expenses.status.rejected');
    case 'paid':
      return t('expenses.status.paid');
    default:
      return assertNever(status);
  }
}

/** The DKFDS badge tone of a status. */
export function statusTone(status: ExpenseStatus): 'info' | 'success' | 'error' | 'warning' {
  if (status === 'rejected') return 'error';
  if (status === 'submitted') return 'info';
  return 'success';
}

/** Why the amount was refused, in words. */
export function amountErrorText(t: TFunction, error: AmountError, locale: AppLocale): string {
  switch (error) {
    case 'required':
      return t('expenses.amountErrors.required');
    case 'invalid':
      return t('expenses.amountErrors.invalid');
    case 'decimals':
      return t('expenses.amountErrors.decimals');
    case 'negative':
      return t('expenses.amountErrors.negative');
    case 'zero':
      return t('expenses.amountErrors.zero');
    case 'tooLarge':
      return t('expenses.amountErrors.tooLarge', { max: formatKroner(MAX_AMOUNT_ORE, locale) });
    default:
      return assertNever(error);
  }
}

/**
 * Why a save or delete failed. The data layer refuses a claim that is gone (`not_found`) or
 * already decided (`validation_failed`); the rest are storage failures with shared texts.
 */
export function saveErrorText(t: TFunction, code: AppErrorCode): string {
  if (code === 'validation_failed') return t('expenses.notEditable');
  if (code === 'not_found') return t('expenses.notFound');
  return t(`errors.${code}`);
}
