import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, their users and installs. */
export class CreateAccounts1763890000001 implements MigrationInterface {
  name = 'CreateAccounts1763890000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE zone AS ENUM ('ru', 'kz', 'by')`);
    await q.query(`CREATE TYPE user_role AS ENUM ('ADMIN', 'EMPLOYEE')`);
    await q.query(`CREATE TYPE install_status AS ENUM ('ACTIVE', 'UNINSTALLED')`);
    await q.query(`CREATE TYPE installed_app_type AS ENUM ('TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY')`);
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        name varchar(200) NOT NULL,
        tariff varchar(64) NOT NULL,
        zone zone NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        full_name varchar(200) NOT NULL,
        email varchar(320) NOT NULL UNIQUE,
        role user_role NOT NULL,
        extension varchar(16),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_extension_unique UNIQUE (account_id, extension)
      )`);
    await q.query(`CREATE INDEX users_account_idx ON users (account_id)`);
    await q.query(`
      CREATE TABLE installs (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        -- The catalog's app id: another subgraph's entity, so no foreign key.
        app_id uuid NOT NULL,
        app_type installed_app_type NOT NULL,
        status install_status NOT NULL DEFAULT 'ACTIVE',
        installed_at timestamptz NOT NULL,
        uninstalled_at timestamptz,
        CHECK ((status = 'UNINSTALLED') = (uninstalled_at IS NOT NULL))
      )`);
    // One live install of an app per account; uninstalled ones stay as history.
    await q.query(`CREATE UNIQUE INDEX installs_live_app_unique ON installs (account_id, app_id) WHERE status <> 'UNINSTALLED'`);
    // TY-2: at most one live TELEPHONY and one live LOYALTY install per account, held by the database under concurrency.
    await q.query(`CREATE UNIQUE INDEX installs_one_per_exclusive_type ON installs (account_id, app_type) WHERE status <> 'UNINSTALLED' AND app_type IN ('TELEPHONY', 'LOYALTY')`);
    await q.query(`CREATE INDEX installs_account_idx ON installs (account_id, installed_at DESC)`);
    await q.query(`CREATE INDEX installs_app_idx ON installs (app_id, installed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE installs');
    await q.query('DROP TABLE users');
    await q.query('DROP TABLE accounts');
    await q.query('DROP TYPE installed_app_type');
    await q.query('DROP TYPE install_status');
    await q.query('DROP TYPE user_role');
    await q.query('DROP TYPE zone');
  }
}
