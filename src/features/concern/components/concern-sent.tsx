import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { useConcernDelivery } from '../hooks/use-concern';

/**
 * After sending: the request is on its way. Shows "waiting for a connection" while the phone still
 * holds it and "sent" once the sync engine has delivered and deleted it.
 */
export function ConcernSent({ id }: { id: string }) {
  const { t } = useTranslation();
  const delivery = useConcernDelivery(id);
  const ref = useRef<HTMLDivElement>(null);
  // The form this replaces had focus; keep keyboard and screen-reader users here.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="concern-sent">
      <Alert tone="success" heading={t('concern.queuedTitle')}>
        {t('concern.queued')}
      </Alert>
      <p role="status" className="concern-delivery">
        {delivery === 'sent' ? t('concern.statusSent') : t('concern.statusWaiting')}
      </p>
    </div>
  );
}
