import { useTranslation } from 'react-i18next';
import { useReceipt } from '../hooks/use-handling';

/** A claim's receipt photo, read only when shown (photos are the heaviest rows). */
export function ReceiptView({ expenseId, alt }: { expenseId: string; alt: string }) {
  const { t } = useTranslation();
  const receipt = useReceipt(expenseId);
  if (receipt === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (receipt === null) return <p>{t('contact.claims.noReceipt')}</p>;
  return (
    <img
      className="contact-receipt"
      src={`data:${receipt.mimeType};base64,${receipt.data}`}
      alt={alt}
    />
  );
}
