import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/i18n';
import { formatKroner } from '@/lib/format';
import { Page } from '@/ui/page';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { VirtualList } from '@/ui/virtual-list';
import { useDeleteExpense, useExpenses } from '../hooks/use-expenses';
import { isOpen, openTotalOre } from '../model';
import { ExpenseRow } from './expense-row';
import { saveErrorText } from './labels';
import './expenses.css';

/** The volunteer's claims, newest first, with the total still open. */
export function ExpensesScreen() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const expenses = useExpenses();
  const deleteExpense = useDeleteExpense();
  const deletion = useSave({
    saved: t('expenses.deleted'),
    error: (code) => saveErrorText(t, code),
  });
  const title = t('expenses.title');

  return (
    <Page title={title}>
      <p>{t('expenses.lead')}</p>
      <p>
        <Link className="button button-primary" to="/udlaeg/nyt">
          {t('expenses.newButton')}
        </Link>
      </p>
      <SaveStatus state={deletion.state} />
      {expenses === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : expenses.length === 0 ? (
        <p>{t('expenses.empty')}</p>
      ) : (
        <>
          <p className="summary-line">
            {t('expenses.openTotal', {
              count: expenses.filter(isOpen).length,
              amount: formatKroner(openTotalOre(expenses), locale),
            })}
          </p>
          <VirtualList
            label={title}
            items={expenses}
            estimateSize={120}
            getKey={(expense) => expense.id}
            renderItem={(expense) => (
              <ExpenseRow
                expense={expense}
                onDelete={(id) => void deletion.run(() => deleteExpense(id))}
              />
            )}
          />
        </>
      )}
    </Page>
  );
}
