import { startSubgraphServer, type RunningServer, type SubgraphDeps, type SubgraphModule } from '@appmarket/federation';
import { loadBillingSettings, type BillingSettings } from './config';
import { createBillingContext, createBillingServices, type BillingPorts, type BillingServices } from './context';
import { BILLING_DB_SCHEMA, createBillingDataSource } from './data-source';
import { BillingJobs, startBillingQueue } from './jobs/billing-jobs';
import { PeerCatalogPort } from './ports/catalog.port';
import { PeerInstallsPort } from './ports/installs.port';
import { PeerVendorEventsPort } from './ports/vendor-events.port';
import { buildBillingSchema } from './schema';
import { seedBilling } from './seed';

export interface RunningBilling {
  server: RunningServer;
  /**
   * The services, so tests run job handlers (`accounts.settleAndNotify`,
   * `pendingDecisions.releaseExpired`) with the injected clock.
   */
  services: BillingServices;
}

/**
 * Starts billing: its job queue (pg-boss, schema billing_jobs) and its HTTP server. The peers are
 * reached through ports; tests may pass their own (a fake catalog or accounts over HTTP).
 */
export async function startBilling(
  deps: SubgraphDeps,
  options: { ports?: BillingPorts; settings?: BillingSettings } = {},
): Promise<RunningBilling> {
  const settings = options.settings ?? loadBillingSettings();
  const ports = options.ports ?? {
    catalog: new PeerCatalogPort(deps.peers), vendorEvents: new PeerVendorEventsPort(deps.peers), installs: new PeerInstallsPort(deps.peers),
  };
  let services: BillingServices | undefined;
  const queue = await startBillingQueue({
    connectionString: String((deps.dataSource.options as { url?: string }).url),
    logger: deps.logger,
    work: settings.BILLING_JOB_WORKERS,
    settleAccount: async ({ accountId }) => void (await services!.accounts.settleAndNotify(accountId)),
    releasePendingDecisions: async () => void (await services!.pendingDecisions.releaseExpired()),
  });
  services = createBillingServices(deps.dataSource, deps.clock, ports, new BillingJobs(queue, deps.clock), settings);
  const server = await startSubgraphServer(
    {
      name: 'billing',
      schema: await buildBillingSchema(),
      logger: deps.logger,
      createContext: createBillingContext(services),
      healthCheck: async () => void (await deps.dataSource.query('SELECT 1')),
    },
    deps.port,
    deps.host,
  );
  return {
    services,
    server: {
      ...server,
      async stop() {
        await server.stop();
        await queue.stop();
      },
    },
  };
}

/** The billing subgraph: paid-app options, trials, suspension, vendor revenue. */
export const billingSubgraph: SubgraphModule = {
  name: 'billing',
  dbSchema: BILLING_DB_SCHEMA,
  portEnv: 'BILLING_PORT',
  defaultPort: 4003,
  buildSchema: buildBillingSchema,
  createDataSource: createBillingDataSource,
  start: async (deps) => (await startBilling(deps)).server,
  seedDemoData: seedBilling,
};
