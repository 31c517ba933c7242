import type { Logger } from '@appmarket/core';
import { JobQueue } from '@appmarket/jobs';

/** Telephony's own pg-boss schema (docs/CONTRACTS.md, "Durable work"). */
export const TELEPHONY_JOBS_SCHEMA = 'telephony_jobs';
export const PRUNE_CARD_EVENTS = 'telephony-prune-card-events';
/** Hourly: forgets idempotency keys older than IDEMPOTENCY_KEY_RETENTION_HOURS. */
export const EXPIRE_IDEMPOTENCY_KEYS = 'telephony-expire-idempotency-keys';
export type TelephonyQueueName = typeof PRUNE_CARD_EVENTS | typeof EXPIRE_IDEMPOTENCY_KEYS;

/**
 * Starts pg-boss on the subgraph's database. The cron tick is enqueued once across all replicas;
 * what is old enough to delete is the injected clock's call (the handler).
 */
export function startTelephonyQueue(options: {
  connectionString: string;
  logger: Logger;
  work: boolean;
  pruneCardEvents: () => Promise<void>;
  expireIdempotencyKeys: () => Promise<void>;
}): Promise<JobQueue<TelephonyQueueName>> {
  return JobQueue.start({
    connectionString: options.connectionString,
    schema: TELEPHONY_JOBS_SCHEMA,
    applicationName: 'appmarket-telephony-jobs',
    logger: options.logger,
    work: options.work,
    poolSize: 2,
    queues: {
      [PRUNE_CARD_EVENTS]: {
        retry: { retryLimit: 2, retryDelay: 60 },
        cron: '*/10 * * * *',
        pollingIntervalSeconds: 10,
        expireInSeconds: 600,
        handler: () => options.pruneCardEvents(),
      },
      [EXPIRE_IDEMPOTENCY_KEYS]: { retry: { retryLimit: 2, retryDelay: 60 }, cron: '41 * * * *', handler: () => options.expireIdempotencyKeys() },
    },
  });
}
