/**
 * Who wrote a tip, who may edit it, and when a reader joined: read from rows' HLC stamps and
 * scopes, since tips carry no author (a tip is the implementation group's shared work).
 */
import type { Profile, Tip } from '@/db/schema';
import { decodeHlc } from '@/lib/hlc';

/** When this person joined on this device: the oldest stamp on their profile (0 if unknown). */
export function joinedAt(profile: Profile | undefined): number {
  const millis = Object.values(profile?._hlc ?? {})
    .map((stamp) => decodeHlc(stamp)?.millis)
    .filter((value): value is number => value !== undefined);
  return millis.length > 0 ? Math.min(...millis) : 0;
}

/** What decides whether a tip is this person's to edit. */
export type Authorship = { node: string | undefined; profile: Profile | undefined };

/** True when `tip` was published from this device. */
export function writtenHere(tip: Tip, node: string | undefined): boolean {
  if (!tip._scope) return true;
  const stamp = tip._hlc.publishedAt ?? tip._hlc.title;
  return node !== undefined && stamp !== undefined && decodeHlc(stamp)?.node === node;
}

/**
 * True when a contact person may edit `tip`: written here, or kept by their team or for their
 * place's volunteers (tips are the implementation group's shared work, and the server lets its
 * members change them).
 */
export function mayEditTip(tip: Tip, who: Authorship): boolean {
  const profile = who.profile;
  if (profile?.role !== 'contact') return false;
  if (writtenHere(tip, who.node)) return true;
  return (
    (profile.teamId !== undefined && tip._scope === `team:${profile.teamId}`) ||
    (profile.institutionId !== undefined && tip._scope === `volunteers:${profile.institutionId}`)
  );
}
