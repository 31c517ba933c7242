import { databaseUrlOf, defineSubgraph, type PeerDirectory, type RunningSubgraph, type SubgraphModule } from '@appmarket/federation';
import { isMovableClock } from '@appmarket/core';
import { billingSettings, type BillingSettings } from './config';
import { createBillingContext, createBillingServices, type BillingPorts, type BillingServices } from './context';
import { BILLING_DB_SCHEMA, createBillingDataSource } from './data-source';
import { BillingJobs, startBillingQueue, type BillingJobQueue } from './jobs/billing-jobs';
import { PeerCatalogPort } from './ports/catalog.port';
import { PeerAccountsPort } from './ports/accounts.port';
import { PeerInstallsPort } from './ports/installs.port';
import { PeerVendorEventsPort } from './ports/vendor-events.port';
import { buildBillingSchema } from './schema';
import { seedBilling } from './seed';

export interface BillingStartOptions {
  /** Settings instead of the environment's (main.ts passes what it parsed; tests: workers off). */
  settings?: Partial<BillingSettings>;
  /** The peers billing calls; tests may pass their own (a fake catalog or accounts over HTTP). */
  ports?: BillingPorts;
}

/**
 * A started billing subgraph; tests run job handlers through its services
 * (`accounts.settleAndNotify`, `pendingDecisions.releaseExpired`) with the injected clock.
 */
export type RunningBilling = RunningSubgraph<BillingServices, BillingJobQueue>;

/**
 * The billing subgraph: paid-app options, trials, suspension, vendor revenue. Its pg-boss queue
 * (schema `billing_jobs`) settles accounts when the clock makes something due and sweeps stale
 * install decisions; BILLING_JOB_WORKERS=off leaves the work to another replica.
 */
export function createBillingSubgraph(options: BillingStartOptions = {}) {
  let stopWatchingClock: () => void = () => undefined;
  return defineSubgraph({
    name: 'billing',
    dbSchema: BILLING_DB_SCHEMA,
    portEnv: 'BILLING_PORT',
    defaultPort: 4003,
    buildSchema: buildBillingSchema,
    createDataSource: createBillingDataSource,
    seedDemoData: seedBilling,
    config: () => billingSettings(options.settings),
    services: (deps, settings, queue: () => BillingJobQueue) =>
      createBillingServices(deps.dataSource, deps.clock, options.ports ?? portsOver(deps.peers), new BillingJobs(queue, deps.clock), settings),
    context: ({ services }) => createBillingContext(services),
    background: async ({ deps, config, services }) => {
      const queue = await startBillingQueue({
        connectionString: databaseUrlOf(deps.dataSource),
        logger: deps.logger,
        work: config.BILLING_JOB_WORKERS,
        settleAccount: async ({ accountId }) => void (await services.accounts.settleAndNotify(accountId)),
        releasePendingDecisions: async () => void (await services.pendingDecisions.releaseExpired()),
        expireIdempotencyKeys: async () => void (await services.idempotency.expire()),
      });
      if (isMovableClock(deps.clock) && config.BILLING_JOB_WORKERS) {
        // A development clock moved forward: settle now what the move made due (docs/QA.md).
        const unsubscribe = deps.clock.onChange(({ from, to }) => {
          if (to > from) services.accounts.settleAllNow().catch((error: unknown) => deps.logger.error('settling after a clock move failed', { error: String(error) }));
        });
        stopWatchingClock = () => void unsubscribe();
      }
      return queue;
    },
    onShutdown: async () => stopWatchingClock(),
  });
}

/** Catalog and accounts over GraphQL, as deployed. */
function portsOver(peers: PeerDirectory): BillingPorts {
  return { catalog: new PeerCatalogPort(peers), vendorEvents: new PeerVendorEventsPort(peers), installs: new PeerInstallsPort(peers), accounts: new PeerAccountsPort(peers) };
}

export const billingSubgraph: SubgraphModule = createBillingSubgraph();
