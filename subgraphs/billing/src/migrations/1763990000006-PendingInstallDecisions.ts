import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision at install is pending until accounts confirms that its install committed (the install
 * saga, docs/billing.md). NULL means confirmed: existing rows, the seed and the bench data (which
 * insert without the column) stay confirmed untouched; only the decision path sets it. A released
 * decision keeps it (with removed_at set), which tells it apart from a removed install.
 */
export class PendingInstallDecisions1763990000006 implements MigrationInterface {
  name = 'PendingInstallDecisions1763990000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE install_billings ADD COLUMN pending_since timestamptz');
    // The sweep's look-up: live decisions still waiting for their confirmation.
    await q.query(`CREATE INDEX install_billings_pending_idx ON install_billings (pending_since)
                     WHERE pending_since IS NOT NULL AND removed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX install_billings_pending_idx');
    await q.query('ALTER TABLE install_billings DROP COLUMN pending_since');
  }
}
