import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vendor call carries the one token it minted (docs/jobs.md, "Crash semantics"): every retry
 * sends the same one, sealed on the call until it settles. An install has at most one live
 * token, settled by the database: older duplicates (from attempts that minted a token each) are
 * revoked first, the newest kept.
 */
export class VendorCallToken1764300000020 implements MigrationInterface {
  name = 'VendorCallToken1764300000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE vendor_calls
      ADD COLUMN token_id uuid REFERENCES app_tokens(id),
      ADD COLUMN token_sealed text`);
    await q.query(`UPDATE app_tokens t SET revoked_at = now()
      WHERE t.revoked_at IS NULL AND EXISTS (
        SELECT 1 FROM app_tokens n WHERE n.install_id = t.install_id AND n.revoked_at IS NULL
          AND (n.created_at, n.id) > (t.created_at, t.id))`);
    await q.query('DROP INDEX app_tokens_live_idx');
    await q.query('CREATE UNIQUE INDEX app_tokens_one_live ON app_tokens (install_id) WHERE revoked_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX app_tokens_one_live');
    await q.query('CREATE INDEX app_tokens_live_idx ON app_tokens (install_id) WHERE revoked_at IS NULL');
    await q.query('ALTER TABLE vendor_calls DROP COLUMN token_id, DROP COLUMN token_sealed');
  }
}
