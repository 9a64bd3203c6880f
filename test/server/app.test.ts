// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@/server/app';
import { readConfig } from '@/server/config';

let dist: string;
let dataDir: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'samspil-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Samspil</title>');
  writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"Samspil"}');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  dataDir = mkdtempSync(path.join(tmpdir(), 'samspil-data-'));
  // Without a store of its own, buildApp opens (and on close closes) the one in dataDir.
  app = await buildApp({ distDir: dist, logger: false, dataDir });
});

afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('serving the app', () => {
  it('answers the health check without caching', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('caches hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/', '/sw.js', '/manifest.webmanifest'])(
    'makes the browser re-check %s',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it('answers a deep link with the app shell', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/aktiviteter',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Samspil</title>');
  });

  it('answers an unknown API path with a JSON 404, not the app shell', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/v1/nothing',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });

  it('sends strict security headers with every response', async () => {
    for (const url of ['/', '/health', '/assets/index-abc123.js', '/v1/nothing']) {
      const response = await app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});

describe('configuration', () => {
  it('defaults to port 3000 on loopback', () => {
    expect(readConfig({})).toMatchObject({ host: '127.0.0.1', port: 3000, distDir: 'dist' });
  });

  it('uses SQLite in ./data with demo data unless told otherwise', () => {
    expect(readConfig({})).toMatchObject({
      databaseUrl: undefined,
      dataDir: 'data',
      demoData: true,
      tokenSecret: undefined,
      rateLimitPerMinute: 300,
    });
    expect(
      readConfig({
        DATABASE_URL: 'postgres://db/samspil',
        DATA_DIR: '/var/lib/samspil',
        DEMO_DATA: 'off',
        RATE_LIMIT_PER_MINUTE: '60',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://db/samspil',
      dataDir: '/var/lib/samspil',
      demoData: false,
      rateLimitPerMinute: 60,
    });
  });

  it.each([
    [undefined, false],
    ['true', true],
    ['10.0.0.1,10.0.0.2', '10.0.0.1,10.0.0.2'],
  ])('reads TRUST_PROXY=%s as %s', (value, expected) => {
    expect(readConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it.each([
    ['DEMO_DATA', 'maybe'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('refuses a port that is not a number', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('refuses to start without a built app', async () => {
    await expect(
      buildApp({ distDir: path.join(dist, 'missing'), logger: false, dataDir }),
    ).rejects.toThrow(/npm run build/);
  });
});
