import type { Clock, Logger } from '@appmarket/core';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** Billing's pg-boss queue lives in its own schema (docs/CONTRACTS.md: durable work). */
export const BILLING_JOBS_SCHEMA = 'billing_jobs';
/** Stores what the clock made due for one account (trial end, subscription end) and tells vendors. */
export const SETTLE_ACCOUNT = 'billing-settle-account';

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
  constructor(private readonly boss: PgBoss, private readonly clock: Clock) {}

  async schedule(manager: EntityManager, accountId: string, at: Date): Promise<void> {
    const delayMs = at.getTime() - this.clock.now().getTime();
    const startAfter = delayMs > 0 ? Math.ceil(delayMs / 1000) + MARGIN_SECONDS : 0;
    const data: SettleAccountJob = { accountId };
    await this.boss.send(SETTLE_ACCOUNT, data, { startAfter, retryLimit: 20, retryDelay: 30, retryBackoff: true, db: dbOf(manager) });
  }
}

/** pg-boss's SQL through the transaction of `manager`. */
function dbOf(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const runner = manager.queryRunner;
      if (!runner) throw new Error('billing jobs must be scheduled inside a transaction');
      const result = await runner.query(text, values, true);
      return { rows: result.records };
    },
  };
}

export interface StartedQueue {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Starts pg-boss on the subgraph's database; works the queue only when `work` is set. */
export async function startBillingQueue(options: {
  connectionString: string;
  logger: Logger;
  work: boolean;
  settleAccount: (job: SettleAccountJob) => Promise<void>;
}): Promise<StartedQueue> {
  const boss = new PgBoss({ connectionString: options.connectionString, schema: BILLING_JOBS_SCHEMA, max: 2, schedule: false });
  boss.on('error', (error) => options.logger.error('billing job queue error', { error: error.message }));
  await boss.start();
  await boss.createQueue(SETTLE_ACCOUNT);
  if (options.work) {
    await boss.work<SettleAccountJob>(SETTLE_ACCOUNT, { pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await options.settleAccount(job.data);
    });
  }
  return { boss, stop: () => boss.stop({ graceful: false, wait: true, timeout: 5000 }) };
}
