/**
 * Error codes on the wire and the error body `{ error: { code, message } }`.
 *
 * The client explains a code in Danish; `message` is for developers and logs, never shown.
 */
import { z } from 'zod';

/** Every error code the server may answer with. */
export const ERROR_CODES = [
  'bad_request',
  'payload_too_large',
  'too_many_mutations',
  'unknown_table',
  'unknown_field',
  'invalid_field',
  'invalid_key',
  'cpr_number',
  'forbidden',
  'unauthorized',
  'token_expired',
  'token_reused',
  'device_revoked',
  'invitation_invalid',
  'not_found',
  'protocol_too_old',
  'rate_limited',
  'unavailable',
  'server_error',
] as const;

/** One error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The error body schema. */
export const wireErrorSchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

/** The error body. */
export type WireError = z.infer<typeof wireErrorSchema>;

/** Builds an error body. */
export function wireError(code: ErrorCode, message: string): WireError {
  return { error: { code, message } };
}
