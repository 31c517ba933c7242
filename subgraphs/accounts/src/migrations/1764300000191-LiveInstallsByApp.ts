import type { MigrationInterface, QueryRunner } from 'typeorm';

/** App.installCount: live installs per app counted from an index of live installs alone (index-only scan). */
export class LiveInstallsByApp1764300000191 implements MigrationInterface {
  name = 'LiveInstallsByApp1764300000191';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX installs_live_by_app_idx ON installs (app_id) WHERE status <> 'UNINSTALLED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX installs_live_by_app_idx');
  }
}
