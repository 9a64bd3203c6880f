import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Expense, Receipt } from '@/db/schema';
import { localeFor } from '@/i18n';
import { todayIso } from '@/lib/dates';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useSaveExpense } from '../hooks/use-expenses';
import { useReceiptPicker, type ReceiptPhoto } from '../hooks/use-receipt-picker';
import {
  EXPENSE_CATEGORIES,
  MAX_DESCRIPTION_LENGTH,
  oreToInput,
  validateExpense,
  type ExpenseCategory,
  type ExpenseFieldErrors,
} from '../model';
import { base64Bytes } from '../receipt-model';
import { amountErrorText, categoryLabel, saveErrorText } from './labels';
import { ReceiptField } from './receipt-field';

function storedPhoto(receipt: Receipt | null | undefined): ReceiptPhoto | null {
  if (!receipt) return null;
  return { mimeType: receipt.mimeType, data: receipt.data, bytes: base64Bytes(receipt.data) };
}

/**
 * A claim: amount in kroner, date, category, a short description and a photo of the receipt.
 *
 * With `expense` it changes that claim; without, it makes a new one and empties itself after
 * saving. "Saved" shows only once the claim and its photo are both on disk; on failure everything
 * typed stays.
 */
export function ExpenseForm({ expense, receipt }: { expense?: Expense; receipt?: Receipt | null }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const saveExpense = useSaveExpense();
  const [amountText, setAmountText] = useState(expense ? oreToInput(expense.amountOre) : '');
  const [date, setDate] = useState(expense?.date ?? todayIso());
  const [category, setCategory] = useState<ExpenseCategory | undefined>(expense?.category);
  const [description, setDescription] = useState(expense?.description ?? '');
  const [errors, setErrors] = useState<ExpenseFieldErrors>({});
  const picker = useReceiptPicker(storedPhoto(receipt));
  const save = useSave({
    saved: expense ? t('expenses.savedEdit') : t('expenses.saved'),
    error: (code) => saveErrorText(t, code),
  });

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (picker.state.working) return;
    const result = validateExpense({ amountText, date, category, description }, todayIso());
    if (!result.ok) {
      setErrors(result.errors);
      save.reset();
      return;
    }
    setErrors({});
    const photo = picker.state.photo;
    const ok = await save.run(() =>
      saveExpense({ id: expense?.id, fields: result.value, receipt: picker.change() }),
    );
    if (!ok) return;
    if (expense) {
      picker.reset(photo);
    } else {
      setAmountText('');
      setCategory(undefined);
      setDescription('');
      setDate(todayIso());
      picker.reset(null);
    }
  }

  const categoryChoices = EXPENSE_CATEGORIES.map((value) => ({
    value,
    label: categoryLabel(t, value),
  }));

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="expense-form">
      <TextField
        label={t('expenses.amount')}
        hint={t('expenses.amountHint')}
        inputMode="decimal"
        autoComplete="off"
        value={amountText}
        onChange={(event) => setAmountText(event.target.value)}
        error={errors.amount && amountErrorText(t, errors.amount, locale)}
      />
      <TextField
        label={t('expenses.date')}
        type="date"
        value={date}
        max={todayIso()}
        onChange={(event) => setDate(event.target.value || todayIso())}
        error={errors.date && t('expenses.dateInvalid')}
      />
      <ChoiceGroup
        legend={t('expenses.category')}
        name="category"
        chips
        choices={categoryChoices}
        value={category}
        onChange={setCategory}
        error={errors.category && t('expenses.categoryRequired')}
      />
      <TextArea
        label={t('expenses.description')}
        hint={t('privacy.hint')}
        value={description}
        maxLength={MAX_DESCRIPTION_LENGTH}
        rows={2}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description && t('privacy.cprFound')}
      />
      <ReceiptField
        state={picker.state}
        onPick={(file) => void picker.pick(file)}
        onRemove={picker.remove}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving' || picker.state.working}>
          {expense ? t('expenses.saveEdit') : t('expenses.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
