import { isOn } from '@appmarket/core';
import type { LookupFunction } from '@appmarket/egress';
import { databaseUrlOf, defineSubgraph, type RunningSubgraph, type SubgraphModule } from '@appmarket/federation';
import { accountsRuntimeConfig, type AccountsRuntimeConfig } from './config';
import { createAccountsContext, createAccountsServices, type AccountsServices } from './context';
import { ACCOUNTS_DB_SCHEMA, createAccountsDataSource } from './data-source';
import { jobHandlers } from './jobs/job-handlers';
import { startAccountsJobQueue, type JobQueue } from './jobs/job-queue';
import { billingOverGraphQL, type BillingPort } from './peers/billing.port';
import { catalogOverGraphQL, type CatalogPort } from './peers/catalog.port';
import { telephonyOverGraphQL, type TelephonyPort } from './peers/telephony.port';
import { buildAccountsSchema } from './schema';
import { seedAccounts } from './seed';
import { mountVendorRoutes } from './vendor-api/vendor-routes';

export interface AccountsStartOptions {
  /** Settings instead of the environment's (main.ts passes what it parsed; tests: timeouts, workers off). */
  config?: Partial<AccountsRuntimeConfig>;
  catalog?: CatalogPort;
  billing?: BillingPort;
  /** Tests: how vendor host names resolve (dns.lookup otherwise). */
  egressLookup?: LookupFunction;
  telephony?: TelephonyPort;
}

/** A started accounts subgraph; tests run due jobs with `background.drain`. */
export type RunningAccounts = RunningSubgraph<AccountsServices, JobQueue>;

/**
 * The accounts subgraph: accounts, users, installs, app tokens, and the Vendor API's routes under
 * /api/vendor/1.0. Its pg-boss queue (schema `accounts_jobs`) carries vendor calls and the writes
 * it owes catalog and billing; ACCOUNTS_JOB_WORKERS=off leaves the work to another replica.
 */
export function createAccountsSubgraph(options: AccountsStartOptions = {}) {
  return defineSubgraph({
    name: 'accounts',
    dbSchema: ACCOUNTS_DB_SCHEMA,
    portEnv: 'ACCOUNTS_PORT',
    defaultPort: 4002,
    buildSchema: buildAccountsSchema,
    createDataSource: createAccountsDataSource,
    seedDemoData: seedAccounts,
    config: () => accountsRuntimeConfig(options.config),
    services: (deps, config, jobs: () => JobQueue) =>
      createAccountsServices({
        dataSource: deps.dataSource,
        clock: deps.clock,
        logger: deps.logger,
        catalog: options.catalog ?? catalogOverGraphQL(deps.peers),
        billing: options.billing ?? billingOverGraphQL(deps.peers),
        telephony: options.telephony ?? telephonyOverGraphQL(deps.peers),
        config,
        jobs,
        egressLookup: options.egressLookup,
      }),
    context: ({ services }) => createAccountsContext(services),
    routes: (app, { deps, services }) =>
      mountVendorRoutes(app, { dataSource: deps.dataSource, clock: deps.clock, catalog: services.catalog, contextKeys: services.contextKeys, logger: deps.logger }),
    background: ({ deps, config, services }) =>
      startAccountsJobQueue(databaseUrlOf(deps.dataSource), jobHandlers(services), deps.logger, isOn(config.ACCOUNTS_JOB_WORKERS), {
        timeoutMs: config.VENDOR_API_TIMEOUT_MS, workers: config.ACCOUNTS_VENDOR_CALL_WORKERS,
      }),
    onShutdown: ({ services }) => services.egressDispatcher.close(),
  });
}

export const accountsSubgraph: SubgraphModule = createAccountsSubgraph();
