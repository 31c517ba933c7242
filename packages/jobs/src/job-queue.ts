import type { Logger } from '@appmarket/core';
import { observeJobQueues, recordJobPickup } from '@appmarket/telemetry';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { pickupSeconds, queueDepths } from './queue-metrics';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/** One queue of a subgraph: what runs a job, how it is retried, how many workers, an optional cron. */
export interface QueueDefinition {
  handler: JobHandler;
  retry: PgBoss.RetryOptions;
  workers?: number;
  /** A cron expression: pg-boss enqueues one job per tick, once across all replicas. */
  cron?: string;
}

export interface JobQueueOptions<Q extends string> {
  connectionString: string;
  /** The subgraph's own pg-boss schema, e.g. `accounts_jobs` (docs/CONTRACTS.md, "Durable work"). */
  schema: string;
  applicationName: string;
  queues: Record<Q, QueueDefinition>;
  logger: Logger;
  /** Work the queues (deployed); off in tests that run due jobs themselves with `drain`. */
  work: boolean;
  poolSize?: number;
  /** The `service` label of the queue metrics; the schema without `_jobs` by default. */
  service?: string;
}

/**
 * pg-boss behind the operations a subgraph needs: send (inside the caller's transaction when
 * given one, so a job exists exactly when the change that needs it does), work, and drain (tests
 * run due jobs now, under their injected clock). Survives restarts and scales to many replicas:
 * the jobs are rows in Postgres, fetched with SKIP LOCKED.
 */
export class JobQueue<Q extends string = string> {
  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobQueueOptions<Q>,
    private readonly unobserve: () => void,
  ) {}

  static async start<Q extends string>(options: JobQueueOptions<Q>): Promise<JobQueue<Q>> {
    const hasCron = Object.values<QueueDefinition>(options.queues).some((q) => q.cron);
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema,
      max: options.poolSize ?? 3,
      application_name: options.applicationName,
      schedule: hasCron,
    });
    boss.on('error', (error) => options.logger.error('job queue error', { schema: options.schema, error: error.message }));
    await boss.start();
    const service = options.service ?? options.schema.replace(/_jobs$/, '');
    for (const [name, queue] of Object.entries<QueueDefinition>(options.queues)) {
      await boss.createQueue(name, { name, ...queue.retry });
      if (queue.cron) await boss.schedule(name, queue.cron, {});
      if (!options.work) continue;
      for (let i = 0; i < (queue.workers ?? 1); i++) {
        await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 2, includeMetadata: true }, async (jobs) => {
          for (const job of jobs) {
            const waited = pickupSeconds(job);
            if (waited !== undefined) recordJobPickup(service, name, waited);
            await queue.handler(job.data);
          }
        });
      }
    }
    const unobserve = observeJobQueues(service, () => queueDepths(boss.getDb(), options.schema));
    return new JobQueue(boss, options, unobserve);
  }

  /** Enqueues a job; with `manager`, inside that transaction (it is kept only if the change is). */
  async send(name: Q, data: object, options: { startAfterSeconds?: number; manager?: EntityManager } = {}): Promise<void> {
    const send: PgBoss.SendOptions = { ...this.options.queues[name].retry };
    if (options.startAfterSeconds) send.startAfter = options.startAfterSeconds;
    const runner = options.manager?.queryRunner;
    if (options.manager && !runner) throw new Error(`${name}: a job sent with a manager must be sent inside its transaction`);
    if (runner) send.db = { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
    await this.boss.send(name, data, send);
  }

  /**
   * Tests: runs, once, every job of `name` that exists now, also those waiting for their start
   * time (the injected clock, not the wall clock, decides what is due: see the handlers). Jobs
   * those runs enqueue wait for the next call. Returns how many ran.
   */
  async drain(name: Q): Promise<number> {
    const jobs = await this.boss.fetch<Record<string, unknown>>(name, { ignoreStartAfter: true, batchSize: 100 });
    for (const job of jobs) {
      try {
        await this.options.queues[name].handler(job.data);
        await this.boss.complete(name, job.id);
      } catch (error) {
        this.options.logger.warn('job failed', { queue: name, error: error instanceof Error ? error.message : String(error) });
        await this.boss.fail(name, job.id, { error: String(error) });
      }
    }
    return jobs.length;
  }

  /** Jobs of `name` not yet done (created, retry or active). */
  pending(name: Q): Promise<number> {
    return this.boss.getQueueSize(name, { before: 'completed' });
  }

  /** Unfinished jobs by queue and state (what /metrics shows as appmarket_job_queue_jobs). */
  depths() {
    return queueDepths(this.boss.getDb(), this.options.schema);
  }

  stop(): Promise<void> {
    this.unobserve();
    return this.boss.stop({ graceful: true, timeout: 5000, wait: true });
  }
}
