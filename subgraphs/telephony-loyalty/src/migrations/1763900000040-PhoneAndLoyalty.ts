import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phone API (TL-1): the account's bound TELEPHONY install (TY-2), call cards and their event log,
 * rate-limit counters shared by every replica; Loyalty API (TL-2): the install's registered
 * endpoint (one per account, TY-2) and the audit of every exchange with it.
 */
export class PhoneAndLoyalty1763900000040 implements MigrationInterface {
  name = 'PhoneAndLoyalty1763900000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calls ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX calls_account_user_started_idx ON calls (account_id, user_id, started_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE phone_installs (
        -- TY-2: one TELEPHONY install per account speaks the Phone API at a time.
        account_id uuid PRIMARY KEY,
        install_id uuid NOT NULL UNIQUE,
        bound_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE TYPE call_card_event AS ENUM ('SHOW', 'STARTTIME', 'HIDE', 'HIDE_ALL')`);
    await q.query(`
      CREATE TABLE call_cards (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        extension varchar(16),
        shown_at timestamptz NOT NULL,
        talk_started_at timestamptz,
        hidden_at timestamptz
      )`);
    // One open card per call and employee: a repeated SHOW is idempotent.
    await q.query(`CREATE UNIQUE INDEX call_cards_open_unique ON call_cards (call_id, user_id) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX call_cards_open_by_user_idx ON call_cards (user_id) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX call_cards_call_idx ON call_cards (call_id)`);
    await q.query(`
      CREATE TABLE call_card_events (
        id bigserial PRIMARY KEY,
        account_id uuid NOT NULL,
        user_id uuid NOT NULL,
        call_id uuid NOT NULL,
        card_id uuid NOT NULL,
        event call_card_event NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX call_card_events_user_idx ON call_card_events (user_id, id)`);
    await q.query(`
      CREATE TABLE rate_limit_windows (
        key varchar(200) NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await q.query(`
      CREATE TABLE concurrency_leases (
        id uuid PRIMARY KEY,
        key varchar(200) NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX concurrency_leases_key_idx ON concurrency_leases (key, expires_at)`);
    await q.query(`
      CREATE TABLE loyalty_settings (
        install_id uuid PRIMARY KEY,
        -- TY-2: one LOYALTY install per account.
        account_id uuid NOT NULL UNIQUE,
        base_url varchar(2048) NOT NULL,
        token varchar(512) NOT NULL,
        registered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE loyalty_exchanges (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        install_id uuid,
        user_id uuid,
        operation varchar(64) NOT NULL,
        method varchar(8) NOT NULL,
        path varchar(2048) NOT NULL,
        request_body jsonb,
        response_status integer,
        response_body jsonb,
        outcome varchar(32) NOT NULL,
        error_code varchar(64),
        duration_ms integer NOT NULL,
        started_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX loyalty_exchanges_account_idx ON loyalty_exchanges (account_id, started_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE loyalty_exchanges');
    await q.query('DROP TABLE loyalty_settings');
    await q.query('DROP TABLE concurrency_leases');
    await q.query('DROP TABLE rate_limit_windows');
    await q.query('DROP TABLE call_card_events');
    await q.query('DROP TABLE call_cards');
    await q.query('DROP TYPE call_card_event');
    await q.query('DROP TABLE phone_installs');
    await q.query('DROP INDEX calls_account_user_started_idx');
    await q.query('ALTER TABLE calls DROP COLUMN updated_at');
  }
}
