/**
 * The person using this device: which role they chose.
 *
 * Until accounts exist the role is chosen on the device; the invitation-code flow replaces this.
 */
import type { Role } from '@/db/schema';

/** Every role that uses the app, in the order settings and tests list them. */
export const ROLES: readonly Role[] = ['volunteer', 'caseworker', 'contact', 'leader', 'admin'];

/** Longest display name we keep. */
export const MAX_NAME_LENGTH = 60;

/** Trims a display name; empty means none. */
export function cleanDisplayName(name: string): string | undefined {
  const trimmed = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
  return trimmed || undefined;
}
