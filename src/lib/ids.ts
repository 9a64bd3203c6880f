/**
 * Identifiers made on the device.
 *
 * Every synced row gets a UUIDv7: unique without asking the server, and roughly time-ordered so
 * new rows land at the end of IndexedDB's B-trees.
 */
import { uuidv7 } from 'uuidv7';

/** A new UUIDv7 string, e.g. `0192f0c4-7d3e-7c1a-9d4b-5f3e8a2b1c0d`. */
export function newId(): string {
  return uuidv7();
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True when `value` is a lower-case RFC 9562 UUID (any version 1–8). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** A random 16-hex-digit node id for a device's hybrid logical clock. */
export function newNodeId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
