import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import type { Device } from '@/protocol/admin';
import { Alert } from '@/ui/alert';
import { ConfirmAction } from '@/ui/confirm-action';
import type { AdminProblem } from '../data/admin-api';

/**
 * One phone in the admin's list: whose it is, where they belong, when it was last seen, and
 * "Spær telefonen" behind a question (never for the admin's own phone).
 */
export function DeviceRow({
  device,
  place,
  isThisPhone,
  revoke,
  onRevoked,
}: {
  device: Device;
  /** The person's place and team, by name, when known. */
  place: string | undefined;
  isThisPhone: boolean;
  revoke: (deviceId: string) => Promise<AdminProblem | undefined>;
  /** After a revoke: the screen says so and takes the focus (this row's button is gone). */
  onRevoked: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AdminProblem | undefined>();
  const name = device.name ?? t('admin.devices.noName');
  const question = device.name
    ? t('admin.devices.question', { name: device.name })
    : t('admin.devices.questionNoName');

  async function confirm(): Promise<boolean> {
    setBusy(true);
    const failed = await revoke(device.id);
    setProblem(failed);
    setBusy(false);
    if (failed === undefined) onRevoked(name);
    return failed === undefined;
  }

  return (
    <li className="device-row">
      <h2 className="h4">{isThisPhone ? t('admin.devices.thisPhone', { name }) : name}</h2>
      <p>{[t(`roles.${device.role}`), place].filter(Boolean).join(' · ')}</p>
      <p>{t('admin.devices.lastSeen', { time: formatDateTime(device.lastSeenAt, locale) })}</p>
      <p>{t('admin.devices.joined', { time: formatDateTime(device.createdAt, locale) })}</p>
      {device.revokedAt !== null && (
        <p className="device-revoked">
          {t('admin.devices.revoked', { time: formatDateTime(device.revokedAt, locale) })}
        </p>
      )}
      {device.revokedAt === null && !isThisPhone && (
        <ConfirmAction
          busy={busy}
          onConfirm={confirm}
          texts={{
            open: t('admin.devices.revoke'),
            question: `${question} ${t('admin.devices.consequence')}`,
            confirm: t('admin.devices.confirm'),
            cancel: t('admin.devices.cancel'),
          }}
        />
      )}
      <div role="alert">
        {problem && <Alert tone="error">{t(`admin.problems.${problem}`)}</Alert>}
      </div>
    </li>
  );
}
