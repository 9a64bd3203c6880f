import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { usePlaceActions, usePlaces } from '../hooks/use-places';
import { NameForm } from './name-form';

/**
 * "Steder og teams": the places and teams this phone knows, and making new ones on the server.
 * `onCreated` syncs, so a new place is in the team form's list at once, not after the next timer.
 */
export function PlacesScreen({ onCreated }: { onCreated?: () => void }) {
  const { t } = useTranslation();
  const places = usePlaces();
  const { createPlace, createTeam } = usePlaceActions();
  const [teamPlaceId, setTeamPlaceId] = useState('');

  return (
    <Page title={t('admin.places.title')}>
      <p>{t('admin.places.intro')}</p>
      {places && places.length > 0 && (
        <ul className="place-list">
          {places.map((place) => (
            <li key={place.id}>
              {place.name}
              {place.teams.length > 0 && (
                <ul>
                  {place.teams.map((team) => (
                    <li key={team.id}>{team.name}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <NameForm
        title={t('admin.places.newPlace')}
        label={t('admin.places.placeName')}
        submit={t('admin.places.createPlace')}
        create={createPlace}
        onCreated={onCreated}
      />
      <NameForm
        title={t('admin.places.newTeam')}
        label={t('admin.places.teamName')}
        submit={t('admin.places.createTeam')}
        create={(name) => createTeam({ institutionId: teamPlaceId, name })}
        onCreated={onCreated}
        place={{
          value: teamPlaceId,
          onChange: setTeamPlaceId,
          options: (places ?? []).map((place) => ({ value: place.id, label: place.name })),
        }}
      />
    </Page>
  );
}
