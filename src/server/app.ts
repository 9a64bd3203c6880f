/**
 * `buildApp()`: the Fastify app without `listen()`, so tests drive it through `app.inject()`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { SECURITY_HEADERS } from './security-headers';
import { registerStatic } from './static';

/** Builds the server: security headers, health check, the PWA. */
export async function buildApp(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logger
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: 1024 * 1024,
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.get('/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  await registerStatic(app, config.distDir);
  return app;
}
