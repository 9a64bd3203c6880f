/**
 * The municipality's places and teams as the admin's phone knows them (the `units` rows of the
 * leader scope, which an admin reads), and making new ones on the server.
 */
import type { SamspilDb } from '@/db/database';
import {
  institutionSchema,
  teamSchema,
  type Institution,
  type Team,
} from '@/protocol/admin';
import { callAdmin, type AdminResult } from './admin-api';

/** A place and its teams, by name. */
export type Place = { id: string; name: string; teams: { id: string; name: string }[] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');

/** The places with their teams, sorted by name (live rows only). */
export async function listPlaces(db: SamspilDb): Promise<Place[]> {
  const units = (await db.units.toArray()).filter((unit) => !unit._deleted);
  const places = new Map<string, Place>();
  for (const unit of units) {
    if (unit.kind === 'institution') places.set(unit.id, { id: unit.id, name: unit.name ?? '', teams: [] });
  }
  for (const unit of units) {
    if (unit.kind !== 'team' || !unit.institutionId) continue;
    places.get(unit.institutionId)?.teams.push({ id: unit.id, name: unit.name ?? '' });
  }
  for (const place of places.values()) place.teams.sort(byName);
  return [...places.values()].sort(byName);
}

/** Makes a place on the server (it reaches the phones at their next sync). */
export function createPlace(
  db: SamspilDb,
  name: string,
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<Institution>> {
  const request = { method: 'POST', body: { name } } as const;
  return callAdmin(db, '/v1/admin/institutions', request, institutionSchema, fetchImpl);
}

/** Makes a team in a place on the server. */
export function createTeam(
  db: SamspilDb,
  team: { institutionId: string; name: string },
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<Team>> {
  const request = { method: 'POST', body: team } as const;
  return callAdmin(db, '/v1/admin/teams', request, teamSchema, fetchImpl);
}
