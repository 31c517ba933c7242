import type { Logger } from '@appmarket/core';
import { Client } from 'pg';

/** How long a lost LISTEN connection waits before it reconnects (polling covers the gap). */
const RECONNECT_MS = 1000;

/**
 * Wakes idle workers when a job is sent, in any process on the same database: the sender runs
 * `pg_notify(channel, queue)` (inside its transaction, so the wake-up is delivered exactly when the
 * job becomes visible), and every process working that queue holds one LISTEN connection. pg-boss
 * 10 wakes only workers of its own process (`notifyWorker`), so without this a job sent by another
 * replica waits for the next poll.
 */
export class WakeChannel {
  private client?: Client;
  private stopped = false;
  private reconnect?: NodeJS.Timeout;
  private lost = false;

  constructor(
    readonly channel: string,
    private readonly connectionString: string,
    private readonly applicationName: string,
    private readonly onWake: (queue: string) => void,
    private readonly logger: Logger,
  ) {}

  /** The SQL a sender runs; `$1` the channel, `$2` the queue. */
  static readonly NOTIFY_SQL = 'SELECT pg_notify($1, $2)';

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: this.applicationName });
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload) this.onWake(message.payload);
    });
    client.on('error', (error) => this.onLost(error));
    client.on('end', () => this.onLost(new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.client = client;
    if (this.lost) this.logger.info('job wake-up channel restored', { channel: this.channel });
    this.lost = false;
  }

  private onLost(error: Error): void {
    if (this.stopped || this.reconnect) return;
    // One line per outage, not one per attempt; workers keep polling meanwhile.
    if (!this.lost) this.logger.warn('job wake-up channel lost; workers poll until it is back', { channel: this.channel, error: error.message });
    this.lost = true;
    this.client?.removeAllListeners('end');
    void this.client?.end().catch(() => undefined);
    this.client = undefined;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.start().catch((e: Error) => this.onLost(e));
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    client?.removeAllListeners('end');
    await client?.end().catch(() => undefined);
  }
}
