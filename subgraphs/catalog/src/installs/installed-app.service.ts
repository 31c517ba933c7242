import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import { IGNORE_CHANGES, type ChangeListener } from '../cache/catalog-cache';

/** The projection of installed apps per account (LC-3, DL-4), written only by accounts. */
export class InstalledAppService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly changed: ChangeListener = IGNORE_CHANGES) {}

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
    // The popularity trigger moved the app's live installs too.
    if (rows.length > 0) {
      this.changed({ table: 'installed_apps', keys: [accountId] });
      this.changed({ table: 'apps', keys: [appId] });
    }
    return rows.length > 0;
  }

  /** Which of these (account, app) pairs the projection knows, installed now or before: one statement. */
  async knownPairs(pairs: readonly { accountId: string; appId: string }[]): Promise<Set<string>> {
    const rows: { account_id: string; app_id: string }[] = await this.dataSource.query(
      `SELECT i.account_id, i.app_id FROM installed_apps i
         JOIN unnest($1::uuid[], $2::uuid[]) AS p(account_id, app_id) ON p.account_id = i.account_id AND p.app_id = i.app_id`,
      [pairs.map((p) => p.accountId), pairs.map((p) => p.appId)],
    );
    return new Set(rows.map((r) => pairKey(r.account_id, r.app_id)));
  }
}

export const pairKey = (accountId: string, appId: string) => `${accountId}/${appId}`;
