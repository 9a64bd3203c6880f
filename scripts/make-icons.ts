/**
 * Draws Samspil's icons as PNG files in public/ (run once: `npx tsx scripts/make-icons.ts`).
 *
 * The mark is two interlocking rings, "samspil" (interplay), white on DKFDS dark grey. The maskable
 * variant keeps the mark inside the 80 % safe zone and fills the whole square.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x45, 0x45, 0x45];
const FG = [0xff, 0xff, 0xff];
const SAMPLES = 4;

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

function png(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage of the mark and the background at a point in unit coordinates (0..1). */
function shapes(u: number, v: number, maskable: boolean): { bg: boolean; fg: boolean } {
  const scale = maskable ? 0.72 : 0.86;
  const x = (u - 0.5) / scale + 0.5;
  const y = (v - 0.5) / scale + 0.5;
  const ring = (cx: number) => {
    const d = Math.hypot(x - cx, y - 0.5);
    return d < 0.24 && d > 0.16;
  };
  const radius = 0.22;
  const cu = Math.min(Math.max(u, radius), 1 - radius);
  const cv = Math.min(Math.max(v, radius), 1 - radius);
  const bg = maskable || Math.hypot(u - cu, v - cv) <= radius;
  return { bg, fg: bg && (ring(0.36) || ring(0.64)) };
}

function icon(size: number, maskable: boolean): Buffer {
  return png(size, (px, py) => {
    let bg = 0;
    let fg = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const hit = shapes(
          (px + (sx + 0.5) / SAMPLES) / size,
          (py + (sy + 0.5) / SAMPLES) / size,
          maskable,
        );
        if (hit.bg) bg++;
        if (hit.fg) fg++;
      }
    }
    const n = SAMPLES * SAMPLES;
    const f = bg === 0 ? 0 : fg / bg;
    const mix = (i: number) => Math.round((BG[i] ?? 0) * (1 - f) + (FG[i] ?? 0) * f);
    return [mix(0), mix(1), mix(2), Math.round((bg / n) * 255)];
  });
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, false));
writeFileSync('public/icons/icon-512.png', icon(512, false));
writeFileSync('public/icons/maskable-512.png', icon(512, true));
writeFileSync('public/apple-touch-icon.png', icon(180, true));
writeFileSync(
  'public/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="22" fill="#454545"/><g fill="none" stroke="#fff" stroke-width="7"><circle cx="37" cy="50" r="17"/><circle cx="63" cy="50" r="17"/></g></svg>\n`,
);
console.log('icons written to public/');
