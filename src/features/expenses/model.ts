/**
 * A volunteer's expense claims (udlæg): the rules, without React or Dexie.
 *
 * Amounts are whole øre everywhere except in the text field, where the volunteer types kroner the
 * Danish way ("125,50", "1.250,50"). The contact person decides a claim; the volunteer may change or
 * delete it only while it is still submitted.
 */
import type { Expense } from '@/db/schema';
import { isIsoDate } from '@/lib/dates';
import { looksLikeCpr } from '@/protocol/cpr';

/** What an expense was for. */
export const EXPENSE_CATEGORIES = ['transport', 'materials', 'other'] as const;
/** One of `EXPENSE_CATEGORIES`. */
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** Where a claim stands; a claim with no status is submitted. */
export type ExpenseStatus = NonNullable<Expense['status']>;

/** The largest claim the protocol takes: 100.000 kr. */
export const MAX_AMOUNT_ORE = 10_000_000;

/** Longest description (the protocol's limit). */
export const MAX_DESCRIPTION_LENGTH = 500;

/** Why an amount was refused, as an i18n key under `expenses.amountErrors`. */
export type AmountError = 'required' | 'invalid' | 'decimals' | 'negative' | 'zero' | 'tooLarge';

// Digits with dots between groups of three ("1.250"), or plain digits.
const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const PLAIN = /^\d+$/;

/**
 * Reads kroner typed by a person into whole øre.
 *
 * Accepts the Danish form ("125,50", "1.250,50", "12,5", "48"), "kr."/"DKK" around the number,
 * spaces, and a dot as the decimal mark when it cannot be a thousands dot ("12.50"). Works in
 * integers, so "0,10" is 10 øre exactly.
 */
export function parseKroner(
  text: string,
): { ok: true; ore: number } | { ok: false; error: AmountError } {
  let s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(kr\.?|dkk)/i, '')
    .replace(/(kr\.?|dkk|,-)$/i, '');
  if (s === '') return { ok: false, error: 'required' };
  const negative = /^[-\u2212]/.test(s);
  if (negative) s = s.slice(1);

  let whole: string;
  let fraction = '';
  const commas = s.split(',');
  if (commas.length > 2) return { ok: false, error: 'invalid' };
  if (commas.length === 2) {
    whole = commas[0] ?? '';
    fraction = commas[1] ?? '';
    if (!/^\d*$/.test(fraction)) return { ok: false, error: 'invalid' };
  } else if (GROUPED.test(s) || PLAIN.test(s)) {
    whole = s;
  } else {
    // No comma: a single dot followed by one or two digits is a decimal mark ("12.50").
    const dotted = /^(\d+)\.(\d{1,2})$/.exec(s);
    if (!dotted) return { ok: false, error: 'invalid' };
    whole = dotted[1] ?? '';
    fraction = dotted[2] ?? '';
  }
  if (whole === '' && fraction === '') return { ok: false, error: 'invalid' };
  if (whole !== '' && !GROUPED.test(whole) && !PLAIN.test(whole)) {
    return { ok: false, error: 'invalid' };
  }
  if (fraction.length > 2) return { ok: false, error: 'decimals' };
  if (negative) return { ok: false, error: 'negative' };

  const kroner = whole.replaceAll('.', '').replace(/^0+(?=\d)/, '');
  // More digits than the limit has means too large, without trusting a float of a long string.
  if (kroner.length > String(MAX_AMOUNT_ORE / 100).length) return { ok: false, error: 'tooLarge' };
  const ore = Number(kroner || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (ore === 0) return { ok: false, error: 'zero' };
  if (ore > MAX_AMOUNT_ORE) return { ok: false, error: 'tooLarge' };
  return { ok: true, ore };
}

/** Øre as the text field shows it for editing: `125,50`, or `48` for whole kroner. */
export function oreToInput(ore: number): string {
  const kroner = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(kroner) : `${kroner},${String(rest).padStart(2, '0')}`;
}

/** What the form hands over. */
export type ExpenseInput = {
  amountText: string;
  date: string;
  category: ExpenseCategory | undefined;
  description: string;
};

/** The checked fields, ready to store. */
export type ExpenseFields = {
  amountOre: number;
  date: string;
  category: ExpenseCategory;
  description: string;
};

/** A field-level problem: an i18n key under `expenses.` (or `privacy.` for the CPR check). */
export type ExpenseFieldErrors = Partial<{
  amount: AmountError;
  date: 'dateInvalid';
  category: 'categoryRequired';
  description: 'cprFound';
}>;

/** Checks a claim; `today` is the local date `YYYY-MM-DD` (a claim cannot be dated later). */
export function validateExpense(
  input: ExpenseInput,
  today: string,
): { ok: true; value: ExpenseFields } | { ok: false; errors: ExpenseFieldErrors } {
  const errors: ExpenseFieldErrors = {};
  const amount = parseKroner(input.amountText);
  if (!amount.ok) errors.amount = amount.error;
  if (!isIsoDate(input.date) || input.date > today) errors.date = 'dateInvalid';
  if (!input.category) errors.category = 'categoryRequired';
  const description = input.description.trim().slice(0, MAX_DESCRIPTION_LENGTH);
  if (looksLikeCpr(description)) errors.description = 'cprFound';
  if (!amount.ok || !input.category || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { amountOre: amount.ore, date: input.date, category: input.category, description },
  };
}

/** The claim's status (no status means submitted). */
export function expenseStatus(expense: Pick<Expense, 'status'>): ExpenseStatus {
  return expense.status ?? 'submitted';
}

/** True while the volunteer may still change or delete the claim. */
export function isEditable(expense: Pick<Expense, 'status'>): boolean {
  return expenseStatus(expense) === 'submitted';
}

/** True while the claim waits for a decision or for payment. */
export function isOpen(expense: Pick<Expense, 'status'>): boolean {
  const status = expenseStatus(expense);
  return status === 'submitted' || status === 'approved';
}

/** Sum of the open claims, in øre. */
export function openTotalOre(expenses: readonly Pick<Expense, 'status' | 'amountOre'>[]): number {
  let sum = 0;
  for (const expense of expenses) if (isOpen(expense)) sum += expense.amountOre;
  return sum;
}

/** Newest first: by date, then by when it was written. */
export function compareNewestFirst(a: Expense, b: Expense): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.createdAt - a.createdAt;
}
