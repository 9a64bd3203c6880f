/** The expenses feature's screens, loaded on first visit. */
export { ExpensesScreen } from './components/expenses-screen';
export { ExpenseFormScreen } from './components/expense-form-screen';
