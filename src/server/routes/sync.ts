/**
 * `POST /v1/sync`: push the outbox, pull what changed (DESIGN.md, "The sync protocol").
 */
import type { FastifyInstance } from 'fastify';
import { syncRequestSchema } from '@/protocol/sync';
import { MAX_MUTATIONS_PER_PUSH, PROTOCOL_VERSION } from '@/protocol/version';
import type { Accounts } from '../accounts';
import { ApiError } from '../errors';
import type { SyncService } from '../sync-service';
import { parseBody } from './parse';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** Registers the sync route. */
export function registerSyncRoutes(
  app: FastifyInstance,
  accounts: Accounts,
  service: SyncService,
): void {
  app.post('/v1/sync', async (request) => {
    const principal = await accounts.authenticate(request.headers.authorization);
    // Checked before the full schema: an old client's body may not match today's shape.
    const protocol = field(request.body, 'protocol');
    if (typeof protocol === 'number' && protocol < PROTOCOL_VERSION) {
      throw new ApiError('protocol_too_old', `protocol ${PROTOCOL_VERSION} required`);
    }
    const mutations = field(field(request.body, 'push'), 'mutations');
    if (Array.isArray(mutations) && mutations.length > MAX_MUTATIONS_PER_PUSH) {
      throw new ApiError('too_many_mutations', `at most ${MAX_MUTATIONS_PER_PUSH} per push`);
    }
    const body = parseBody(syncRequestSchema, request.body);
    if (body.deviceId !== principal.deviceId) {
      throw new ApiError('forbidden', 'deviceId does not match the access token');
    }
    return service.sync(principal, body);
  });
}
