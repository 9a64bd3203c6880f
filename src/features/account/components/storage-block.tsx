import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatBytes } from '@/lib/format';
import { Button } from '@/ui/button';
import { useStorageStatus } from '../hooks/use-device-status';

/** Whether the browser keeps our data, how much is used, and a button to ask for persistence. */
export function StorageBlock() {
  const { t, i18n } = useTranslation();
  const { status, asked, ask } = useStorageStatus();
  const locale = localeFor(i18n.language);

  return (
    <section className="settings-block" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <div role="status">
        {status?.persisted === true && <p>{t('settings.persisted')}</p>}
        {status?.persisted === false && (
          <p>{asked === false ? t('settings.persistDenied') : t('settings.notPersisted')}</p>
        )}
      </div>
      {status && status.persisted === undefined && <p>{t('settings.persistUnknown')}</p>}
      {status?.persisted === false && (
        <Button variant="secondary" onClick={() => void ask()}>
          {t('settings.askPersist')}
        </Button>
      )}
      {status && (
        <p>
          {status.usage !== undefined && status.quota !== undefined
            ? t('settings.usage', {
                usage: formatBytes(status.usage, locale),
                quota: formatBytes(status.quota, locale),
              })
            : t('settings.usageUnknown')}
        </p>
      )}
    </section>
  );
}
