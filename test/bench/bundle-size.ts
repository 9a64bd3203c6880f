/**
 * Measures what a first visit downloads: the gzipped size of the JS and CSS that `dist/index.html`
 * loads up front (module scripts, modulepreloads, stylesheets), and the size of the service worker's
 * precache. Reads the output of `npm run build`; builds nothing itself.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the first screen fetches before it can run, in bytes. */
export type InitialAssets = {
  js: { files: string[]; rawBytes: number; gzipBytes: number };
  css: { files: string[]; rawBytes: number; gzipBytes: number };
};

/** What the service worker stores on install, in bytes. */
export type Precache = { files: number; rawBytes: number; gzipBytes: number };

const TAG_RE = /<(script|link)\b([^>]*)>/gi;
const ATTR_RE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of source.matchAll(ATTR_RE)) {
    attrs.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** The JS and CSS URLs `index.html` loads up front, in document order. */
export function initialAssetUrls(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const match of html.matchAll(TAG_RE)) {
    const attrs = attributes(match[2]!);
    const rel = attrs.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (match[1]!.toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (attrs.get('type') === 'module' && src) js.push(src);
    } else if (rel.includes('modulepreload') && attrs.get('href')) {
      js.push(attrs.get('href')!);
    } else if (rel.includes('stylesheet') && attrs.get('href')) {
      css.push(attrs.get('href')!);
    }
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

function fileFor(distDir: string, url: string): string {
  const path = decodeURIComponent(url.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  if (/^[a-z]+:/i.test(path) || path.split('/').includes('..')) {
    throw new Error(`Not a local asset in dist: ${url}`);
  }
  return join(distDir, path);
}

async function sizes(distDir: string, urls: readonly string[]) {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const url of urls) {
    const body = await readFile(fileFor(distDir, url));
    rawBytes += body.byteLength;
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { rawBytes, gzipBytes };
}

/** Gzipped (level 9) and raw sizes of the initial JS and CSS of the built app. */
export async function measureInitialAssets(distDir: string): Promise<InitialAssets> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const urls = initialAssetUrls(html);
  if (urls.js.length === 0) throw new Error(`No module script in ${distDir}/index.html`);
  return {
    js: { files: urls.js, ...(await sizes(distDir, urls.js)) },
    css: { files: urls.css, ...(await sizes(distDir, urls.css)) },
  };
}

/**
 * Sizes of every file in the service worker's precache manifest, or `undefined` without `sw.js`.
 *
 * Raw bytes are what Cache Storage keeps on the phone; gzip bytes approximate the install download.
 */
export async function measurePrecache(distDir: string): Promise<Precache | undefined> {
  let worker: string;
  try {
    worker = await readFile(join(distDir, 'sw.js'), 'utf8');
  } catch {
    return undefined;
  }
  const urls = [...worker.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"/g)].map((match) => match[1]!);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const url of new Set(urls)) {
    const file = fileFor(distDir, url);
    if (url.endsWith('.woff2') || url.endsWith('.png')) {
      // Already compressed: the server sends them as they are.
      const { size } = await stat(file);
      rawBytes += size;
      gzipBytes += size;
    } else {
      const body = await readFile(file);
      rawBytes += body.byteLength;
      gzipBytes += gzipSync(body, { level: 9 }).byteLength;
    }
  }
  return { files: new Set(urls).size, rawBytes, gzipBytes };
}
