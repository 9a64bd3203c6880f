/**
 * Serves the built PWA with caching that keeps updates reliable.
 *
 * Hashed files under /assets never change: cached for a year, immutable. index.html, the service
 * worker and the manifest must be re-checked on every load, or a phone could keep an old app shell.
 * Unknown paths that are not API paths get index.html, so deep links work (the router takes over).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The Cache-Control value for a file path relative to the dist folder. */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

/** Registers static serving and the SPA fallback. */
export async function registerStatic(app: FastifyInstance, distDir: string): Promise<void> {
  const root = path.resolve(distDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built app in ${root}: run "npm run build" first`);
  }
  await app.register(fastifyStatic, {
    root,
    // Look files up per request (not a route per file at start), so a rebuilt dist/ is served
    // without a restart.
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
    setHeaders(reply, filePath) {
      reply.header('cache-control', cacheControlFor(path.relative(root, filePath)));
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    const isPage =
      request.method === 'GET' &&
      !url.startsWith('/v1/') &&
      !path.extname(url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (isPage) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    }
    return reply.code(404).send({ error: { code: 'not_found', message: 'Not found' } });
  });
}
