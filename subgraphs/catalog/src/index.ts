import { isOn } from '@appmarket/core';
import { egressPolicyFrom } from '@appmarket/egress';
import { databaseUrlOf, defineSubgraph, type SubgraphModule } from '@appmarket/federation';
import { CacheInvalidationListener } from './cache/invalidation-listener';
import { catalogCacheSettings } from './cache/catalog-cache';
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
    services: (deps, config, jobs: () => CatalogJobQueue) => {
      const services = createCatalogServices(deps.dataSource, deps.clock, jobs, egressPolicyFrom(config), {
        idempotencyKeyRetentionHours: config.IDEMPOTENCY_KEY_RETENTION_HOURS,
        cache: catalogCacheSettings(config),
      });
      // Every replica's writes reach this replica's cache (NOTIFY); the cache stores nothing until it listens.
      const cacheListener = services.cache.enabled ? new CacheInvalidationListener(services.cache, databaseUrlOf(deps.dataSource), deps.logger) : undefined;
      return { ...services, cacheListener };
    },
    context: ({ services }) => createCatalogContext(services),
    // Price changes for billing, on the catalog's own pg-boss queue (schema `catalog_jobs`).
    background: async ({ deps, config, services }) => {
      await services.cacheListener?.start();
      return startCatalogJobQueue({
        connectionString: databaseUrlOf(deps.dataSource),
        peers: deps.peers,
        expireIdempotencyKeys: async () => void (await services.idempotency.expire()),
        logger: deps.logger,
        work: isOn(config.CATALOG_JOB_WORKERS),
      });
    },
    onShutdown: async ({ services }) => {
      await services.cacheListener?.stop();
    },
  });
}

export const catalogSubgraph: SubgraphModule = createCatalogSubgraph();
