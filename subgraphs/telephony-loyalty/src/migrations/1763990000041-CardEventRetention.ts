import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The retention job deletes call-card events by age: an index on it, not a scan of the log. */
export class CardEventRetention1763990000041 implements MigrationInterface {
  name = 'CardEventRetention1763990000041';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX call_card_events_occurred_idx ON call_card_events (occurred_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX call_card_events_occurred_idx');
  }
}
