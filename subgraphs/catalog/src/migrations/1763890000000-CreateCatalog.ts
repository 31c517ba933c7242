import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Vendors and apps, with the rules the database itself can hold. */
export class CreateCatalog1763890000000 implements MigrationInterface {
  name = 'CreateCatalog1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE app_type AS ENUM ('TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY')`);
    await q.query(`CREATE TYPE app_status AS ENUM ('DRAFT', 'READY', 'PUBLISHED', 'HIDDEN')`);
    await q.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY,
        alias varchar(64) NOT NULL UNIQUE CHECK (alias ~ '^[a-z0-9][a-z0-9-]*$'),
        name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE apps (
        id uuid PRIMARY KEY,
        vendor_id uuid NOT NULL REFERENCES vendors(id),
        alias varchar(64) NOT NULL CHECK (alias ~ '^[a-z0-9][a-z0-9-]*$'),
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        category varchar(64) NOT NULL,
        type app_type NOT NULL,
        status app_status NOT NULL DEFAULT 'DRAFT',
        -- PR-2: a whole multiple of 500 RUB (50 000 kopecks); NULL means free (PR-1).
        price_kopecks integer CHECK (price_kopecks IS NULL OR (price_kopecks > 0 AND price_kopecks % 50000 = 0)),
        -- TR-1: 1 to 14 days, and only a paid app has one.
        trial_days smallint CHECK (trial_days IS NULL OR (trial_days BETWEEN 1 AND 14 AND price_kopecks IS NOT NULL)),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- LC-4: only free apps can be hidden.
        CONSTRAINT apps_hidden_only_free CHECK (status <> 'HIDDEN' OR price_kopecks IS NULL),
        CONSTRAINT apps_vendor_alias_unique UNIQUE (vendor_id, alias)
      )`);
    await q.query(`CREATE INDEX apps_status_created_idx ON apps (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX apps_vendor_idx ON apps (vendor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE apps');
    await q.query('DROP TABLE vendors');
    await q.query('DROP TYPE app_status');
    await q.query('DROP TYPE app_type');
  }
}
