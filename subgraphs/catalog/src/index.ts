import { defineSubgraph } from '@appmarket/federation';
import { createCatalogContext, createCatalogServices } from './context';
import { CATALOG_DB_SCHEMA, createCatalogDataSource } from './data-source';
import { buildCatalogSchema } from './schema';
import { seedCatalog } from './seed';

/** The catalog subgraph: vendors, apps, lifecycle, prices and trials, storefront. */
export const catalogSubgraph = defineSubgraph({
  name: 'catalog',
  dbSchema: CATALOG_DB_SCHEMA,
  portEnv: 'CATALOG_PORT',
  defaultPort: 4001,
  buildSchema: buildCatalogSchema,
  createDataSource: createCatalogDataSource,
  createContextFactory: ({ dataSource, clock }) => createCatalogContext(createCatalogServices(dataSource, clock)),
  seedDemoData: seedCatalog,
});
