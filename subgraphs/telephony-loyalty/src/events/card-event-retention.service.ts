import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';

/** Rows one DELETE removes; a large backlog goes in several short statements, not one long lock. */
const PRUNE_BATCH = 10_000;

/**
 * The call-card event log (`call_card_events`) exists for replay: a browser that reconnects with
 * Last-Event-ID gets what it missed, within seconds or minutes. Events older than the retention
 * serve no one and would grow the table with every call for ever, so a periodic job deletes them
 * (by the injected clock). A stream resuming from a pruned id simply gets the events after it.
 */
export class CardEventRetentionService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly retentionMs: number) {}

  /** Deletes the events older than the retention; returns how many. */
  async prune(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.retentionMs);
    let total = 0;
    for (;;) {
      const [, deleted] = (await this.dataSource.query(
        `DELETE FROM call_card_events WHERE id IN (
           SELECT id FROM call_card_events WHERE occurred_at < $1 ORDER BY occurred_at LIMIT ${PRUNE_BATCH})`,
        [before],
      )) as [unknown, number];
      total += deleted;
      if (deleted < PRUNE_BATCH) return total;
    }
  }
}
