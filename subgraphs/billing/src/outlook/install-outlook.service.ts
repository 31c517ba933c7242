import { type Clock, DAY } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import type { AccountBillingService } from '../installs/account-billing.service';
import { optionsFor } from '../installs/settlement';
import type { MarketplaceService } from '../marketplace/marketplace.service';
import { PaidInstallBlocker, type ViewerBillingOutlook } from './install-outlook.types';

export interface AppPricingFacts {
  appId: string;
  priceKopecks: number | null;
  trialDays: number | null;
}

/**
 * `App.viewerBillingOutlook`: what `InstallDecisionService.decide` would answer for one account
 * and many apps, read in four statements whatever the number of apps (no writes, no locks: a
 * preview, the install itself decides again).
 */
export class InstallOutlookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly accounts: AccountBillingService,
    private readonly marketplace: MarketplaceService,
  ) {}

  async outlooks(accountId: string, apps: readonly AppPricingFacts[]): Promise<ViewerBillingOutlook[]> {
    const now = this.clock.now();
    const appIds = apps.map((a) => a.appId);
    // TR-2: billing's own memory of earlier installs (released decisions never committed: not counted).
    const seen: { app_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT app_id FROM install_billings WHERE account_id = $1 AND app_id = ANY($2)
          AND (pending_since IS NULL OR removed_at IS NULL)`, [accountId, appIds]);
    const granted: { app_id: string; ends_at: Date }[] = await this.dataSource.query(
      'SELECT app_id, ends_at FROM trial_extensions WHERE account_id = $1 AND app_id = ANY($2) AND ends_at > $3', [accountId, appIds, now]);
    const [subscription] = await this.marketplace.statusByAccountIds([accountId]);
    const [options] = await this.accounts.optionsByAccountIds([accountId]);
    const seenIds = new Set(seen.map((r) => r.app_id));
    const grantedEnd = new Map(granted.map((r) => [r.app_id, r.ends_at]));
    return apps.map((app): ViewerBillingOutlook => {
      const price = app.priceKopecks ?? 0;
      const subscriptionActive = subscription?.active ?? false;
      if (price <= 0) return { trialDays: null, grantedTrialDays: null, paidBlocker: null, subscriptionActive }; // PR-1: free
      const end = grantedEnd.get(app.appId);
      let paidBlocker: PaidInstallBlocker | null = null;
      if (!subscription?.active) paidBlocker = PaidInstallBlocker.MARKETPLACE_SUBSCRIPTION_REQUIRED; // BX-2
      else if (optionsFor(price) > (options?.free ?? 0)) paidBlocker = PaidInstallBlocker.NOT_ENOUGH_PAID_APP_OPTIONS; // PR-3
      return {
        trialDays: app.trialDays && app.trialDays > 0 && !seenIds.has(app.appId) ? app.trialDays : null,
        grantedTrialDays: end ? Math.ceil((end.getTime() - now.getTime()) / DAY) : null,
        paidBlocker,
        subscriptionActive,
      };
    });
  }
}
