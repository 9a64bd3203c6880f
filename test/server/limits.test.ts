// @vitest-environment node
import { isTransient } from '@/server/errors';
import {
  authed,
  demoCode,
  DIALECTS,
  errorCode,
  postSync,
  redeem,
  startServer,
  type TestServer,
} from './harness';

const LIMIT = 5;

describe.each(DIALECTS)('limits and error answers on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(dialect, { rateLimitPerMinute: LIMIT, trustProxy: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 429 with Retry-After once a device passes its limit, other devices unaffected', async () => {
    const busy = await redeem(server.app, demoCode(server, 'volunteer'));
    const calm = await redeem(server.app, demoCode(server, 'volunteer'));
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await postSync(server.app, busy)).statusCode);
    expect(statuses.slice(0, LIMIT).every((status) => status === 200)).toBe(true);
    const limited = await postSync(server.app, busy);
    expect(limited.statusCode).toBe(429);
    expect(errorCode(limited)).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['cache-control']).toBe('no-store');
    expect((await postSync(server.app, calm)).statusCode).toBe(200);
  });

  it('before sign-in, counts per phone address behind a trusted proxy', async () => {
    const refresh = (address: string) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/auth/refresh',
        headers: { 'x-forwarded-for': address },
        payload: { refreshToken: 'not-a-token-we-issued' },
      });
    for (let i = 0; i < LIMIT; i++) expect((await refresh('192.0.2.1')).statusCode).toBe(401);
    expect((await refresh('192.0.2.1')).statusCode).toBe(429);
    expect((await refresh('192.0.2.2')).statusCode).toBe(401);
  });

  it('sends no-store and the security headers on every /v1 answer, errors included', async () => {
    const session = await redeem(server.app, demoCode(server, 'contact'));
    const responses = [
      await authed(server.app, session, 'POST', '/v1/auth/device-code'),
      await server.app.inject({ method: 'POST', url: '/v1/sync' }),
      await server.app.inject({ method: 'GET', url: '/v1/nothing' }),
    ];
    for (const response of responses) {
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('an unexpected failure', () => {
  it('answers 500 server_error without details', async () => {
    const server = await startServer('sqlite');
    const session = await redeem(server.app, demoCode(server, 'volunteer'));
    await server.store.close();
    const response = await postSync(server.app, session);
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'server_error', message: 'internal error' } });
    await server.close();
  });

  it.each([
    [{ code: 'SQLITE_BUSY' }, true],
    [{ code: '40001' }, true],
    [{ code: '40P01' }, true],
    [{ code: '08006' }, true],
    [{ code: 'ECONNREFUSED' }, true],
    [new Error('Connection terminated unexpectedly'), true],
    [{ code: '23505' }, false],
    [new TypeError('x is undefined'), false],
  ])('counts %o as transient: %s', (error, transient) => {
    expect(isTransient(error)).toBe(transient);
  });
});
