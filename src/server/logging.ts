/**
 * What the request log may hold: method, path and status. Never bodies, query strings, headers or
 * addresses (an IP address is personal data; bodies hold what people wrote).
 */
import type { FastifyServerOptions } from 'fastify';

/** The logged form of a request. */
export function requestLogFields(request: { method: string; url: string }) {
  return { method: request.method, url: request.url.split('?')[0] ?? '' };
}

/** The logged form of a response. */
export function responseLogFields(reply: { statusCode: number }) {
  return { statusCode: reply.statusCode };
}

/** Fastify's logger options, or `false` for no log. */
export function loggerOptions(enabled: boolean): FastifyServerOptions['logger'] {
  if (!enabled) return false;
  return { level: 'info', serializers: { req: requestLogFields, res: responseLogFields } };
}
