/**
 * Server configuration from environment variables, validated once at start.
 */

/** What `buildApp` needs. */
export type ServerConfig = {
  /** Folder with the built PWA (`vite build` output). */
  distDir: string;
  /** Log requests (never bodies: they may hold personal data). */
  logger: boolean;
};

/** Where and how `main.ts` listens. */
export type ListenConfig = { host: string; port: number };

/** Reads PORT, HOST, DIST_DIR and LOG_LEVEL; throws a readable error on bad values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig & ListenConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, got "${env.PORT}"`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    distDir: env.DIST_DIR ?? 'dist',
    logger: (env.LOG_LEVEL ?? 'info') !== 'silent',
  };
}
