import { useTranslation } from 'react-i18next';
import { useReceipt } from '../hooks/use-expenses';
import { receiptDataUrl } from '../receipt-model';

/** A claim's receipt as a small picture, read only when its row is on screen. */
export function ReceiptThumbnail({ expenseId }: { expenseId: string }) {
  const { t } = useTranslation();
  const receipt = useReceipt(expenseId);
  if (receipt === undefined) return <span className="receipt-thumb receipt-thumb-empty" />;
  if (receipt === null) {
    return <span className="receipt-thumb receipt-thumb-empty">{t('expenses.noReceipt')}</span>;
  }
  return (
    <img
      className="receipt-thumb"
      src={receiptDataUrl(receipt)}
      alt={t('expenses.receiptThumbAlt')}
      width={64}
      height={64}
      decoding="async"
    />
  );
}
