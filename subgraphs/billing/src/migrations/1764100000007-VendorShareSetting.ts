import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PR-4: the vendor share has one owner, billing, which pays it (docs/billing.md). It was an
 * environment variable here and a catalog setting there; now it is this row, changed by
 * moderators through `setVendorShare`, read by the accruals and by `App.vendorEarningsKopecks`.
 */
export class VendorShareSetting1764100000007 implements MigrationInterface {
  name = 'VendorShareSetting1764100000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE billing_settings (
        key text PRIMARY KEY,
        value integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE billing_settings ADD CONSTRAINT billing_settings_vendor_share_range
                     CHECK (key <> 'vendor_share_basis_points' OR value BETWEEN 0 AND 10000)`);
    await q.query(`INSERT INTO billing_settings (key, value) VALUES ('vendor_share_basis_points', 7500)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE billing_settings');
  }
}
