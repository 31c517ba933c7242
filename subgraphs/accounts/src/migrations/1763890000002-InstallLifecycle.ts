import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Install rights (BX-3, BX-6), developer accounts (TY-3), frozen permissions (AR-2), the Vendor
 * API state machine and its durable calls (SV-1, SV-2), app tokens (SV-1), vendor JWT ids and
 * user context keys (SV-3).
 */
export class InstallLifecycle1763890000002 implements MigrationInterface {
  name = 'InstallLifecycle1763890000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts
      ADD COLUMN developer_vendor_id uuid,
      ADD COLUMN employees_may_install boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE installs
      ADD COLUMN permissions jsonb,
      ADD COLUMN is_free boolean NOT NULL DEFAULT true,
      ADD COLUMN allowed_user_ids uuid[],
      ADD COLUMN activation_state varchar(32)
        CHECK (activation_state IN ('Activating', 'ActivationFailed', 'SettingsRequired', 'Activated',
                                    'Deactivating', 'DeactivationFailed', 'Suspended')),
      ADD COLUMN suspended_at timestamptz,
      ADD COLUMN updated_at timestamptz`);
    await q.query(`
      CREATE TABLE app_tokens (
        id uuid PRIMARY KEY,
        install_id uuid NOT NULL REFERENCES installs(id),
        token_sha256 char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX app_tokens_live_idx ON app_tokens (install_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE vendor_calls (
        id uuid PRIMARY KEY,
        install_id uuid NOT NULL REFERENCES installs(id),
        method varchar(8) NOT NULL CHECK (method IN ('PUT', 'DELETE')),
        cause varchar(32) NOT NULL,
        path_suffix varchar(16) NOT NULL DEFAULT '',
        idempotency_key varchar(200) UNIQUE,
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED', 'GAVE_UP')),
        attempts int NOT NULL DEFAULT 0,
        first_attempt_at timestamptz,
        last_attempt_at timestamptz,
        next_attempt_at timestamptz,
        last_result varchar(200),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX vendor_calls_install_idx ON vendor_calls (install_id, created_at)`);
    await q.query(`CREATE TABLE vendor_jwt_ids (jti varchar(200) PRIMARY KEY, app_id uuid NOT NULL, expires_at timestamptz NOT NULL)`);
    await q.query(`
      CREATE TABLE context_keys (
        key_sha256 char(64) PRIMARY KEY,
        install_id uuid NOT NULL REFERENCES installs(id),
        user_id uuid NOT NULL REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE context_keys');
    await q.query('DROP TABLE vendor_jwt_ids');
    await q.query('DROP TABLE vendor_calls');
    await q.query('DROP TABLE app_tokens');
    await q.query(`ALTER TABLE installs DROP COLUMN permissions, DROP COLUMN is_free, DROP COLUMN allowed_user_ids,
      DROP COLUMN activation_state, DROP COLUMN suspended_at, DROP COLUMN updated_at`);
    await q.query('ALTER TABLE accounts DROP COLUMN developer_vendor_id, DROP COLUMN employees_may_install');
  }
}
