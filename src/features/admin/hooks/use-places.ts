import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import { createPlace, createTeam, listPlaces, type Place } from '../data/places';

/** The municipality's places and their teams (`undefined` while loading). */
export function usePlaces(): Place[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listPlaces(db), [db]);
}

/** Makes places and teams on the server. */
export function usePlaceActions() {
  const db = useDb();
  return {
    createPlace: useCallback((name: string) => createPlace(db, name), [db]),
    createTeam: useCallback(
      (team: { institutionId: string; name: string }) => createTeam(db, team),
      [db],
    ),
  };
}
