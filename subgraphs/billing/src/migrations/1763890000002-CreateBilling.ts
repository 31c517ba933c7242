import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Billing state of installs and the subscriptions that hold paid-app options. */
export class CreateBilling1763890000002 implements MigrationInterface {
  name = 'CreateBilling1763890000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE billing_state AS ENUM ('FREE', 'TRIAL', 'PAID', 'SUSPENDED')`);
    await q.query(`
      CREATE TABLE install_billings (
        -- The accounts subgraph's install id: another subgraph's entity, so no foreign key.
        install_id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        app_id uuid NOT NULL,
        state billing_state NOT NULL,
        trial_ends_at timestamptz,
        -- Options a PAID install takes: its price in 500 RUB units when it became paid (PR-3).
        paid_app_options_used integer NOT NULL DEFAULT 0 CHECK (paid_app_options_used >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (state <> 'TRIAL' OR trial_ends_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX install_billings_account_idx ON install_billings (account_id, state)`);
    await q.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        paid_app_options integer NOT NULL CHECK (paid_app_options >= 0),
        period_months smallint NOT NULL CHECK (period_months IN (1, 3, 6, 12)),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX subscriptions_account_idx ON subscriptions (account_id, ends_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE subscriptions');
    await q.query('DROP TABLE install_billings');
    await q.query('DROP TYPE billing_state');
  }
}
