/**
 * Who is calling: derived from the access token on every request, never from the body.
 */
import type { RoleName } from '@/protocol/auth';

/** The authenticated device and its person. */
export type Principal = {
  userId: string;
  deviceId: string;
  role: RoleName;
  institutionId: string | null;
  teamId: string | null;
};
