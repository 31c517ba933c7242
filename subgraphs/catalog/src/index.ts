import { isOn } from '@appmarket/core';
import { egressPolicyFrom } from '@appmarket/egress';
import { databaseUrlOf, defineSubgraph, type SubgraphModule } from '@appmarket/federation';
import { catalogRuntimeConfig, type CatalogRuntimeConfig } from './config';
import { createCatalogContext, createCatalogServices } from './context';
import { CATALOG_DB_SCHEMA, createCatalogDataSource } from './data-source';
import { startCatalogJobQueue, type CatalogJobQueue } from './jobs/catalog-jobs';
import { buildCatalogSchema } from './schema';
import { seedCatalog } from './seed';

export interface CatalogStartOptions {
  /** Settings instead of the environment's (main.ts passes what it parsed; tests: workers off). */
  config?: Partial<CatalogRuntimeConfig>;
}

/** The catalog subgraph: vendors, apps, lifecycle, prices and trials, storefront. */
export function createCatalogSubgraph(options: CatalogStartOptions = {}) {
  return defineSubgraph({
    name: 'catalog',
    dbSchema: CATALOG_DB_SCHEMA,
    portEnv: 'CATALOG_PORT',
    defaultPort: 4001,
    buildSchema: buildCatalogSchema,
    createDataSource: createCatalogDataSource,
    seedDemoData: seedCatalog,
    config: () => catalogRuntimeConfig(options.config),
    services: (deps, config, jobs: () => CatalogJobQueue) =>
      createCatalogServices(deps.dataSource, deps.clock, jobs, egressPolicyFrom(config), { idempotencyKeyRetentionHours: config.IDEMPOTENCY_KEY_RETENTION_HOURS }),
    context: ({ services }) => createCatalogContext(services),
    // Price changes for billing, on the catalog's own pg-boss queue (schema `catalog_jobs`).
    background: ({ deps, config, services }) =>
      startCatalogJobQueue({
        connectionString: databaseUrlOf(deps.dataSource),
        peers: deps.peers,
        expireIdempotencyKeys: async () => void (await services.idempotency.expire()),
        logger: deps.logger,
        work: isOn(config.CATALOG_JOB_WORKERS),
      }),
  });
}

export const catalogSubgraph: SubgraphModule = createCatalogSubgraph();
