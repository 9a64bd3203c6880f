import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { DeviceCode } from '../data/device-code';
import { useRequestDeviceCode } from '../hooks/use-device-code';

/** "Tilføj en telefon": shows a one-time code to type on the new phone. */
export function AddDevice() {
  const { t, i18n } = useTranslation();
  const requestCode = useRequestDeviceCode();
  const [code, setCode] = useState<DeviceCode | undefined>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    setFailed(false);
    const result = await requestCode();
    setBusy(false);
    setCode(result);
    setFailed(result === undefined);
  }

  return (
    <section className="settings-block" aria-labelledby="add-device-title">
      <h2 id="add-device-title">{t('settings.addDeviceTitle')}</h2>
      <p>{t('settings.addDeviceText')}</p>
      <Button variant="secondary" disabled={busy} onClick={() => void onClick()}>
        {t('settings.addDeviceButton')}
      </Button>
      <div role="status">
        {code && (
          <Alert tone="info" heading={t('settings.addDeviceCode', { code: code.code })}>
            {t('settings.addDeviceExpires', {
              time: formatDateTime(code.expiresAt, localeFor(i18n.language)),
            })}
          </Alert>
        )}
      </div>
      <div role="alert">
        {failed && <Alert tone="error">{t('settings.addDeviceFailed')}</Alert>}
      </div>
    </section>
  );
}
