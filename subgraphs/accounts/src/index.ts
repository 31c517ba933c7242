import { isOn } from '@appmarket/core';
import { startSubgraphServer, type RunningServer, type SubgraphDeps, type SubgraphModule } from '@appmarket/federation';
import { loadAccountsRuntimeConfig, type AccountsRuntimeConfig } from './config';
import { createAccountsContext, createAccountsServices, type AccountsServices } from './context';
import { ACCOUNTS_DB_SCHEMA, createAccountsDataSource } from './data-source';
import { jobHandlers } from './jobs/job-handlers';
import { startAccountsJobQueue, type JobQueue } from './jobs/job-queue';
import { billingOverGraphQL, type BillingPort } from './peers/billing.port';
import { catalogOverGraphQL, type CatalogPort } from './peers/catalog.port';
import { buildAccountsSchema } from './schema';
import { seedAccounts } from './seed';
import { mountVendorRoutes } from './vendor-api/vendor-routes';

export interface AccountsStartOptions {
  /** Overrides of the configuration read from the environment (tests: timeouts, workers off). */
  config?: Partial<AccountsRuntimeConfig>;
  catalog?: CatalogPort;
  billing?: BillingPort;
}

export interface RunningAccounts extends RunningServer {
  jobs: JobQueue;
  services: AccountsServices;
}

/**
 * Starts the accounts subgraph: services, the pg-boss queue (schema `accounts_jobs`, workers
 * unless turned off), GraphQL and the vendor-facing routes under /api/vendor/1.0.
 */
export async function startAccounts(deps: SubgraphDeps, options: AccountsStartOptions = {}): Promise<RunningAccounts> {
  const config: AccountsRuntimeConfig = { ...loadAccountsRuntimeConfig(), ...options.config };
  let queue: JobQueue | undefined;
  const services = createAccountsServices({
    dataSource: deps.dataSource,
    clock: deps.clock,
    logger: deps.logger,
    catalog: options.catalog ?? catalogOverGraphQL(deps.peers),
    billing: options.billing ?? billingOverGraphQL(deps.peers),
    config,
    jobs: () => {
      if (!queue) throw new Error('the accounts job queue is not started');
      return queue;
    },
  });
  const url = (deps.dataSource.options as { url?: string }).url;
  if (!url) throw new Error('accounts: the data source has no url for the job queue');
  const jobs = await startAccountsJobQueue(url, jobHandlers(services), deps.logger, isOn(config.ACCOUNTS_JOB_WORKERS));
  queue = jobs;
  const server = await startSubgraphServer(
    {
      name: 'accounts',
      schema: await buildAccountsSchema(),
      logger: deps.logger,
      createContext: createAccountsContext(services),
      healthCheck: async () => void (await deps.dataSource.query('SELECT 1')),
      routes: (app) => {
        mountVendorRoutes(app, { dataSource: deps.dataSource, clock: deps.clock, catalog: services.catalog, contextKeys: services.contextKeys, logger: deps.logger });
        return () => jobs.stop();
      },
    },
    deps.port,
    deps.host,
  );
  return { ...server, jobs, services };
}

/** The accounts subgraph: accounts, users, installs, app tokens, Vendor API. */
export const accountsSubgraph: SubgraphModule = {
  name: 'accounts',
  dbSchema: ACCOUNTS_DB_SCHEMA,
  portEnv: 'ACCOUNTS_PORT',
  defaultPort: 4002,
  buildSchema: buildAccountsSchema,
  createDataSource: createAccountsDataSource,
  start: (deps) => startAccounts(deps),
  seedDemoData: seedAccounts,
};
