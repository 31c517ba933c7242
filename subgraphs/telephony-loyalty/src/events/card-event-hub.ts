import type { Logger } from '@appmarket/core';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { CARD_EVENTS_CHANNEL, type CardEventMessage } from '../cards/call-card.service';

type Listener = (message: CardEventMessage) => void;

/** application_name of the LISTEN connections (operators can find them in pg_stat_activity). */
export const CARD_EVENTS_APPLICATION = 'appmarket-telephony-card-events';

/**
 * This replica's end of the card-event fan-out: one dedicated connection LISTENs on the channel
 * that every replica NOTIFYs in the transaction of a card change, and hands each message to the
 * streams open here for that employee. It keeps no state of its own beyond who is connected: the
 * cards and the event log are in the database.
 */
export class CardEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | undefined;
  private closed = false;
  /** False once the LISTEN connection is gone: the owner then makes a new hub. */
  alive = true;
  readonly ready: Promise<void>;

  /** `onLost` is told when the LISTEN connection drops, so open streams can be ended and resumed. */
  constructor(dataSource: DataSource, private readonly logger: Logger, private readonly onLost: () => void = () => undefined) {
    this.ready = this.listen(dataSource).catch((error: unknown) => {
      this.logger.error('card event LISTEN failed', { error: String(error) });
      throw error;
    });
    // A stream that awaits `ready` reports the failure; the process must not crash on it meanwhile.
    this.ready.catch(() => undefined);
  }

  private async listen(dataSource: DataSource): Promise<void> {
    // Not a pooled connection: LISTEN holds its connection for the life of the process. The pg
    // module is the one TypeORM's driver already loaded.
    const pg = (dataSource.driver as unknown as { postgres: typeof import('pg') }).postgres;
    const client = new pg.Client({
      connectionString: String((dataSource.options as { url?: string }).url),
      application_name: CARD_EVENTS_APPLICATION,
    });
    client.on('notification', (n) => {
      if (n.channel !== CARD_EVENTS_CHANNEL || !n.payload) return;
      const message = JSON.parse(n.payload) as CardEventMessage;
      for (const listener of this.listeners.get(message.userId) ?? []) listener(message);
    });
    client.on('error', (error) => this.logger.error('card event connection failed', { error: String(error) }));
    client.on('end', () => {
      if (this.closed) return;
      // Events NOTIFYed while no one listened are in call_card_events: the streams this replica
      // ends reconnect with Last-Event-ID and get them replayed, through a new hub.
      this.alive = false;
      this.logger.warn('card event LISTEN connection lost; ending streams so they resume');
      this.onLost();
    });
    await client.connect();
    await client.query(`LISTEN ${CARD_EVENTS_CHANNEL}`);
    this.client = client;
  }

  /** Calls `listener` with every card event of the employee; returns the unsubscribe. */
  subscribe(userId: string, listener: Listener): () => void {
    const set = this.listeners.get(userId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(userId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.ready.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }
}
