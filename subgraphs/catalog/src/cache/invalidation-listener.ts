import type { Logger } from '@appmarket/core';
import { runOutsideRequest } from '@appmarket/federation';
import { Client } from 'pg';
import { parseChange, type CatalogCache } from './catalog-cache';

/** The NOTIFY channel the catalog's cache triggers send on (migration CacheInvalidation). */
export const CACHE_CHANNEL = 'catalog_cache';
/** How long a lost LISTEN connection waits before it reconnects; the cache bypasses itself meanwhile. */
const RECONNECT_MS = 1000;

/**
 * Every replica's ear for every replica's writes: one dedicated connection LISTENs on
 * `catalog_cache`, where the tables' triggers `pg_notify` inside the writing transaction (so a
 * change is announced exactly when it commits, never for one that rolls back). Notifications sent
 * while the connection is down are lost, so the cache stays off (stores nothing) from the loss
 * until LISTEN works again, and starts empty then.
 */
export class CacheInvalidationListener {
  private client?: Client;
  private stopped = false;
  private reconnect?: NodeJS.Timeout;
  private lost = false;

  constructor(
    private readonly cache: CatalogCache,
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  /** Listens; a failure to connect is logged and retried (the cache stays off until then), never thrown. */
  async start(): Promise<void> {
    try {
      await runOutsideRequest(() => this.connect());
    } catch (error) {
      this.onLost(error as Error);
    }
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: 'appmarket-catalog-cache' });
    client.on('notification', (message) => {
      if (message.channel !== CACHE_CHANNEL || !message.payload) return;
      const change = parseChange(message.payload);
      if (change) this.cache.apply(change);
    });
    client.on('error', (error) => this.onLost(error));
    client.on('end', () => this.onLost(new Error('connection ended')));
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${CACHE_CHANNEL}`);
    if (this.stopped) return;
    // Listening from here on: whatever was kept before may have missed a change.
    this.cache.setLive(true);
    if (this.lost) this.logger.info('catalog cache invalidation channel restored; the cache starts empty');
    this.lost = false;
  }

  private onLost(error: Error): void {
    this.cache.setLive(false);
    if (this.stopped || this.reconnect) return;
    if (!this.lost) this.logger.warn('catalog cache invalidation channel lost; the cache is off until it is back', { error: error.message });
    this.lost = true;
    const client = this.client;
    this.client = undefined;
    client?.removeAllListeners('end');
    void client?.end().catch(() => undefined);
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.connect().catch((e: Error) => this.onLost(e));
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cache.setLive(false);
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    client?.removeAllListeners('end');
    await client?.end().catch(() => undefined);
  }
}
