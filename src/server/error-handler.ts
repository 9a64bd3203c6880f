/**
 * The one error handler: every failure leaves as `{ error: { code, message } }`.
 *
 * Expected failures (`ApiError`, Fastify's own 4xx) keep their code and message; a transient
 * database failure is 503 `unavailable` (retry later); anything else is 500 `server_error` with
 * the details logged, never sent.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { wireError } from '@/protocol/errors';
import { ApiError, isTransient } from './errors';

/** Answers `error` in the wire shape. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) {
    return reply.code(error.statusCode).send(wireError(error.code, error.message));
  }
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return reply.code(413).send(wireError('payload_too_large', 'request body too large'));
  }
  if (status === 429) {
    return reply.code(429).send(wireError('rate_limited', 'too many requests; retry later'));
  }
  if (status >= 400 && status < 500) {
    return reply.code(status).send(wireError('bad_request', error.message));
  }
  request.log.error({ err: error }, 'request failed');
  if (isTransient(error)) {
    return reply.code(503).send(wireError('unavailable', 'temporarily unavailable; retry later'));
  }
  return reply.code(500).send(wireError('server_error', 'internal error'));
}
