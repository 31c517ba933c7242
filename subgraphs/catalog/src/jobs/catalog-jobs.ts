import type { Logger } from '@appmarket/core';
import { callPeer, type PeerDirectory } from '@appmarket/federation';
import { JobQueue, type QueueDefinition } from '@appmarket/jobs';

/** The catalog's durable work, in its own pg-boss schema (docs/CONTRACTS.md, "Durable work"). */
export const CATALOG_JOBS_SCHEMA = 'catalog_jobs';

export const CatalogQueues = {
  /** PC-1..PC-3: billing applies a published app's price change to the installs that exist. */
  billingPriceChange: 'billing-price-change',
  /** Hourly: forgets idempotency keys older than IDEMPOTENCY_KEY_RETENTION_HOURS. */
  expireIdempotencyKeys: 'catalog-expire-idempotency-keys',
} as const;
export type CatalogQueueName = (typeof CatalogQueues)[keyof typeof CatalogQueues];
export type CatalogJobQueue = JobQueue<CatalogQueueName>;

export interface PriceChangeJob {
  /** The pricing history row: billing's idempotency key, so a retry never applies it twice. */
  changeId: string;
  appId: string;
  priceKopecks: number | null;
  trialDays: number | null;
}

const APPLY_PRICE_CHANGE = `mutation ($input: ApplyPriceChangeInput!) { applyPriceChange(input: $input) { changeId } }`;

/** Starts the catalog's queue; billing being down only delays the job, pg-boss retries it for hours. */
export function startCatalogJobQueue(options: {
  connectionString: string;
  peers: PeerDirectory;
  logger: Logger;
  work: boolean;
  expireIdempotencyKeys: () => Promise<void>;
}): Promise<CatalogJobQueue> {
  const queues: Record<CatalogQueueName, QueueDefinition> = {
    [CatalogQueues.billingPriceChange]: {
      retry: { retryLimit: 25, retryDelay: 10, retryBackoff: true },
      // Rare, and billing applies each change to every install of the app: one at a time, with time for it.
      workers: 1, batchSize: 1, expireInSeconds: 120,
      handler: async (data) => {
        const job = data as unknown as PriceChangeJob;
        await callPeer(options.peers, 'billing', APPLY_PRICE_CHANGE, { input: job });
      },
    },
    [CatalogQueues.expireIdempotencyKeys]: { retry: { retryLimit: 2, retryDelay: 60 }, cron: '29 * * * *', handler: () => options.expireIdempotencyKeys() },
  };
  return JobQueue.start({
    connectionString: options.connectionString,
    schema: CATALOG_JOBS_SCHEMA,
    applicationName: 'appmarket-catalog-jobs',
    queues,
    logger: options.logger,
    work: options.work,
    poolSize: 2,
  });
}
