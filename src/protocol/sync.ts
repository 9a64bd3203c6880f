/**
 * The sync request and response: one request pushes the outbox and pulls what changed.
 *
 * `POST /v1/sync` with `Authorization: Bearer <access token>`. See DESIGN.md for the rules.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT } from './version';

/** Encoded HLC stamp: `<15-digit millis>-<4-hex counter>-<16-hex node>` (src/lib/hlc.ts). */
export const hlcSchema = z.string().regex(/^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/);

/** A row key: a lower-case UUID made on the device. */
export const keySchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

/**
 * One change. `id` increases per device; `table` and `key` are checked per mutation (an unknown
 * table or a bad key rejects that mutation, not the request), so they are loose here.
 */
export const mutationSchema = z.object({
  id: z.number().int().positive(),
  table: z.string().max(60),
  key: z.string().max(100),
  op: z.enum(['put', 'delete']),
  fields: z.record(z.string(), z.unknown()),
  hlc: hlcSchema,
});
export type Mutation = z.infer<typeof mutationSchema>;

/** The request body. */
export const syncRequestSchema = z.object({
  protocol: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  deviceId: keySchema,
  push: z.object({ mutations: z.array(mutationSchema) }),
  pull: z.object({
    cursor: z.number().int().nonnegative(),
    limit: z.number().int().min(1).max(MAX_PULL_LIMIT),
    /**
     * The scopes this device has pulled so far (the `scopes` of the last response it applied).
     * The server compares them with the scopes the person reads now: a scope gone is listed in
     * `removedScopes`; a new one sends its current rows first. Absent (older clients): no change.
     */
    scopes: z.array(z.string().max(100)).max(10_000).optional(),
  }),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** A mutation the server refused for good; it counts as processed. */
export const rejectionSchema = z.object({
  id: z.number().int().positive(),
  code: z.enum(ERROR_CODES),
  message: z.string(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** A row as the server holds it: current fields, per-field clocks, tombstone flag, sequence. */
export const pulledRowSchema = z.object({
  table: z.string(),
  key: keySchema,
  fields: z.record(z.string(), z.unknown()),
  hlc: z.record(z.string(), hlcSchema),
  deleted: z.boolean(),
  seq: z.number().int().positive(),
  /** The row's scope (`user:<id>`, `shared:<id>`, …), so a device can drop a scope it lost. */
  scope: z.string().max(100),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

/** The response body. */
export const syncResponseSchema = z.object({
  serverHlc: hlcSchema,
  serverEpoch: z.string(),
  ack: z.object({
    lastMutationId: z.number().int().nonnegative(),
    rejected: z.array(rejectionSchema),
  }),
  pull: z.object({
    rows: z.array(pulledRowSchema),
    cursor: z.number().int().nonnegative(),
    hasMore: z.boolean(),
    /** The scopes the person reads now; the device saves them with this page and sends them back. */
    scopes: z.array(z.string()).optional(),
    /** Scopes the person no longer reads: the device deletes their rows (never its outbox). */
    removedScopes: z.array(z.string()).optional(),
    /** The device's cursor is older than the tombstone purge: push, clear, pull from 0. */
    reset: z.literal('full').optional(),
  }),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/** Most mutations in one push (re-exported for convenience). */
export { MAX_MUTATIONS_PER_PUSH };
