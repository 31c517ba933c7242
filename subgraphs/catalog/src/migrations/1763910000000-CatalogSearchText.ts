import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typo tolerance over short descriptions too: the names and both short descriptions, lower-cased,
 * with a trigram index. Names keep their own column, so a name match still ranks first.
 */
export class CatalogSearchText1763910000000 implements MigrationInterface {
  name = 'CatalogSearchText1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE apps ADD COLUMN search_text text GENERATED ALWAYS AS (
        lower(name || ' ' || name_en || ' ' || short_description_ru || ' ' || short_description_en)
      ) STORED`);
    await q.query(`CREATE INDEX apps_search_text_trgm_idx ON apps USING gin (search_text gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE apps DROP COLUMN search_text`);
  }
}
