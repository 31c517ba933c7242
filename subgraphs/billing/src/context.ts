import { HOUR, type Clock } from '@appmarket/core';
import { IdempotencyKeys } from '@appmarket/db';
import { createPageLoaders, loaderByKey, loaderOfMany, loaderOfObjects, type BaseContext, type Identity } from '@appmarket/federation';
import { InstallBillingHistory } from './history/install-billing-history.entity';
import { Subscription } from './subscriptions/subscription.entity';
import type { DataSource } from 'typeorm';
import type { BillingSettings } from './config';
import { AccountBillingService } from './installs/account-billing.service';
import { InstallDecisionService } from './installs/install-decision.service';
import type { BillingJobs } from './jobs/billing-jobs';
import { PendingDecisionService } from './installs/pending-decision.service';
import { MarketplaceService } from './marketplace/marketplace.service';
import type { AccountsPort } from './ports/accounts.port';
import { InstallOutlookService, type AppPricingFacts } from './outlook/install-outlook.service';
import type { ViewerBillingOutlook } from './outlook/install-outlook.types';
import type { CatalogPort } from './ports/catalog.port';
import type { InstallsPort } from './ports/installs.port';
import type { VendorEventsPort } from './ports/vendor-events.port';
import { PriceChangeService } from './prices/price-change.service';
import { RevenueService } from './revenue/revenue.service';
import { VendorShareService } from './revenue/vendor-share.service';
import { SubscriptionService } from './subscriptions/subscription.service';
import { TrialExtensionService } from './trials/trial-extension.service';

export interface BillingPorts {
  catalog: CatalogPort;
  vendorEvents: VendorEventsPort;
  installs: InstallsPort;
  accounts: AccountsPort;
}

/** The long-lived services of one billing process. */
export function createBillingServices(dataSource: DataSource, clock: Clock, ports: BillingPorts, jobs: BillingJobs, settings: BillingSettings) {
  const discounts = settings.BILLING_PERIOD_DISCOUNTS;
  const vendorShare = new VendorShareService(dataSource, clock);
  const revenue = new RevenueService(dataSource, vendorShare);
  const accounts = new AccountBillingService(dataSource, clock, jobs, ports.vendorEvents, revenue);
  const idempotency = new IdempotencyKeys(dataSource, clock, { retentionMs: settings.IDEMPOTENCY_KEY_RETENTION_HOURS * HOUR });
  const marketplace = new MarketplaceService(dataSource, clock, accounts, {
    monthlyKopecks: settings.BILLING_MARKETPLACE_MONTHLY_KOPECKS, demoDays: settings.BILLING_MARKETPLACE_DEMO_DAYS, discounts,
  }, idempotency);
  return {
    clock,
    accounts,
    revenue,
    vendorShare,
    idempotency,
    marketplace,
    decisions: new InstallDecisionService(dataSource, clock, ports.catalog, accounts, marketplace),
    pendingDecisions: new PendingDecisionService(dataSource, clock, accounts, ports.installs, settings.BILLING_PENDING_DECISION_TTL_MS),
    subscriptions: new SubscriptionService(dataSource, accounts, discounts, idempotency),
    trials: new TrialExtensionService(dataSource, clock, ports.catalog, ports.accounts, accounts, idempotency),
    prices: new PriceChangeService(dataSource, clock, accounts),
    outlook: new InstallOutlookService(dataSource, clock, accounts, marketplace),
    db: dataSource,
  };
}
export type BillingServices = ReturnType<typeof createBillingServices>;

function createLoaders(s: BillingServices, identity: Identity) {
  return {
    pages: createPageLoaders(s.db),
    historyById: loaderByKey((ids: readonly string[]) => byIds(s.db, InstallBillingHistory, ids), (h) => String(h.id)),
    periodById: loaderByKey((ids: readonly string[]) => byIds(s.db, Subscription, ids), (p) => p.id),
    // One batch per request for the caller's account (only users ask: the resolver checks).
    outlookByApp: loaderOfObjects<AppPricingFacts, ViewerBillingOutlook>(
      (apps) => (identity.kind === 'user' ? s.outlook.outlooks(identity.accountId, apps) : Promise.reject(new Error('users only'))),
      (a) => a.appId,
    ),
    billingByInstallId: loaderByKey((ids: readonly string[]) => s.accounts.findByInstallIds(ids), (b) => b.installId),
    historyByInstallId: loaderOfMany((ids: readonly string[]) => s.accounts.historyOf(ids), (h) => h.installId),
    paidAppOptionsByAccountId: loaderByKey((ids: readonly string[]) => s.accounts.optionsByAccountIds(ids), (o) => o.accountId),
    subscriptionsByAccountId: loaderOfMany((ids: readonly string[]) => s.subscriptions.findByAccountIds(ids), (p) => p.accountId),
    // One read per request, however many apps ask (storefront pages).
    vendorShare: loaderByKey(async (_keys: readonly 'share'[]) => [{ key: 'share' as const, value: await s.vendorShare.basisPoints() }], (r) => r.key),
    marketplaceByAccountId: loaderByKey((ids: readonly string[]) => s.marketplace.statusByAccountIds(ids), (m) => m.accountId),
  };
}

/** Rows of one entity by primary key, one statement for the batch. */
function byIds<T extends { id: string }>(db: DataSource, entity: new () => T, ids: readonly string[]): Promise<T[]> {
  return db.getRepository(entity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: [...ids] }).getMany();
}

export interface BillingContext extends BaseContext {
  services: BillingServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createBillingContext(services: BillingServices) {
  return (base: BaseContext): BillingContext => ({ ...base, services, loaders: createLoaders(services, base.identity) });
}
