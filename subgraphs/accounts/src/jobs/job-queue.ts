import type { Logger } from '@appmarket/core';
import { JobQueue as SharedJobQueue, type JobHandler, type QueueDefinition } from '@appmarket/jobs';

export type { JobHandler } from '@appmarket/jobs';

/** The subgraph's durable work, one pg-boss schema (docs/CONTRACTS.md, "Durable work"). */
export const JOBS_SCHEMA = 'accounts_jobs';

export const Queues = {
  /** One Vendor API call (activation, deactivation, event); its own schedule (vendor-api.md). */
  vendorCall: 'vendor-call',
  /** LC-3, DL-4: catalog's projection of which apps an account has installed. */
  catalogInstallState: 'catalog-install-state',
  /** Billing frees paid-app options of a removed install. */
  billingInstallRemoved: 'billing-install-removed',
  /** The install committed: billing's pending decision stands (the install saga, docs/accounts.md). */
  billingInstallConfirmed: 'billing-install-confirmed',
  /** TL-1, TL-2: telephony-loyalty forgets a removed TELEPHONY or LOYALTY install's connection. */
  telephonyInstallRemoved: 'telephony-install-removed',
  /** Hourly: forgets expired vendor JWT ids, context keys and idempotency keys. */
  maintenance: 'accounts-maintenance',
} as const;
export type QueueName = (typeof Queues)[keyof typeof Queues];
export type JobQueue = SharedJobQueue<QueueName>;

/**
 * Peer calls are quick and idempotent: two workers fetching up to 5 jobs each. They retry with a
 * growing delay for about a day. Vendor calls keep their own schedule (vendor-api.md; each
 * attempt is its own job, vendor-call.service.ts); a slow vendor holds a worker up to the
 * time-out, so they get many workers of one job each, and their jobs expire just above the
 * time-out. docs/jobs.md has the reasons and the figures.
 */
function queueSettings(vendor: VendorCallSettings): Record<QueueName, Omit<QueueDefinition, 'handler'>> {
  const peerCall = { retry: { retryLimit: 20, retryDelay: 10, retryBackoff: true }, workers: 2, batchSize: 5, expireInSeconds: 60 };
  return {
    // A job that throws before its attempt was recorded (catalog unreachable, say) retries every 10 s, for 3 minutes.
    [Queues.vendorCall]: {
      retry: { retryLimit: 18, retryDelay: 10, retryBackoff: false }, workers: vendor.workers, batchSize: 1,
      expireInSeconds: Math.ceil(vendor.timeoutMs / 1000) + VENDOR_CALL_EXPIRY_MARGIN_SECONDS,
    },
    [Queues.catalogInstallState]: peerCall,
    [Queues.billingInstallRemoved]: peerCall,
    [Queues.billingInstallConfirmed]: peerCall,
    [Queues.telephonyInstallRemoved]: peerCall,
    [Queues.maintenance]: { retry: { retryLimit: 2, retryDelay: 60 }, cron: '17 * * * *', pollingIntervalSeconds: 10, expireInSeconds: 600 },
  };
}

/** Above the vendor's time-out: the catalog and billing reads and two short transactions around the call. */
export const VENDOR_CALL_EXPIRY_MARGIN_SECONDS = 5;

export interface VendorCallSettings {
  /** VENDOR_API_TIMEOUT_MS. */
  timeoutMs: number;
  /** ACCOUNTS_VENDOR_CALL_WORKERS: vendor calls in flight at once in one process. */
  workers: number;
}

export function startAccountsJobQueue(
  connectionString: string,
  handlers: Record<QueueName, JobHandler>,
  logger: Logger,
  work: boolean,
  vendor: VendorCallSettings,
): Promise<JobQueue> {
  const queues = Object.fromEntries(
    Object.entries(queueSettings(vendor)).map(([name, queue]) => [name, { ...queue, handler: handlers[name as QueueName] }]),
  ) as Record<QueueName, QueueDefinition>;
  return SharedJobQueue.start({ connectionString, schema: JOBS_SCHEMA, applicationName: 'appmarket-accounts-jobs', queues, logger, work });
}
