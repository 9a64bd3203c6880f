/**
 * Administration on the wire: institutions, teams, invitation codes, devices.
 *
 * Added for the server half of issue 3; the admin screens and "add another phone" use these.
 */
import { z } from 'zod';
import { ROLE_NAMES } from './auth';
import { keySchema } from './sync';

/** `POST /v1/admin/institutions`. */
export const createInstitutionRequestSchema = z.object({ name: z.string().trim().min(1).max(120) });
export type CreateInstitutionRequest = z.infer<typeof createInstitutionRequestSchema>;

/** An institution as the admin endpoints return it. */
export const institutionSchema = z.object({ id: keySchema, name: z.string() });
export type Institution = z.infer<typeof institutionSchema>;

/** `POST /v1/admin/teams`. */
export const createTeamRequestSchema = z.object({
  institutionId: keySchema,
  name: z.string().trim().min(1).max(120),
});
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;

/** A team as the admin endpoints return it. */
export const teamSchema = z.object({ id: keySchema, institutionId: keySchema, name: z.string() });
export type Team = z.infer<typeof teamSchema>;

/** `POST /v1/admin/invitations` (an admin, or a contact person for volunteers of their institution). */
export const createInvitationRequestSchema = z.object({
  role: z.enum(ROLE_NAMES),
  institutionId: keySchema.nullable().default(null),
  teamId: keySchema.nullable().default(null),
  uses: z.number().int().min(1).max(1000).default(1),
  expiresInDays: z.number().int().min(1).max(365).default(14),
});
export type CreateInvitationRequest = z.input<typeof createInvitationRequestSchema>;

/** An invitation code and what it grants; `expiresAt` in millis since the epoch. */
export const invitationSchema = z.object({
  code: z.string(),
  role: z.enum(ROLE_NAMES),
  institutionId: keySchema.nullable(),
  teamId: keySchema.nullable(),
  usesLeft: z.number().int().nonnegative(),
  expiresAt: z.number().int(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** `POST /v1/auth/device-code`: a one-use code for adding another device of the same person. */
export const deviceCodeSchema = z.object({ code: z.string(), expiresAt: z.number().int() });
export type DeviceCode = z.infer<typeof deviceCodeSchema>;

/**
 * A device in `GET /v1/admin/devices`: its person's role, place and team, and a name: the first
 * name on the person's synced profile, else the one the phone gave when it joined; times in
 * millis since the epoch.
 */
export const deviceSchema = z.object({
  id: keySchema,
  userId: keySchema,
  role: z.enum(ROLE_NAMES),
  institutionId: keySchema.nullable(),
  teamId: keySchema.nullable(),
  name: z.string().nullable(),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int(),
  revokedAt: z.number().int().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** `GET /v1/admin/devices`. */
export const deviceListSchema = z.object({ devices: z.array(deviceSchema) });
export type DeviceList = z.infer<typeof deviceListSchema>;
