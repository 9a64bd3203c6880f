/**
 * The real sync server for the simulation, in-process: Fastify over the real store (a SQLite file
 * or PostgreSQL), restartable on the same database, with its rows readable for the checks.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@/server/app';
import { openStore, type Store, type StoreOptions } from '@/server/store';
import type { ServerRow } from './invariants';

/** A running server; `app` and `store` are new after each restart. */
export class SimServer {
  app!: FastifyInstance;
  store!: Store;
  private constructor(
    private readonly options: StoreOptions,
    private readonly dist: string,
  ) {}

  static async start(options: StoreOptions, dist: string): Promise<SimServer> {
    const server = new SimServer(options, dist);
    await server.open();
    return server;
  }

  private async open() {
    this.store = await openStore(this.options);
    this.app = await buildApp(
      { distDir: this.dist, logger: false, rateLimitPerMinute: 1_000_000 },
      this.store,
    );
  }

  async restart() {
    await this.close();
    await this.open();
  }

  async close() {
    await this.app.close();
    await this.store.close();
  }

  /** One stored row, if there is one. */
  row(table: string, key: string): Promise<ServerRow | undefined> {
    return this.store.db
      .selectFrom('rows')
      .select(['tbl', 'key', 'scope', 'owner_user_id', 'fields', 'clocks', 'deleted', 'seq'])
      .where('tbl', '=', table)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  /** Every stored row, in table and key order. */
  rows(): Promise<ServerRow[]> {
    return this.store.db
      .selectFrom('rows')
      .select(['tbl', 'key', 'scope', 'owner_user_id', 'fields', 'clocks', 'deleted', 'seq'])
      .orderBy('tbl')
      .orderBy('key')
      .execute();
  }
}
