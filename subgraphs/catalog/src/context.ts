import { HOUR, type Clock } from '@appmarket/core';
import { IdempotencyKeys } from '@appmarket/db';
import type { EgressPolicy } from '@appmarket/egress';
import { createPageLoaders, loaderByKey, loaderOfMany, type BaseContext } from '@appmarket/federation';
import { AppDescriptor } from './descriptors/descriptor.entity';
import { AppTransition } from './lifecycle/transition.entity';
import { AppPricingChange } from './pricing/pricing-change.entity';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AccountOverlays } from './cache/account-overlays';
import { CatalogCache, isPublicApp, type CatalogCacheSettings } from './cache/catalog-cache';
import { AppService } from './apps/app.service';
import { CategoryService } from './categories/category.service';
import { DescriptorService } from './descriptors/descriptor.service';
import { InstalledAppService } from './installs/installed-app.service';
import { LifecycleService } from './lifecycle/lifecycle.service';
import type { AppPricing } from './pricing/pricing-change.entity';
import type { CatalogJobQueue } from './jobs/catalog-jobs';
import { PricingService } from './pricing/pricing.service';
import { StorefrontService } from './storefront/storefront.service';
import { VendorService } from './vendors/vendor.service';

/**
 * Long-lived services, built once per process. `jobs` is a getter: the queue starts after the
 * services exist (its handlers may need them).
 */
export function createCatalogServices(
  dataSource: DataSource,
  clock: Clock,
  jobs: () => CatalogJobQueue,
  egress: EgressPolicy,
  settings: { idempotencyKeyRetentionHours: number; cache: CatalogCacheSettings },
) {
  const idempotency = new IdempotencyKeys(dataSource, clock, { retentionMs: settings.idempotencyKeyRetentionHours * HOUR });
  // Public catalog data in memory (docs/CACHING.md); each write's service forgets what it changed.
  const cache = new CatalogCache(settings.cache);
  const changed = (change: Parameters<CatalogCache['apply']>[0]) => cache.apply(change);
  const overlays = new AccountOverlays(dataSource, cache);
  return {
    idempotency,
    cache,
    apps: new AppService(dataSource, clock, idempotency, egress, changed),
    vendors: new VendorService(dataSource, clock, idempotency, egress, changed),
    lifecycle: new LifecycleService(dataSource, clock, changed),
    pricing: new PricingService(dataSource, clock, jobs, changed),
    descriptors: new DescriptorService(dataSource, clock, egress, idempotency),
    installedApps: new InstalledAppService(dataSource, clock, changed),
    storefront: new StorefrontService(dataSource, cache, overlays),
    categories: new CategoryService(dataSource, clock, changed, cache, overlays),
    db: dataSource,
    clock,
  };
}
export type CatalogServices = ReturnType<typeof createCatalogServices>;

/** Per-request DataLoaders: a request never shares a cache with another. */
function createLoaders(services: CatalogServices, identity: BaseContext['identity']) {
  return {
    pages: createPageLoaders(services.db),
    transitionById: loaderByKey((ids: readonly string[]) => byIds(services.db, AppTransition, ids), (t) => String(t.id)),
    pricingChangeById: loaderByKey((ids: readonly string[]) => byIds(services.db, AppPricingChange, ids), (h) => String(h.id)),
    descriptorById: loaderByKey((ids: readonly string[]) => byIds(services.db, AppDescriptor, ids), (d) => d.id),
    categoryBySlug: loaderByKey((slugs: readonly string[]) => services.categories.bySlugs(slugs), (c) => c.slug),
    // One statement per request for every category's count; an account's users also count its HIDDEN installs (LC-3).
    categoryAppCounts: new DataLoader<'all', Map<string, number>>(async (keys) => {
      const counts = await services.categories.appCounts(identity.kind === 'user' ? identity.accountId : null);
      return keys.map(() => counts);
    }),
    // Rows, not answers: who may see an app is decided after the load, per caller (maySeeApp, mayResolveApp).
    appById: loaderByKey(services.cache.byId(services.cache.apps, (ids) => services.apps.findByIds(ids), isPublicApp), (a) => a.id),
    vendorById: loaderByKey(services.cache.byId(services.cache.vendors, (ids) => services.vendors.findByIds(ids)), (v) => v.id),
    transitionsByApp: loaderOfMany((ids: readonly string[]) => services.lifecycle.transitionsOf(ids), (t) => t.appId),
    pricingHistoryByApp: loaderOfMany((ids: readonly string[]) => services.pricing.historyOf(ids), (h) => h.appId),
    currentDescriptorByApp: loaderByKey((ids: readonly string[]) => services.descriptors.currentOf(ids), (d) => d.appId),
    descriptorsByApp: loaderOfMany((ids: readonly string[]) => services.descriptors.versionsOf(ids), (d) => d.appId),
    pricingAt: new DataLoader<{ appId: string; at: Date }, AppPricing, string>((keys) => services.pricing.pricingAt(keys), {
      cacheKeyFn: (k) => `${k.appId}@${k.at.toISOString()}`,
    }),
    /** `<accountId>/<appId>` → whether the account installed the app, now or before (App's `_entities`). */
    installedByAccount: new DataLoader<string, boolean>(async (keys) => {
      const known = await services.installedApps.knownPairs(keys.map((key) => {
        const [accountId, appId] = key.split('/') as [string, string];
        return { accountId, appId };
      }));
      return keys.map((key) => known.has(key));
    }),
  };
}

/** Rows of one entity by primary key, one statement for the batch. */
function byIds<T extends { id: string }>(db: DataSource, entity: new () => T, ids: readonly string[]): Promise<T[]> {
  return db.getRepository(entity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: [...ids] }).getMany();
}

export interface CatalogContext extends BaseContext {
  services: CatalogServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createCatalogContext(services: CatalogServices) {
  return (base: BaseContext): CatalogContext => ({ ...base, services, loaders: createLoaders(services, base.identity) });
}
