import { startSubgraphServer, type RunningServer, type SubgraphDeps, type SubgraphModule } from '@appmarket/federation';
import { createCatalogContext, createCatalogServices } from './context';
import { CATALOG_DB_SCHEMA, createCatalogDataSource } from './data-source';
import { startCatalogJobQueue, type CatalogJobQueue } from './jobs/catalog-jobs';
import { buildCatalogSchema } from './schema';
import { seedCatalog } from './seed';

export interface RunningCatalog extends RunningServer {
  jobs: CatalogJobQueue;
}

/** Starts the catalog: services, its pg-boss queue (schema `catalog_jobs`) and GraphQL. */
export async function startCatalog(deps: SubgraphDeps): Promise<RunningCatalog> {
  let queue: CatalogJobQueue | undefined;
  const services = createCatalogServices(deps.dataSource, deps.clock, () => {
    if (!queue) throw new Error('the catalog job queue is not started');
    return queue;
  });
  const url = (deps.dataSource.options as { url?: string }).url;
  if (!url) throw new Error('catalog: the data source has no url for the job queue');
  const jobs = await startCatalogJobQueue({ connectionString: url, peers: deps.peers, logger: deps.logger, work: true });
  queue = jobs;
  const server = await startSubgraphServer(
    {
      name: 'catalog',
      schema: await buildCatalogSchema(),
      logger: deps.logger,
      createContext: createCatalogContext(services),
      healthCheck: async () => void (await deps.dataSource.query('SELECT 1')),
      routes: () => () => jobs.stop(),
    },
    deps.port,
    deps.host,
  );
  return { ...server, jobs };
}

/** The catalog subgraph: vendors, apps, lifecycle, prices and trials, storefront. */
export const catalogSubgraph: SubgraphModule = {
  name: 'catalog',
  dbSchema: CATALOG_DB_SCHEMA,
  portEnv: 'CATALOG_PORT',
  defaultPort: 4001,
  buildSchema: buildCatalogSchema,
  createDataSource: createCatalogDataSource,
  start: startCatalog,
  seedDemoData: seedCatalog,
};
