/**
 * Joining and staying signed in: `POST /v1/auth/redeem`, `/refresh`, `/device-code`.
 */
import type { FastifyInstance } from 'fastify';
import { redeemRequestSchema, refreshRequestSchema } from '@/protocol/auth';
import type { Accounts } from '../accounts';
import { parseBody } from './parse';

/** Registers the account routes. */
export function registerAuthRoutes(app: FastifyInstance, accounts: Accounts): void {
  app.post('/v1/auth/redeem', async (request) => {
    const body = parseBody(redeemRequestSchema, request.body);
    return accounts.redeem(body.code, body.deviceName);
  });

  app.post('/v1/auth/refresh', async (request) => {
    const body = parseBody(refreshRequestSchema, request.body);
    return accounts.refresh(body.refreshToken);
  });

  app.post('/v1/auth/device-code', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    return accounts.deviceCode(principal);
  });
}
