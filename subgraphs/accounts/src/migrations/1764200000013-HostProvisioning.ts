import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Host provisioning (docs/provisioning.md): accounts and users a host platform brings, found again
 * by the host's own ids; deactivation kept as a moment (data stays); every change audited.
 */
export class HostProvisioning1764200000013 implements MigrationInterface {
  name = 'HostProvisioning1764200000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts
      ADD COLUMN host_id varchar(63),
      ADD COLUMN external_id varchar(200),
      ADD COLUMN deactivated_at timestamptz,
      ADD CONSTRAINT accounts_host_external_both CHECK ((host_id IS NULL) = (external_id IS NULL))`);
    await q.query('CREATE UNIQUE INDEX accounts_host_external_unique ON accounts (host_id, external_id) WHERE host_id IS NOT NULL');
    await q.query(`ALTER TABLE users
      ADD COLUMN external_id varchar(200),
      ADD COLUMN deactivated_at timestamptz`);
    await q.query('CREATE UNIQUE INDEX users_account_external_unique ON users (account_id, external_id) WHERE external_id IS NOT NULL');
    await q.query(`
      CREATE TABLE provisioning_audit (
        id bigserial PRIMARY KEY,
        host_id varchar(63) NOT NULL,
        action varchar(32) NOT NULL,
        account_id uuid NOT NULL,
        user_id uuid,
        external_id varchar(200) NOT NULL,
        changes jsonb NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX provisioning_audit_account_idx ON provisioning_audit (account_id, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE provisioning_audit');
    await q.query('DROP INDEX users_account_external_unique');
    await q.query('ALTER TABLE users DROP COLUMN external_id, DROP COLUMN deactivated_at');
    await q.query('DROP INDEX accounts_host_external_unique');
    await q.query('ALTER TABLE accounts DROP CONSTRAINT accounts_host_external_both, DROP COLUMN host_id, DROP COLUMN external_id, DROP COLUMN deactivated_at');
  }
}
