/**
 * Wire-format versions and limits, shared by client and server.
 */

/**
 * The sync protocol version. Bump it only for a change old clients cannot speak: the server then
 * answers older clients with 426 and they ask the user to update. Adding an optional field is not
 * such a change (both sides keep fields they do not know).
 */
export const PROTOCOL_VERSION = 1;

/** Most mutations one push may carry. */
export const MAX_MUTATIONS_PER_PUSH = 500;

/** Most rows one pull page may carry. */
export const MAX_PULL_LIMIT = 1000;

/** Largest request body the server parses (bytes); larger gets 413 before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;
