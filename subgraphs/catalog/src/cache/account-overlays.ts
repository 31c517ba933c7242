import type { DataSource } from 'typeorm';
import type { CatalogCache } from './catalog-cache';

/**
 * LC-3 makes the storefront differ between accounts in one way only: an account also sees the
 * HIDDEN apps it has installed. An account with none sees exactly the public storefront, so its
 * pages and counts come from the public caches; this answers, per account, whether that holds
 * (cached per account id: one account's flag is never another's answer).
 */
export class AccountOverlays {
  constructor(private readonly dataSource: DataSource, private readonly cache: CatalogCache) {}

  async seesOnlyPublic(accountId: string): Promise<boolean> {
    const overlay = await this.cache.accountOverlays.get(accountId, async () => ({ seesHidden: await this.seesHidden(accountId) }));
    return overlay?.seesHidden === false;
  }

  private async seesHidden(accountId: string): Promise<boolean> {
    const rows: { sees: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM installed_apps i JOIN apps a ON a.id = i.app_id
                       WHERE i.account_id = $1 AND i.installed AND a.status = 'HIDDEN') AS sees`,
      [accountId],
    );
    return rows[0]?.sees === true;
  }
}
