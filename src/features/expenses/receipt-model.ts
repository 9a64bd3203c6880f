/**
 * Receipt photos: how big they may be and how we shrink them, without a canvas.
 *
 * A photo from a phone camera is several megabytes; a receipt row may hold at most 280,000 base64
 * characters (the protocol's limit), which is 210,000 bytes. We aim for 200 KB: scale the longest
 * side down to 1600 px, then lower the JPEG quality step by step, then scale down further, until
 * the encoded photo fits. `receipt-resize.ts` does the drawing in the browser.
 */

/** Largest receipt photo we store, in bytes (200 KB). */
export const RECEIPT_MAX_BYTES = 200_000;

/** The protocol's limit on a receipt's base64 text (src/protocol/tables.ts). */
export const RECEIPT_MAX_BASE64_LENGTH = 280_000;

/** Longest side of a stored receipt: enough to read the small print. */
export const RECEIPT_LONG_SIDE = 1600;

/** We never shrink the longest side below this; a smaller receipt is unreadable, so we give up. */
export const RECEIPT_MIN_LONG_SIDE = 600;

/** A photo larger than this is refused before decoding (a phone would run out of memory). */
export const RECEIPT_MAX_INPUT_BYTES = 40_000_000;

/** JPEG qualities tried at the first size, best first. */
export const FIRST_QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45] as const;

/** Qualities tried at each smaller size (the high ones already failed at a larger size). */
export const LATER_QUALITIES = [0.7, 0.55, 0.45] as const;

/** Each smaller size is this fraction of the one before. */
export const SCALE_STEP = 0.75;

/** One way to encode the photo. */
export type ResizeAttempt = { width: number; height: number; quality: number };

/** `width` × `height` scaled so the longest side is at most `maxLongSide`; never enlarged. */
export function targetDimensions(
  width: number,
  height: number,
  maxLongSide: number,
): { width: number; height: number } {
  const longSide = Math.max(width, height);
  if (longSide <= maxLongSide) return { width, height };
  const scale = maxLongSide / longSide;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Every encoding to try for a photo of `width` × `height`, in order; the first that fits wins.
 *
 * Sizes go 1600, 1200, 900 and 675 px on the longest side (or start at the photo's own size when
 * it is smaller), never below 600; the first size tries five qualities, later ones three.
 */
export function resizeAttempts(width: number, height: number): ResizeAttempt[] {
  const attempts: ResizeAttempt[] = [];
  let longSide = Math.min(RECEIPT_LONG_SIDE, Math.max(width, height));
  let qualities: readonly number[] = FIRST_QUALITIES;
  for (;;) {
    const size = targetDimensions(width, height, longSide);
    for (const quality of qualities) attempts.push({ ...size, quality });
    // A full step or none: a small step at high quality would give more bytes than the last try.
    longSide = Math.round(longSide * SCALE_STEP);
    if (longSide < RECEIPT_MIN_LONG_SIDE) break;
    qualities = LATER_QUALITIES;
  }
  return attempts;
}

/** Length of the base64 text for `bytes` bytes (with padding). */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Number of bytes a base64 text stands for. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.floor((data.length * 3) / 4) - padding;
}

/** True when an encoded photo of `bytes` bytes may be stored as a receipt. */
export function fitsReceipt(bytes: number): boolean {
  return bytes <= RECEIPT_MAX_BYTES && base64Length(bytes) <= RECEIPT_MAX_BASE64_LENGTH;
}

/** Base64 of `bytes`, without a `data:` prefix; in chunks, so large photos do not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** A `data:` URL to show a stored receipt in an `<img>`. */
export function receiptDataUrl(receipt: { mimeType: string; data: string }): string {
  return `data:${receipt.mimeType};base64,${receipt.data}`;
}
