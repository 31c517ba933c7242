import type { DataSource } from 'typeorm';
import type { InstalledAppType } from '../installs/install.enums';
import type { LiveInstallCounts } from './install-state.rules';

/** Counts of live installs, one statement per batch, served from the partial index on live installs. */
export class InstallCountsService {
  constructor(private readonly dataSource: DataSource) {}

  /** `App.installCount`: live installs of each app, across every account. */
  async liveByApp(appIds: readonly string[]): Promise<{ appId: string; count: number }[]> {
    const rows: { app_id: string; count: string }[] = await this.dataSource.query(
      `SELECT app_id, count(*) AS count FROM installs WHERE app_id = ANY($1) AND status <> 'UNINSTALLED' GROUP BY app_id`,
      [[...appIds]],
    );
    const byId = new Map(rows.map((r) => [r.app_id, Number(r.count)]));
    return appIds.map((appId) => ({ appId, count: byId.get(appId) ?? 0 }));
  }

  /** TY-2 and BX-9 of each account: its live installs by type, and how many are free. */
  async liveByAccount(accountIds: readonly string[]): Promise<LiveInstallCounts[]> {
    const rows: { account_id: string; app_type: InstalledAppType; is_free: boolean; count: string }[] = await this.dataSource.query(
      `SELECT account_id, app_type, is_free, count(*) AS count FROM installs
        WHERE account_id = ANY($1) AND status <> 'UNINSTALLED' GROUP BY account_id, app_type, is_free`,
      [[...accountIds]],
    );
    return accountIds.map((accountId) => {
      const counts: LiveInstallCounts = { accountId, byType: {}, free: 0 };
      for (const r of rows.filter((row) => row.account_id === accountId)) {
        counts.byType[r.app_type] = (counts.byType[r.app_type] ?? 0) + Number(r.count);
        if (r.is_free) counts.free += Number(r.count);
      }
      return counts;
    });
  }
}
