/**
 * Shrinks a receipt photo on the device, with a canvas, to at most 200 KB of JPEG.
 *
 * Runs only in a browser (jsdom has no canvas); the sizing rules are in receipt-model.ts and tested
 * there, the drawing is tested in Chromium. It imports nothing but the model, so a test page can
 * import `resizeReceipt` and hand it a fixture photo.
 */
import {
  bytesToBase64,
  fitsReceipt,
  RECEIPT_MAX_INPUT_BYTES,
  resizeAttempts,
  type ResizeAttempt,
} from './receipt-model';

/** A photo ready to store as a receipt row: base64 without a `data:` prefix. */
export type ResizedReceipt = {
  mimeType: 'image/jpeg' | 'image/webp' | 'image/png';
  data: string;
  bytes: number;
  width: number;
  height: number;
};

/** Why a photo could not become a receipt: not an image we can read, or too big to shrink. */
export class ReceiptImageError extends Error {
  readonly code: 'unreadable' | 'tooLarge';

  constructor(code: 'unreadable' | 'tooLarge', options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'ReceiptImageError';
    this.code = code;
  }
}

/** How far the shrinking has come: encoding `attempt` of at most `attempts`. */
export type ResizeProgress = { attempt: number; attempts: number };

type Decoded = { source: CanvasImageSource; width: number; height: number; release: () => void };

type Surface = {
  width: number;
  height: number;
  encode: (quality: number) => Promise<Blob | null>;
  release: () => void;
};

const DECODE_TIMEOUT_MS = 60_000;

const STORABLE_TYPES = new Set(['image/jpeg', 'image/webp', 'image/png']);

/**
 * Decodes `file`, scales it down and lowers the JPEG quality step by step until it fits in 200 KB.
 *
 * Throws `ReceiptImageError` with `unreadable` when the file is no image this browser can decode,
 * and `tooLarge` when even the smallest readable size does not fit.
 */
export async function resizeReceipt(
  file: Blob,
  onProgress?: (progress: ResizeProgress) => void,
): Promise<ResizedReceipt> {
  if (file.size > RECEIPT_MAX_INPUT_BYTES) throw new ReceiptImageError('tooLarge');
  if (!canDraw()) throw new ReceiptImageError('unreadable');
  const image = await decode(file);
  let surface: Surface | undefined;
  try {
    const attempts = resizeAttempts(image.width, image.height);
    for (const [index, attempt] of attempts.entries()) {
      onProgress?.({ attempt: index + 1, attempts: attempts.length });
      if (surface?.width !== attempt.width || surface.height !== attempt.height) {
        surface?.release();
        surface = draw(image.source, attempt);
      }
      const blob = await surface.encode(attempt.quality);
      if (!blob || !STORABLE_TYPES.has(blob.type)) throw new ReceiptImageError('unreadable');
      if (fitsReceipt(blob.size)) {
        const data = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
        return {
          mimeType: blob.type as ResizedReceipt['mimeType'],
          data,
          bytes: blob.size,
          width: attempt.width,
          height: attempt.height,
        };
      }
    }
    throw new ReceiptImageError('tooLarge');
  } finally {
    surface?.release();
    image.release();
  }
}

async function decode(file: Blob): Promise<Decoded> {
  let decoded: Decoded | undefined;
  if (typeof createImageBitmap === 'function') {
    try {
      // Applies the photo's EXIF orientation, so a receipt shot upright stays upright. A browser that
      // does not know the option throws, and the <img> below (which always applies it) takes over.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      decoded = {
        source: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        release: () => bitmap.close(),
      };
    } catch {
      // Some browsers decode formats as an <img> that createImageBitmap refuses (HEIC in Safari).
    }
  }
  decoded ??= await decodeAsImage(file);
  if (decoded.width < 1 || decoded.height < 1) {
    decoded.release();
    throw new ReceiptImageError('unreadable');
  }
  return decoded;
}

function decodeAsImage(file: Blob): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    let url: string;
    try {
      url = URL.createObjectURL(file);
    } catch (cause) {
      reject(new ReceiptImageError('unreadable', { cause }));
      return;
    }
    const image = new Image();
    // A browser always fires load or error; the timer only guards against one that never does.
    const timer = setTimeout(() => {
      URL.revokeObjectURL(url);
      reject(new ReceiptImageError('unreadable'));
    }, DECODE_TIMEOUT_MS);
    image.onload = () => {
      clearTimeout(timer);
      resolve({
        source: image,
        width: image.naturalWidth,
        height: image.naturalHeight,
        release: () => URL.revokeObjectURL(url),
      });
    };
    image.onerror = () => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      reject(new ReceiptImageError('unreadable'));
    };
    image.src = url;
  });
}

/** True when this browser has a 2D canvas to draw on (jsdom has none). */
function canDraw(): boolean {
  if (typeof OffscreenCanvas === 'function') return true;
  if (typeof document === 'undefined') return false;
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  return probe.getContext('2d') !== null;
}

/** Draws the photo at the attempt's size on a white background (transparent PNGs stay legible). */
function draw(source: CanvasImageSource, { width, height }: ResizeAttempt): Surface {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context) {
      paint(context, source, width, height);
      return {
        width,
        height,
        encode: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }),
        release: () => {
          canvas.width = 0;
          canvas.height = 0;
        },
      };
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new ReceiptImageError('unreadable');
  paint(context, source, width, height);
  return {
    width,
    height,
    encode: (quality) => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality)),
    // iOS Safari caps the memory all canvases may hold; an emptied canvas gives its share back.
    release: () => {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

function paint(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  source: CanvasImageSource,
  width: number,
  height: number,
): void {
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
}
