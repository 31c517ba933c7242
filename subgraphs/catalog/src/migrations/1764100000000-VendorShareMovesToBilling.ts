import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PR-4: the vendor share has one owner, billing (its billing_settings). Catalog's copy, which a
 * moderator could change without billing ever paying it, is dropped.
 */
export class VendorShareMovesToBilling1764100000000 implements MigrationInterface {
  name = 'VendorShareMovesToBilling1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE catalog_settings');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE catalog_settings (key text PRIMARY KEY, value integer NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`INSERT INTO catalog_settings (key, value) VALUES ('vendor_share_basis_points', 7500)`);
  }
}
