import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';

/** The projection of installed apps per account (LC-3, DL-4), written only by accounts. */
export class InstalledAppService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /**
   * Idempotent upsert ordered by `version` (ISO time of the change + install id): an update
   * whose version is not newer than the stored one changes nothing. Answers whether it applied.
   */
  async record(accountId: string, appId: string, installed: boolean, version: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO installed_apps (account_id, app_id, installed, version, updated_at)
       SELECT $1, a.id, $3, $4, $5 FROM apps a WHERE a.id = $2
       ON CONFLICT (account_id, app_id) DO UPDATE
         SET installed = EXCLUDED.installed, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE installed_apps.version < EXCLUDED.version
       RETURNING app_id`,
      [accountId, appId, installed, version, this.clock.now()],
    );
    return rows.length > 0;
  }
}
