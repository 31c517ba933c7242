import { createSubgraphDataSource } from '@appmarket/db';
import { App } from './apps/app.entity';
import { CreateCatalog1763890000000 } from './migrations/1763890000000-CreateCatalog';
import { Vendor } from './vendors/vendor.entity';

export const CATALOG_DB_SCHEMA = 'catalog';

export function createCatalogDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: CATALOG_DB_SCHEMA,
    entities: [Vendor, App],
    migrations: [CreateCatalog1763890000000],
    poolSize,
    applicationName: 'appmarket-catalog',
  });
}
