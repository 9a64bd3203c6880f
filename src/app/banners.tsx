import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasContent, useStorageStatus } from '@/features/account';
import { isIosBrowser } from '@/pwa/register';
import { usePwaStore } from '@/pwa/store';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { useShellStore } from './store';

const INSTALL_DISMISSED_KEY = 'samspil.installHintDismissed';
const PERSIST_ASKED_KEY = 'samspil.persistAsked';

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // Private browsing may refuse localStorage; the hint then shows again next visit.
  }
}

/** "Ny version klar – genindlæs": reloads only when the user taps. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateWaiting, applyUpdate } = usePwaStore();
  const [later, setLater] = useState(false);
  if (!updateWaiting || later) return null;
  return (
    <Alert
      tone="info"
      live
      heading={t('pwa.updateReady')}
      actions={
        <>
          <Button onClick={() => applyUpdate?.()}>{t('pwa.updateButton')}</Button>
          <Button variant="secondary" onClick={() => setLater(true)}>
            {t('pwa.updateLater')}
          </Button>
        </>
      }
    />
  );
}

/** Tells the user once that the app now works offline; OK puts it away. */
export function OfflineReadyNotice() {
  const { t } = useTranslation();
  const offlineReady = usePwaStore((state) => state.offlineReady);
  if (!offlineReady) return null;
  return (
    <Alert
      tone="success"
      live
      actions={
        <Button variant="secondary" onClick={() => usePwaStore.setState({ offlineReady: false })}>
          {t('app.ok')}
        </Button>
      }
    >
      {t('pwa.offlineReady')}
    </Alert>
  );
}

/** The install hint: the browser's prompt where there is one, instructions on iOS Safari. */
export function InstallHint() {
  const { t } = useTranslation();
  const installPrompt = usePwaStore((state) => state.installPrompt);
  const [dismissed, setDismissed] = useState(() => readFlag(INSTALL_DISMISSED_KEY));
  const ios = isIosBrowser();
  if (dismissed || (!installPrompt && !ios)) return null;

  const dismiss = () => {
    writeFlag(INSTALL_DISMISSED_KEY);
    setDismissed(true);
  };
  const dismissButton = (
    <Button variant="secondary" onClick={dismiss}>
      {t('pwa.installDismiss')}
    </Button>
  );

  if (installPrompt) {
    return (
      <Alert
        tone="info"
        heading={t('pwa.installTitle')}
        actions={
          <>
            <Button
              onClick={() => {
                void installPrompt.prompt();
                usePwaStore.setState({ installPrompt: undefined });
              }}
            >
              {t('pwa.installButton')}
            </Button>
            {dismissButton}
          </>
        }
      >
        {t('pwa.installText')}
      </Alert>
    );
  }
  return (
    <Alert tone="info" heading={t('pwa.iosTitle')} actions={dismissButton}>
      {t('pwa.iosSteps')} {t('pwa.iosWhy')}
    </Alert>
  );
}

/**
 * Asks for persistent storage once there is data worth keeping, and shows the answer.
 */
export function PersistenceNotice() {
  const { t } = useTranslation();
  const hasContent = useHasContent();
  const { status, asked, ask } = useStorageStatus();
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (hasContent && status?.persisted === false && !readFlag(PERSIST_ASKED_KEY)) {
      writeFlag(PERSIST_ASKED_KEY);
      void ask();
    }
  }, [hasContent, status, ask]);

  if (asked === undefined || dismissed) return null;
  return (
    <Alert
      tone={asked ? 'success' : 'warning'}
      live
      actions={
        <Button variant="secondary" onClick={() => setDismissed(true)}>
          {t('app.ok')}
        </Button>
      }
    >
      {asked ? t('storage.askedGranted') : t('storage.askedDenied')}
    </Alert>
  );
}

/** Shown after another tab upgraded the database and this tab closed its connection. */
export function DbClosedBanner() {
  const { t } = useTranslation();
  const dbClosed = useShellStore((state) => state.dbClosed);
  if (!dbClosed) return null;
  return (
    <Alert
      tone="warning"
      live
      actions={<Button onClick={() => window.location.reload()}>{t('pwa.reload')}</Button>}
    >
      {t('pwa.dbClosed')}
    </Alert>
  );
}
