import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3: app content in two languages, secrets, lifecycle history, pricing history,
 * descriptors, the projection of installed apps (LC-3, DL-4) and storefront search.
 * Every new column on `apps` has a default, so rows written by older code stay valid.
 */
export class CatalogDomain1763900000000 implements MigrationInterface {
  name = 'CatalogDomain1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      ALTER TABLE apps
        ADD COLUMN name_en varchar(200) NOT NULL DEFAULT '',
        ADD COLUMN short_description_ru varchar(300) NOT NULL DEFAULT '',
        ADD COLUMN short_description_en varchar(300) NOT NULL DEFAULT '',
        ADD COLUMN description_en text NOT NULL DEFAULT '',
        ADD COLUMN categories varchar(64)[] NOT NULL DEFAULT '{}',
        ADD COLUMN icon_url varchar(500),
        -- The key vendors sign Vendor API JWTs with (HS256): it must be readable, so it is kept
        -- as is and served only to other subgraphs (App.signingSecret, @inaccessible).
        ADD COLUMN secret_key varchar(128) NOT NULL
          DEFAULT replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''),
        ADD COLUMN published_at timestamptz`);
    // Ranked full-text search over both languages; names weigh most (A), then short (B), then full (C).
    await q.query(`
      ALTER TABLE apps ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('russian', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(name_en, '')), 'A') ||
        setweight(to_tsvector('russian', coalesce(short_description_ru, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(short_description_en, '')), 'B') ||
        setweight(to_tsvector('russian', coalesce(description, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(description_en, '')), 'C')
      ) STORED`);
    // Typo tolerance: trigram similarity against the names in both languages.
    await q.query(`ALTER TABLE apps ADD COLUMN search_names text GENERATED ALWAYS AS (lower(name || ' ' || name_en)) STORED`);
    await q.query(`CREATE INDEX apps_search_vector_idx ON apps USING gin (search_vector)`);
    await q.query(`CREATE INDEX apps_search_names_trgm_idx ON apps USING gin (search_names gin_trgm_ops)`);
    await q.query(`CREATE INDEX apps_categories_idx ON apps USING gin (categories)`);

    await q.query(`
      CREATE TABLE app_transitions (
        id bigserial PRIMARY KEY,
        app_id uuid NOT NULL REFERENCES apps(id),
        from_status app_status,
        to_status app_status NOT NULL,
        actor_kind varchar(32) NOT NULL,
        actor_id varchar(100),
        reason text,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX app_transitions_app_idx ON app_transitions (app_id, at, id)`);

    await q.query(`
      CREATE TABLE app_pricing_history (
        id bigserial PRIMARY KEY,
        app_id uuid NOT NULL REFERENCES apps(id),
        price_kopecks integer CHECK (price_kopecks IS NULL OR (price_kopecks > 0 AND price_kopecks % 50000 = 0)),
        trial_days smallint CHECK (trial_days IS NULL OR (trial_days BETWEEN 1 AND 14 AND price_kopecks IS NOT NULL)),
        effective_at timestamptz NOT NULL,
        actor_kind varchar(32) NOT NULL,
        actor_id varchar(100),
        reason text
      )`);
    await q.query(`CREATE INDEX app_pricing_history_app_idx ON app_pricing_history (app_id, effective_at, id)`);

    await q.query(`
      CREATE TABLE app_descriptors (
        id uuid PRIMARY KEY,
        app_id uuid NOT NULL REFERENCES apps(id),
        version integer NOT NULL CHECK (version > 0),
        xml text NOT NULL,
        access jsonb,
        vendor_api jsonb,
        uploaded_by varchar(100),
        created_at timestamptz NOT NULL,
        CONSTRAINT app_descriptors_version_unique UNIQUE (app_id, version)
      )`);

    // LC-3, DL-4: which apps each account has installed, fed by accounts (recordInstallState).
    await q.query(`
      CREATE TABLE installed_apps (
        account_id uuid NOT NULL,
        app_id uuid NOT NULL REFERENCES apps(id),
        installed boolean NOT NULL,
        version varchar(200) COLLATE "C" NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, app_id)
      )`);
    await q.query(`CREATE INDEX installed_apps_live_idx ON installed_apps (app_id) WHERE installed`);

    // PR-4: the vendor's share of the list price is a setting, in basis points (7500 = 75 %).
    await q.query(`
      CREATE TABLE catalog_settings (
        key varchar(64) PRIMARY KEY,
        value integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO catalog_settings (key, value) VALUES ('vendor_share_basis_points', 7500)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE catalog_settings');
    await q.query('DROP TABLE installed_apps');
    await q.query('DROP TABLE app_descriptors');
    await q.query('DROP TABLE app_pricing_history');
    await q.query('DROP TABLE app_transitions');
    await q.query(`
      ALTER TABLE apps DROP COLUMN search_names, DROP COLUMN search_vector, DROP COLUMN published_at,
        DROP COLUMN secret_key, DROP COLUMN icon_url, DROP COLUMN categories, DROP COLUMN description_en,
        DROP COLUMN short_description_en, DROP COLUMN short_description_ru, DROP COLUMN name_en`);
  }
}
