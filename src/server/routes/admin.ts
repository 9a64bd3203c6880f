/**
 * Administration routes under `/v1/admin`: institutions, teams, invitations, devices.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createInstitutionRequestSchema,
  createInvitationRequestSchema,
  createTeamRequestSchema,
} from '@/protocol/admin';
import { looksLikeCpr } from '@/protocol/cpr';
import { keySchema } from '@/protocol/sync';
import type { Accounts } from '../accounts';
import type { Admin } from '../admin';
import { ApiError } from '../errors';
import { parseBody } from './parse';

const deviceParamsSchema = z.object({ id: keySchema });

/** A place's or team's name, refused like every other free text when it looks like a CPR number. */
function checkedName(name: string): string {
  if (looksLikeCpr(name)) throw new ApiError('cpr_number', 'name looks like a CPR number');
  return name;
}

/** Registers the admin routes. */
export function registerAdminRoutes(app: FastifyInstance, accounts: Accounts, admin: Admin): void {
  app.post('/v1/admin/institutions', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    const body = parseBody(createInstitutionRequestSchema, request.body);
    return admin.createInstitution(principal, checkedName(body.name));
  });

  app.post('/v1/admin/teams', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    const body = parseBody(createTeamRequestSchema, request.body);
    return admin.createTeam(principal, body.institutionId, checkedName(body.name));
  });

  app.post('/v1/admin/invitations', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    return admin.createInvitation(
      principal,
      parseBody(createInvitationRequestSchema, request.body),
    );
  });

  app.get('/v1/admin/devices', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    return { devices: await admin.listDevices(principal) };
  });

  app.post('/v1/admin/devices/:id/revoke', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    const { id } = parseBody(deviceParamsSchema, request.params);
    return { id, ...(await admin.revokeDevice(principal, id)) };
  });
}
