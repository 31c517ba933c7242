import type { Clock, Logger } from '@appmarket/core';
import { JobQueue } from '@appmarket/jobs';
import type { EntityManager } from 'typeorm';

/** Billing's pg-boss queue lives in its own schema (docs/CONTRACTS.md: durable work). */
export const BILLING_JOBS_SCHEMA = 'billing_jobs';
/** Stores what the clock made due for one account (trial end, subscription end) and tells vendors. */
export const SETTLE_ACCOUNT = 'billing-settle-account';
/** Every minute: releases decisions at install that accounts never confirmed (pending-decision.service.ts). */
export const RELEASE_PENDING_DECISIONS = 'billing-release-pending-decisions';
/** Hourly: forgets idempotency keys older than IDEMPOTENCY_KEY_RETENTION_HOURS. */
export const EXPIRE_IDEMPOTENCY_KEYS = 'billing-expire-idempotency-keys';
type BillingQueueName = typeof SETTLE_ACCOUNT | typeof RELEASE_PENDING_DECISIONS | typeof EXPIRE_IDEMPOTENCY_KEYS;
export type BillingJobQueue = JobQueue<BillingQueueName>;

export interface SettleAccountJob {
  accountId: string;
}

/** A little margin so a job never runs before its moment when clocks differ by a few seconds. */
const MARGIN_SECONDS = 5;

/**
 * Durable jobs. `schedule` is called inside the transaction of the change that makes the job
 * necessary, so the job exists exactly when the change does. The delay is relative to the injected
 * clock (seconds from now), so a test clock far from the wall clock never fires jobs early.
 */
export class BillingJobs {
  /** `queue`: the started queue, reached lazily (it starts after the services, its handlers need them). */
  constructor(private readonly queue: () => BillingJobQueue, private readonly clock: Clock) {}

  async schedule(manager: EntityManager, accountId: string, at: Date): Promise<void> {
    const delayMs = at.getTime() - this.clock.now().getTime();
    const startAfterSeconds = delayMs > 0 ? Math.ceil(delayMs / 1000) + MARGIN_SECONDS : 0;
    const data: SettleAccountJob = { accountId };
    await this.queue().send(SETTLE_ACCOUNT, data, { startAfterSeconds, manager });
  }
}

/** Starts pg-boss on the subgraph's database; works the queue only when `work` is set. */
export function startBillingQueue(options: {
  connectionString: string;
  logger: Logger;
  work: boolean;
  settleAccount: (job: SettleAccountJob) => Promise<void>;
  releasePendingDecisions: () => Promise<void>;
  expireIdempotencyKeys: () => Promise<void>;
}): Promise<BillingJobQueue> {
  return JobQueue.start({
    connectionString: options.connectionString,
    schema: BILLING_JOBS_SCHEMA,
    applicationName: 'appmarket-billing-jobs',
    logger: options.logger,
    work: options.work,
    poolSize: 2,
    queues: {
      [SETTLE_ACCOUNT]: {
        retry: { retryLimit: 20, retryDelay: 30, retryBackoff: true },
        // Due at a moment (trial end, period end): polling finds them, many may fall due together.
        workers: 2, batchSize: 5, pollingIntervalSeconds: 1, expireInSeconds: 60,
        handler: (data) => options.settleAccount(data as unknown as SettleAccountJob),
      },
      // The tick only starts the sweep; which decisions are stale is the injected clock's call.
      [RELEASE_PENDING_DECISIONS]: {
        retry: { retryLimit: 2, retryDelay: 30 },
        cron: '* * * * *',
        pollingIntervalSeconds: 5,
        expireInSeconds: 120,
        handler: () => options.releasePendingDecisions(),
      },
      [EXPIRE_IDEMPOTENCY_KEYS]: { retry: { retryLimit: 2, retryDelay: 60 }, cron: '53 * * * *', handler: () => options.expireIdempotencyKeys() },
    },
  });
}
