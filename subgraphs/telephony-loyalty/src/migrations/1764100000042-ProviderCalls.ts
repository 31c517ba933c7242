import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phone API 1.0 as MoySklad documents it (TL-1): a call also carries the extension the provider
 * named, when it ended, the recordings' URLs (appended by each update) and a comment. The Phone
 * API's request window moved to the gateway (Redis), so its counter table goes.
 */
export class ProviderCalls1764100000042 implements MigrationInterface {
  name = 'ProviderCalls1764100000042';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calls
      ADD COLUMN extension varchar(16),
      ADD COLUMN ended_at timestamptz,
      ADD COLUMN record_urls text[] NOT NULL DEFAULT '{}',
      ADD COLUMN comment varchar(4096)`);
    await q.query('DROP TABLE rate_limit_windows');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limit_windows (
      key varchar(200) NOT NULL, window_start timestamptz NOT NULL, hits integer NOT NULL, PRIMARY KEY (key, window_start))`);
    await q.query('ALTER TABLE calls DROP COLUMN extension, DROP COLUMN ended_at, DROP COLUMN record_urls, DROP COLUMN comment');
  }
}
