import { createSubgraphDataSource } from '@appmarket/db';
import { App } from './apps/app.entity';
import { AppDescriptor } from './descriptors/descriptor.entity';
import { InstalledApp } from './installs/installed-app.entity';
import { AppTransition } from './lifecycle/transition.entity';
import { CreateCatalog1763890000000 } from './migrations/1763890000000-CreateCatalog';
import { CatalogDomain1763900000000 } from './migrations/1763900000000-CatalogDomain';
import { CatalogSearchText1763910000000 } from './migrations/1763910000000-CatalogSearchText';
import { StorefrontOrderIndexes1763920000000 } from './migrations/1763920000000-StorefrontOrderIndexes';
import { VendorShareMovesToBilling1764100000000 } from './migrations/1764100000000-VendorShareMovesToBilling';
import { IdempotencyKeys1764300000001 } from './migrations/1764300000001-IdempotencyKeys';
import { StorefrontContent1764300000192 } from './migrations/1764300000192-StorefrontContent';
import { CacheInvalidation1764400000417 } from './migrations/1764400000417-CacheInvalidation';
import { Category } from './categories/category.entity';
import { AppPricingChange } from './pricing/pricing-change.entity';
import { Vendor } from './vendors/vendor.entity';

export const CATALOG_DB_SCHEMA = 'catalog';

export function createCatalogDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: CATALOG_DB_SCHEMA,
    entities: [Vendor, App, AppTransition, AppPricingChange, AppDescriptor, InstalledApp, Category],
    migrations: [CreateCatalog1763890000000, CatalogDomain1763900000000, CatalogSearchText1763910000000, StorefrontOrderIndexes1763920000000, VendorShareMovesToBilling1764100000000, IdempotencyKeys1764300000001, StorefrontContent1764300000192, CacheInvalidation1764400000417],
    poolSize,
    applicationName: 'appmarket-catalog',
  });
}
