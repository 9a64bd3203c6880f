import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/ui/alert';
import { Page } from '@/ui/page';
import { useExpense, useReceipt } from '../hooks/use-expenses';
import { isEditable } from '../model';
import { ExpenseForm } from './expense-form';
import './expenses.css';

/** Path of the list of claims. */
export const EXPENSES_PATH = '/udlaeg';

/** A new claim (`/udlaeg/nyt`) or a change to a submitted one (`/udlaeg/:expenseId`). */
export function ExpenseFormScreen() {
  const { t } = useTranslation();
  const { expenseId } = useParams();
  const back = (
    <p>
      <Link to={EXPENSES_PATH}>{t('expenses.backToList')}</Link>
    </p>
  );
  if (!expenseId) {
    return (
      <Page title={t('expenses.newTitle')}>
        <p>{t('expenses.formLead')}</p>
        <ExpenseForm />
        {back}
      </Page>
    );
  }
  return (
    <Page title={t('expenses.editTitle')}>
      <EditExpense id={expenseId} />
      {back}
    </Page>
  );
}

function EditExpense({ id }: { id: string }) {
  const { t } = useTranslation();
  const expense = useExpense(id);
  const receipt = useReceipt(id);
  if (expense === undefined || receipt === undefined) {
    return <p className="muted">{t('app.loading')}</p>;
  }
  if (expense === null) return <Alert tone="info">{t('expenses.notFound')}</Alert>;
  if (!isEditable(expense)) return <Alert tone="info">{t('expenses.notEditable')}</Alert>;
  return <ExpenseForm key={id} expense={expense} receipt={receipt} />;
}
