/**
 * `buildApp()`: the Fastify app without `listen()`, so tests drive it through `app.inject()`.
 *
 * Give it an open store (tests, main.ts) and close that yourself; without one it opens the store
 * named by `config` (migrating it) and closes it when the app closes.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { MAX_BODY_BYTES } from '@/protocol/version';
import { createAccounts } from './accounts';
import { createAdmin } from './admin';
import { createTokenService, type TokenService } from './auth/tokens';
import type { ServerConfig } from './config';
import { handleError } from './error-handler';
import { loggerOptions } from './logging';
import { MIN_TOMBSTONE_DAYS, startTombstonePurge } from './purge';
import { registerAdminRoutes } from './routes/admin';
import { registerAuthRoutes } from './routes/auth';
import { registerSyncRoutes } from './routes/sync';
import { SECURITY_HEADERS } from './security-headers';
import { registerStatic } from './static';
import { openStore, type Store } from './store';
import { createSyncService } from './sync-service';

const DEFAULT_RATE_LIMIT = 300;

/** The rate-limit key: the device named by a valid access token, else the caller's address. */
function rateLimitKey(tokens: TokenService) {
  return (request: FastifyRequest): string => {
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const verified = token ? tokens.verifyAccessToken(token) : undefined;
    return verified?.ok ? `device:${verified.principal.deviceId}` : `ip:${request.ip}`;
  };
}

/** Builds the server over `store`: the API under /v1, health check, the PWA. */
export async function buildApp(config: ServerConfig, store?: Store): Promise<FastifyInstance> {
  if (store) return build(config, store);
  const own = await openStore(config);
  try {
    const app = await build(config, own);
    app.addHook('onClose', () => own.close());
    return app;
  } catch (error) {
    await own.close();
    throw error;
  }
}

async function build(config: ServerConfig, store: Store): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logger),
    // Checked against Content-Length and while reading, before any parsing.
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy ?? false,
  });
  const tokens = createTokenService(store.tokenSecret);
  const accounts = createAccounts(store, tokens);

  app.addHook('onSend', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (request.url.startsWith('/v1/')) reply.header('cache-control', 'no-store');
  });
  app.setErrorHandler(handleError);

  app.get('/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  await app.register(async (api) => {
    await api.register(rateLimit, {
      max: config.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT,
      timeWindow: 60_000,
      keyGenerator: rateLimitKey(tokens),
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error(`rate limited; retry in ${context.after}`), { statusCode: 429 }),
    });
    registerSyncRoutes(api, accounts, createSyncService(store));
    registerAuthRoutes(api, accounts);
    registerAdminRoutes(api, accounts, createAdmin(store));
  });

  await registerStatic(app, config.distDir);
  // Purge old tombstones now and daily; the timer stops with the app.
  const purge = await startTombstonePurge(
    store,
    config.tombstoneDays ?? MIN_TOMBSTONE_DAYS,
    (error: unknown) => {
      app.log.error({ err: error }, 'tombstone purge failed');
    },
  );
  app.addHook('onClose', (_instance, done) => {
    purge.stop();
    done();
  });
  return app;
}
