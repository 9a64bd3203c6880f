/**
 * Server configuration from environment variables, validated once at start.
 */
import { MIN_TOMBSTONE_DAYS } from './purge';

/** What `buildApp` needs. */
export type ServerConfig = {
  /** Folder with the built PWA (`vite build` output). */
  distDir: string;
  /** Log requests (never bodies: they may hold personal data). */
  logger: boolean;
  /** Requests per minute one device (or, before sign-in, one address) may make to /v1 (300). */
  rateLimitPerMinute?: number;
  /**
   * Behind a load balancer: trust its X-Forwarded-For so the caller's address (the rate-limit key
   * before sign-in) is the phone's, not the balancer's. `true`, or the balancer's addresses.
   */
  trustProxy?: boolean | string;
  /** PostgreSQL connection string; unset means SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Folder for the SQLite file `samspil.db`, created on first start (`data`). */
  dataDir?: string;
  /** Hex secret that signs access tokens; unset means one kept in the database. */
  tokenSecret?: string | undefined;
  /** Days a deleted row's tombstone is kept before the daily purge removes it (180, the least). */
  tombstoneDays?: number;
};

/** What `main.ts` does on first start. */
export type StartConfig = {
  /** Create the demo municipality and print its invitation codes. */
  demoData: boolean;
};

/** Where and how `main.ts` listens. */
export type ListenConfig = { host: string; port: number };

function wholeNumber(name: string, value: string | undefined, fallback: number, max: number) {
  const number = Number(value ?? fallback);
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return number;
}

function tombstoneDays(value: string | undefined): number {
  const days = Number(value ?? MIN_TOMBSTONE_DAYS);
  if (!/^\s*\d+\s*$/.test(value ?? '0') || days < MIN_TOMBSTONE_DAYS || days > 36_500) {
    throw new Error(
      `TOMBSTONE_DAYS must be a whole number of days from ${MIN_TOMBSTONE_DAYS} to 36500 ` +
        `(devices offline longer than that must download everything again), got "${value}"`,
    );
  }
  return days;
}

function trustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}

/**
 * Reads PORT, HOST, DIST_DIR, LOG_LEVEL, DATABASE_URL, DATA_DIR, DEMO_DATA, TOKEN_SECRET,
 * RATE_LIMIT_PER_MINUTE, TRUST_PROXY and TOMBSTONE_DAYS; throws a readable error on bad values.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig & {
  rateLimitPerMinute: number;
  dataDir: string;
  tombstoneDays: number;
} & StartConfig &
  ListenConfig {
  const demo = (env.DEMO_DATA ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(demo)) {
    throw new Error(`DEMO_DATA must be "on" or "off", got "${env.DEMO_DATA}"`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port: wholeNumber('PORT', env.PORT, 3000, 65535),
    distDir: env.DIST_DIR ?? 'dist',
    logger: (env.LOG_LEVEL ?? 'info') !== 'silent',
    rateLimitPerMinute: wholeNumber('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 300, 1e6),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? 'data',
    demoData: demo === 'on',
    tokenSecret: env.TOKEN_SECRET || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    tombstoneDays: tombstoneDays(env.TOMBSTONE_DAYS),
  };
}
