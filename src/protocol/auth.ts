/**
 * Accounts on the wire: redeeming an invitation code, refreshing tokens.
 */
import { z } from 'zod';
import { keySchema } from './sync';

/**
 * Roles a person can have. `admin` manages institutions, teams, invitations and devices (outside
 * the phone app); `leader` follows the municipality's totals in the app, never a person's rows.
 */
export const ROLE_NAMES = ['volunteer', 'caseworker', 'contact', 'leader', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** `POST /v1/auth/redeem`: a device joins with an invitation code. */
export const redeemRequestSchema = z.object({
  code: z.string().trim().min(4).max(40),
  deviceName: z.string().max(80).optional(),
});
export type RedeemRequest = z.infer<typeof redeemRequestSchema>;

/** Tokens for a device: a short-lived access token and a rotating refresh token. */
export const tokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

/** What a device learns when it joins. */
export const sessionSchema = tokenPairSchema.extend({
  deviceId: keySchema,
  userId: keySchema,
  role: z.enum(ROLE_NAMES),
  institutionId: keySchema.nullable(),
  teamId: keySchema.nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

/** `POST /v1/auth/refresh`: swap a refresh token for a new pair (the old one is spent). */
export const refreshRequestSchema = z.object({ refreshToken: z.string().min(10).max(200) });
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;
