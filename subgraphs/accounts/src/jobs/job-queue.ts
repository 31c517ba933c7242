import type { Logger } from '@appmarket/core';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** The subgraph's durable work, one pg-boss schema (docs/CONTRACTS.md, "Durable work"). */
export const JOBS_SCHEMA = 'accounts_jobs';

export const Queues = {
  /** One Vendor API call (activation, deactivation, event); its own schedule (vendor-api.md). */
  vendorCall: 'vendor-call',
  /** LC-3, DL-4: catalog's projection of which apps an account has installed. */
  catalogInstallState: 'catalog-install-state',
  /** Billing frees paid-app options of a removed install. */
  billingInstallRemoved: 'billing-install-removed',
  /** Hourly: forgets expired vendor JWT ids and context keys. */
  maintenance: 'accounts-maintenance',
} as const;
export type QueueName = (typeof Queues)[keyof typeof Queues];

const VENDOR_CALL_WORKERS = 4;

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/** Peer calls retry with a growing delay for about a day; vendor calls keep their own schedule. */
const QUEUE_POLICY: Record<QueueName, PgBoss.RetryOptions> = {
  [Queues.vendorCall]: { retryLimit: 5, retryDelay: 10, retryBackoff: true },
  [Queues.catalogInstallState]: { retryLimit: 20, retryDelay: 10, retryBackoff: true },
  [Queues.billingInstallRemoved]: { retryLimit: 20, retryDelay: 10, retryBackoff: true },
  [Queues.maintenance]: { retryLimit: 2, retryDelay: 60 },
};

/**
 * pg-boss behind the three operations the subgraph needs: send (in the caller's transaction when
 * given one), work (in production) and drain (tests run due jobs now, under their injected clock).
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly handlers: Record<QueueName, JobHandler>,
    private readonly logger: Logger,
  ) {}

  static async start(connectionString: string, handlers: Record<QueueName, JobHandler>, logger: Logger, workers: boolean): Promise<JobQueue> {
    const boss = new PgBoss({ connectionString, schema: JOBS_SCHEMA, max: 3, application_name: 'appmarket-accounts-jobs' });
    boss.on('error', (error) => logger.error('job queue error', { error: error.message }));
    await boss.start();
    for (const name of Object.values(Queues)) {
      await boss.createQueue(name, { name, ...QUEUE_POLICY[name] });
    }
    await boss.schedule(Queues.maintenance, '17 * * * *', {});
    const queue = new JobQueue(boss, handlers, logger);
    if (workers) {
      for (const name of Object.values(Queues)) {
        // A slow vendor holds its worker up to the time-out: vendor calls get several workers.
        const count = name === Queues.vendorCall ? VENDOR_CALL_WORKERS : 1;
        for (let i = 0; i < count; i++) {
          await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 2 }, async (jobs) => {
            for (const job of jobs) await handlers[name](job.data);
          });
        }
      }
    }
    return queue;
  }

  /** Enqueues a job; with `manager`, inside that transaction (it is kept only if the change is). */
  async send(name: QueueName, data: object, options: { startAfterSeconds?: number; manager?: EntityManager } = {}): Promise<void> {
    const send: PgBoss.SendOptions = { ...QUEUE_POLICY[name] };
    if (options.startAfterSeconds) send.startAfter = options.startAfterSeconds;
    const runner = options.manager?.queryRunner;
    if (runner) {
      send.db = { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
    }
    await this.boss.send(name, data, send);
  }

  /**
   * Tests: runs, once, every job of `name` that exists now, also those waiting for their start
   * time (the injected clock, not the wall clock, decides what is due: see the handlers). Jobs
   * those runs enqueue wait for the next call. Returns how many ran.
   */
  async drain(name: QueueName): Promise<number> {
    const jobs = await this.boss.fetch<Record<string, unknown>>(name, { ignoreStartAfter: true, batchSize: 100 });
    for (const job of jobs) {
      try {
        await this.handlers[name](job.data);
        await this.boss.complete(name, job.id);
      } catch (error) {
        this.logger.warn('job failed', { queue: name, error: error instanceof Error ? error.message : String(error) });
        await this.boss.fail(name, job.id, { error: String(error) });
      }
    }
    return jobs.length;
  }

  /** Jobs of `name` not yet done (created, retry or active). */
  pending(name: QueueName): Promise<number> {
    return this.boss.getQueueSize(name, { before: 'completed' });
  }

  stop(): Promise<void> {
    return this.boss.stop({ graceful: true, timeout: 5000, wait: true });
  }
}
