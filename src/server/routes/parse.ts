/**
 * Request bodies are checked with the protocol's zod schemas; a mismatch is `bad_request`.
 */
import type { z } from 'zod';
import { ApiError } from '../errors';

/** `body` parsed by `schema`, or an `ApiError('bad_request')` naming the bad paths (never values). */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const paths = result.error.issues.map((issue) => issue.path.join('.') || '(body)');
  throw new ApiError('bad_request', `invalid request: ${[...new Set(paths)].join(', ')}`);
}
