import type { MigrationInterface, QueryRunner } from 'typeorm';

/** BX-8: an account's local apps (never on the storefront) and incoming webhooks (hashed tokens). */
export class LocalAppsAndWebhooks1763890000003 implements MigrationInterface {
  name = 'LocalAppsAndWebhooks1763890000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE local_apps (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT local_apps_name_unique UNIQUE (account_id, name)
      )`);
    await q.query(`
      CREATE TABLE incoming_webhooks (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        name varchar(200) NOT NULL,
        token_sha256 char(64) NOT NULL UNIQUE,
        permissions jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX incoming_webhooks_account_idx ON incoming_webhooks (account_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE incoming_webhooks');
    await q.query('DROP TABLE local_apps');
  }
}
