import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The storefront's NEWEST and POPULARITY orders read an index in order and stop after one page,
 * instead of computing a key for every visible app and sorting them all (≈ 20 ms per page at
 * 10,000 apps; 0.2 ms with the index — docs/BENCHMARKS.md). Popularity is the live install
 * count, kept on the app by statement-level triggers on the installs projection (one grouped
 * UPDATE per statement, so the accounts feed and bulk loads stay cheap).
 */
export class StorefrontOrderIndexes1763920000000 implements MigrationInterface {
  name = 'StorefrontOrderIndexes1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX apps_storefront_newest_idx ON apps ((coalesce(published_at, created_at)) DESC, id DESC)
                   WHERE status IN ('PUBLISHED', 'HIDDEN')`);
    await q.query(`ALTER TABLE apps ADD COLUMN live_installs integer NOT NULL DEFAULT 0 CHECK (live_installs >= 0)`);
    await q.query(`UPDATE apps a SET live_installs = c.n
                     FROM (SELECT app_id, count(*)::int AS n FROM installed_apps WHERE installed GROUP BY app_id) c
                    WHERE c.app_id = a.id`);
    await q.query(`CREATE INDEX apps_storefront_popular_idx ON apps (live_installs DESC, id DESC) WHERE status IN ('PUBLISHED', 'HIDDEN')`);
    // One function for the three events: the change per app is (live after) − (live before).
    // `SET search_path FROM CURRENT` pins this subgraph's schema, whoever writes the projection.
    await q.query(`
      CREATE FUNCTION count_live_installs() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE apps a SET live_installs = a.live_installs + d.n
            FROM (SELECT app_id, count(*)::int AS n FROM new_rows WHERE installed GROUP BY app_id) d WHERE d.app_id = a.id;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE apps a SET live_installs = a.live_installs - d.n
            FROM (SELECT app_id, count(*)::int AS n FROM old_rows WHERE installed GROUP BY app_id) d WHERE d.app_id = a.id;
        ELSE
          UPDATE apps a SET live_installs = a.live_installs + d.n
            FROM (SELECT app_id, sum(delta)::int AS n FROM (
                    SELECT app_id, 1 AS delta FROM new_rows WHERE installed
                    UNION ALL SELECT app_id, -1 FROM old_rows WHERE installed) x
                  GROUP BY app_id HAVING sum(delta) <> 0) d
           WHERE d.app_id = a.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER installed_apps_count_insert AFTER INSERT ON installed_apps
                   REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_live_installs()`);
    await q.query(`CREATE TRIGGER installed_apps_count_update AFTER UPDATE ON installed_apps
                   REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_live_installs()`);
    await q.query(`CREATE TRIGGER installed_apps_count_delete AFTER DELETE ON installed_apps
                   REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_live_installs()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER installed_apps_count_${event} ON installed_apps`);
    await q.query(`DROP FUNCTION count_live_installs()`);
    await q.query(`DROP INDEX apps_storefront_popular_idx`);
    await q.query(`ALTER TABLE apps DROP COLUMN live_installs`);
    await q.query(`DROP INDEX apps_storefront_newest_idx`);
  }
}
