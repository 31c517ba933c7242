import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The billing domain (issue 5): frozen prices on installs, the state history (which is also the
 * outbox of vendor events), trial extensions (TX-1: one per account and app, held by the primary
 * key), priced subscription periods, marketplace subscriptions with a one-time demo (BX-5),
 * applied price changes (idempotency) and vendor revenue accruals (PR-4).
 */
export class BillingDomain1763920000005 implements MigrationInterface {
  name = 'BillingDomain1763920000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE install_billings
        ADD COLUMN vendor_id uuid,
        -- Monthly list price the install is billed at (frozen at install, PR-3/PC).
        ADD COLUMN price_kopecks integer NOT NULL DEFAULT 0 CHECK (price_kopecks >= 0 AND price_kopecks % 50000 = 0),
        -- A new price that applies from the install's next subscription period (PC, docs/billing.md).
        ADD COLUMN pending_price_kopecks integer CHECK (pending_price_kopecks >= 0 AND pending_price_kopecks % 50000 = 0),
        ADD COLUMN pending_price_from timestamptz,
        ADD COLUMN paid_since timestamptz,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN removed_at timestamptz,
        ADD CONSTRAINT install_billings_pending_price_ck CHECK ((pending_price_kopecks IS NULL) = (pending_price_from IS NULL))`);
    await q.query(`CREATE INDEX install_billings_account_app_idx ON install_billings (account_id, app_id)`);
    await q.query(`CREATE INDEX install_billings_app_idx ON install_billings (app_id) WHERE removed_at IS NULL`);
    await q.query(`
      CREATE TABLE billing_accounts (
        -- One row per account billing has seen: the row every account-level write locks.
        account_id uuid PRIMARY KEY
      )`);
    await q.query(`
      CREATE TABLE install_billing_history (
        id bigserial PRIMARY KEY,
        install_id uuid NOT NULL REFERENCES install_billings (install_id),
        account_id uuid NOT NULL,
        from_state billing_state,
        to_state billing_state NOT NULL,
        cause text NOT NULL,
        at timestamptz NOT NULL,
        trial_ends_at timestamptz,
        -- Outbox: the Vendor API event this change owes the vendor (through accounts' sendVendorEvent).
        vendor_event text CHECK (vendor_event IN ('TARIFF_CHANGED', 'SUSPEND', 'RESUME')),
        vendor_event_sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX install_billing_history_install_idx ON install_billing_history (install_id, id)`);
    await q.query(`CREATE INDEX install_billing_history_unsent_idx ON install_billing_history (account_id)
                     WHERE vendor_event IS NOT NULL AND vendor_event_sent_at IS NULL`);
    await q.query(`
      CREATE TABLE trial_extensions (
        account_id uuid NOT NULL,
        app_id uuid NOT NULL,
        install_id uuid,
        days smallint NOT NULL CHECK (days BETWEEN 1 AND 14),
        confirmed_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        vendor_id uuid NOT NULL,
        -- TX-1: once per account and app; concurrent extensions are settled here.
        PRIMARY KEY (account_id, app_id)
      )`);
    await q.query(`
      ALTER TABLE subscriptions
        ADD COLUMN list_price_kopecks bigint NOT NULL DEFAULT 0 CHECK (list_price_kopecks >= 0),
        ADD COLUMN discount_percent smallint NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100),
        ADD COLUMN paid_kopecks bigint NOT NULL DEFAULT 0 CHECK (paid_kopecks >= 0 AND paid_kopecks <= list_price_kopecks),
        ADD COLUMN purchased_at timestamptz,
        ADD COLUMN purchased_by uuid`);
    await q.query(`
      CREATE TABLE marketplace_subscriptions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        demo boolean NOT NULL,
        period_months smallint CHECK (period_months IN (1, 3, 6, 12)),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        list_price_kopecks bigint NOT NULL DEFAULT 0 CHECK (list_price_kopecks >= 0),
        paid_kopecks bigint NOT NULL DEFAULT 0 CHECK (paid_kopecks >= 0),
        CHECK (demo = (period_months IS NULL))
      )`);
    await q.query(`CREATE INDEX marketplace_subscriptions_account_idx ON marketplace_subscriptions (account_id, ends_at DESC)`);
    // BX-5: the demo can be activated once per account.
    await q.query(`CREATE UNIQUE INDEX marketplace_subscriptions_one_demo ON marketplace_subscriptions (account_id) WHERE demo`);
    await q.query(`
      CREATE TABLE price_changes (
        change_id text PRIMARY KEY,
        app_id uuid NOT NULL,
        price_kopecks integer CHECK (price_kopecks > 0 AND price_kopecks % 50000 = 0),
        trial_days smallint,
        applied_at timestamptz NOT NULL,
        installs_affected integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE vendor_revenue_accruals (
        id bigserial PRIMARY KEY,
        vendor_id uuid NOT NULL,
        app_id uuid NOT NULL,
        install_id uuid NOT NULL,
        subscription_id uuid NOT NULL REFERENCES subscriptions (id),
        -- Which month of the subscription period (0-based) and the calendar month it starts in.
        period_month smallint NOT NULL,
        month date NOT NULL,
        list_price_kopecks integer NOT NULL CHECK (list_price_kopecks > 0),
        share_basis_points integer NOT NULL CHECK (share_basis_points BETWEEN 0 AND 10000),
        share_kopecks integer NOT NULL CHECK (share_kopecks >= 0),
        -- One accrual per install and calendar month, however many periods overlap it.
        UNIQUE (install_id, month)
      )`);
    await q.query(`CREATE INDEX vendor_revenue_accruals_vendor_month_idx ON vendor_revenue_accruals (vendor_id, month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE vendor_revenue_accruals');
    await q.query('DROP TABLE price_changes');
    await q.query('DROP TABLE marketplace_subscriptions');
    await q.query(`ALTER TABLE subscriptions DROP COLUMN list_price_kopecks, DROP COLUMN discount_percent,
                     DROP COLUMN paid_kopecks, DROP COLUMN purchased_at, DROP COLUMN purchased_by`);
    await q.query('DROP TABLE trial_extensions');
    await q.query('DROP TABLE install_billing_history');
    await q.query('DROP TABLE billing_accounts');
    await q.query('DROP INDEX install_billings_app_idx');
    await q.query('DROP INDEX install_billings_account_app_idx');
    await q.query(`ALTER TABLE install_billings DROP CONSTRAINT install_billings_pending_price_ck,
                     DROP COLUMN vendor_id, DROP COLUMN price_kopecks, DROP COLUMN pending_price_kopecks,
                     DROP COLUMN pending_price_from, DROP COLUMN paid_since, DROP COLUMN created_at, DROP COLUMN removed_at`);
  }
}
