import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useDb } from '@/db/react';
import { usePendingChanges } from '@/features/account';
import { localeFor } from '@/i18n';
import type { ErrorCode } from '@/protocol/errors';
import { formatDateTime, type AppLocale } from '@/lib/format';
// Narrow imports: the shell is on the first screen; the engine and its schemas load later.
import { discardRejected, retryRejected } from '@/sync/rejected';
import { readRejected, type RejectedChange } from '@/sync/state';
import { syncStatusStore } from '@/sync/status';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { rejectedEntryName } from './rejected-entry';

/** Where sync stands, in one line, with "Synkroniser nu" when it can help. */
export function SyncStatusBar({ onSyncNow }: { onSyncNow: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useStore(syncStatusStore);
  const pending = usePendingChanges();
  if (!pending) return null;

  const waiting =
    pending.count > 0 && pending.oldestAt !== undefined
      ? t('settings.pending', {
          count: pending.count,
          oldest: formatDateTime(pending.oldestAt, localeFor(i18n.language)),
        })
      : undefined;

  let message: string;
  switch (status.phase) {
    case 'revoked':
      message = t('sync.revoked');
      break;
    case 'too-old':
      message = t('sync.tooOld');
      break;
    case 'auth-failed':
      message = waiting ? `${t('sync.authFailed')} ${waiting}` : t('sync.authFailed');
      break;
    case 'signed-out':
      message = t('sync.signedOut');
      break;
    case 'offline':
      message = waiting ? `${t('sync.offline')} ${waiting}` : t('sync.offline');
      break;
    case 'retrying':
      message = waiting ? `${t('sync.retrying')} ${waiting}` : t('sync.retrying');
      break;
    case 'syncing':
      message = t('sync.syncing');
      break;
    case 'idle':
      message = waiting ?? t('sync.allSynced');
      break;
  }
  const canSync = ['idle', 'offline', 'retrying'].includes(status.phase);

  return (
    <div className="sync-status">
      <p role="status" className="sync-status-text">
        {message}
      </p>
      {canSync && (
        <Button variant="tertiary" className="sync-now" onClick={onSyncNow}>
          {t('sync.syncNow')}
        </Button>
      )}
    </div>
  );
}

/** "Serveren tog ikke imod en aktivitet: Gåtur, 23. nov. 2026", or without the name when none. */
function rejectedHeading({ mutation }: RejectedChange, t: TFunction, locale: AppLocale): string {
  const entry = t(`sync.tables.${mutation.table}`);
  const name = rejectedEntryName(mutation.fields, t, locale);
  return name ? t('sync.rejectedNamed', { entry, name }) : t('sync.rejectedTitle', { entry });
}

/**
 * Refusals that the same change meets again however often it is sent: for these only "Kassér" is
 * offered. An unknown table or field may pass after an app update, and other codes may be passing.
 */
const REFUSED_FOR_GOOD: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'forbidden',
  'cpr_number',
  'invalid_field',
  'invalid_key',
]);

/** Changes the server refused: what, why, and the user's choice to send again or drop. */
export function RejectedChanges() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const rejected = useLiveQuery(() => readRejected(db), [db]);
  if (!rejected || rejected.length === 0) return null;
  return (
    <>
      {rejected.map((entry: RejectedChange) => (
        <Alert
          key={entry.mutation.id}
          tone="error"
          heading={rejectedHeading(entry, t, localeFor(i18n.language))}
          actions={
            <>
              {!REFUSED_FOR_GOOD.has(entry.code) && (
                <Button onClick={() => void retryRejected(db, entry.mutation.id)}>
                  {t('sync.retryChange')}
                </Button>
              )}
              <Button
                variant="secondary"
                onClick={() => void discardRejected(db, entry.mutation.id)}
              >
                {t('sync.discardChange')}
              </Button>
            </>
          }
        >
          {t(`sync.reasons.${entry.code}`, { defaultValue: t('sync.reasons.other') })}
        </Alert>
      ))}
    </>
  );
}
