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

/** Peer calls retry with a growing delay for about a day; vendor calls keep their own schedule. */
const QUEUES: Record<QueueName, Omit<QueueDefinition, 'handler'>> = {
  // A slow vendor holds its worker up to the time-out: vendor calls get several workers.
  [Queues.vendorCall]: { retry: { retryLimit: 5, retryDelay: 10, retryBackoff: true }, workers: 4 },
  [Queues.catalogInstallState]: { retry: { retryLimit: 20, retryDelay: 10, retryBackoff: true } },
  [Queues.billingInstallRemoved]: { retry: { retryLimit: 20, retryDelay: 10, retryBackoff: true } },
  [Queues.billingInstallConfirmed]: { retry: { retryLimit: 20, retryDelay: 10, retryBackoff: true } },
  [Queues.telephonyInstallRemoved]: { retry: { retryLimit: 20, retryDelay: 10, retryBackoff: true } },
  [Queues.maintenance]: { retry: { retryLimit: 2, retryDelay: 60 }, cron: '17 * * * *' },
};

export function startAccountsJobQueue(
  connectionString: string,
  handlers: Record<QueueName, JobHandler>,
  logger: Logger,
  work: boolean,
): Promise<JobQueue> {
  const queues = Object.fromEntries(
    Object.entries(QUEUES).map(([name, queue]) => [name, { ...queue, handler: handlers[name as QueueName] }]),
  ) as Record<QueueName, QueueDefinition>;
  return SharedJobQueue.start({ connectionString, schema: JOBS_SCHEMA, applicationName: 'appmarket-accounts-jobs', queues, logger, work });
}
