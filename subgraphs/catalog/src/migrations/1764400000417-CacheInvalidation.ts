import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables the catalog's caches hold data of, and the column a change is announced by. */
const TABLES: [table: string, key: string][] = [['apps', 'id'], ['vendors', 'id'], ['categories', 'slug'], ['installed_apps', 'account_id']];

/**
 * Cache invalidation by the database (docs/CACHING.md): every statement that writes a cached
 * table — a service's, another replica's, the popularity trigger's, a DBA's — sends
 * `pg_notify('catalog_cache', '<table>:<keys>')` inside its transaction, so every replica hears
 * of it exactly when it commits. More than 100 rows: `<table>:*` (a NOTIFY payload is at most
 * 8000 bytes).
 */
export class CacheInvalidation1764400000417 implements MigrationInterface {
  name = 'CacheInvalidation1764400000417';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION catalog_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        keys text[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('catalog_cache', TG_TABLE_NAME || ':*');
          RETURN NULL;
        END IF;
        EXECUTE format('SELECT array_agg(k) FROM (SELECT DISTINCT %I::text AS k FROM %I LIMIT 101) r',
                       TG_ARGV[0], CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END) INTO keys;
        IF keys IS NULL THEN
          RETURN NULL; -- the statement changed no row
        END IF;
        PERFORM pg_notify('catalog_cache', TG_TABLE_NAME || ':' ||
          CASE WHEN cardinality(keys) > 100 THEN '*' ELSE array_to_string(keys, ',') END);
        RETURN NULL;
      END $$`);
    for (const [table, key] of TABLES) {
      await q.query(`CREATE TRIGGER ${table}_cache_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION catalog_cache_notify('${key}')`);
      await q.query(`CREATE TRIGGER ${table}_cache_update AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS new_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION catalog_cache_notify('${key}')`);
      await q.query(`CREATE TRIGGER ${table}_cache_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION catalog_cache_notify('${key}')`);
      await q.query(`CREATE TRIGGER ${table}_cache_truncate AFTER TRUNCATE ON ${table}
                     FOR EACH STATEMENT EXECUTE FUNCTION catalog_cache_notify('${key}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of TABLES) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER ${table}_cache_${op} ON ${table}`);
    }
    await q.query(`DROP FUNCTION catalog_cache_notify()`);
  }
}
