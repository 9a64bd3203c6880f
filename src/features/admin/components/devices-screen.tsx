import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '@/protocol/admin';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import type { Place } from '../data/places';
import { useDevices } from '../hooks/use-devices';
import { DeviceRow } from './device-row';
import { usePlaces } from '../hooks/use-places';
import { sortDevices } from '../model';
import './admin.css';

/** "Place · Team" for a device's person, from the places this phone knows. */
function placeOf(device: Device, places: readonly Place[] | undefined): string | undefined {
  const place = places?.find((candidate) => candidate.id === device.institutionId);
  const team = place?.teams.find((candidate) => candidate.id === device.teamId);
  return [place?.name, team?.name].filter(Boolean).join(' · ') || undefined;
}

/** "Telefoner": every phone that has joined, and revoking a lost one. Needs the network. */
export function DevicesScreen() {
  const { t } = useTranslation();
  const { state, reload, revoke } = useDevices();
  const places = usePlaces();
  const [revoked, setRevoked] = useState<{ name: string } | undefined>();
  const revokedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => revokedRef.current?.focus(), [revoked]);

  return (
    <Page title={t('admin.devices.title')}>
      <p>{t('admin.devices.intro')}</p>
      <Button variant="secondary" disabled={state.phase === 'loading'} onClick={reload}>
        {t('admin.devices.reload')}
      </Button>
      <div role="status">{state.phase === 'loading' && <p>{t('admin.devices.loading')}</p>}</div>
      <div role="alert">
        {state.phase === 'failed' && (
          <Alert tone="error">{t(`admin.problems.${state.problem}`)}</Alert>
        )}
      </div>
      <div role="status">
        {revoked && (
          <p ref={revokedRef} tabIndex={-1} className="device-done">
            {t('admin.devices.done', { name: revoked.name })}
          </p>
        )}
      </div>
      {state.phase === 'ready' && (
        <ul className="nobullet-list device-list">
          {sortDevices(state.listing.devices, state.listing.thisDeviceId).map((device) => (
            <DeviceRow
              key={device.id}
              device={device}
              place={placeOf(device, places)}
              isThisPhone={device.id === state.listing.thisDeviceId}
              revoke={revoke}
              onRevoked={(name) => setRevoked({ name })}
            />
          ))}
        </ul>
      )}
    </Page>
  );
}
