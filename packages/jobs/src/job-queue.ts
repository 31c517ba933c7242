import type { Logger } from '@appmarket/core';
import { observeJobQueues, recordJobPickup } from '@appmarket/telemetry';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { pickupSeconds, queueDepths } from './queue-metrics';
import { WakeChannel } from './wake-channel';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/**
 * One queue of a subgraph: what runs a job, how it is retried, how fast it is picked up, an
 * optional cron. A process runs up to `workers × batchSize` jobs of the queue at once.
 * docs/jobs.md lists every queue's settings and why.
 */
export interface QueueDefinition {
  handler: JobHandler;
  retry: PgBoss.RetryOptions;
  /** Independent pg-boss workers in one process: several for handlers that wait on slow servers. Default 1. */
  workers?: number;
  /** Jobs one worker fetches at once and runs side by side (each completes or fails on its own). Default 1. */
  batchSize?: number;
  /**
   * How often the queue's first worker looks for due jobs when nothing woke it: it finds delayed and
   * retried jobs (new ones wake it at once, in every process). The other workers look 10× as seldom.
   * Default 1 s (pg-boss allows ≥ 0.5 s).
   */
  pollingIntervalSeconds?: number;
  /**
   * A job still active this long after it started is taken for lost (its process died) and retried
   * by the next maintenance run; it is also the longest a handler may take. Default 60 s.
   */
  expireInSeconds?: number;
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
  /** How often expired jobs are retried (and old ones archived), once across replicas. Default 10 s. */
  maintenanceIntervalSeconds?: number;
  /** The `service` label of the queue metrics; the schema without `_jobs` by default. */
  service?: string;
}

export const JOB_DEFAULTS = { workers: 1, batchSize: 1, pollingIntervalSeconds: 1, expireInSeconds: 60, maintenanceIntervalSeconds: 10 } as const;
/** Workers after a queue's first poll this many times as seldom: wake-ups, not polls, bring them work. */
const SECONDARY_POLL_FACTOR = 10;

/** The options a job of `queue` is sent with (retry and expiry travel with each job in pg-boss 10). */
function jobOptionsOf(queue: QueueDefinition): PgBoss.SendOptions {
  return { ...queue.retry, expireInSeconds: queue.expireInSeconds ?? JOB_DEFAULTS.expireInSeconds };
}

/**
 * pg-boss behind the operations a subgraph needs: send (inside the caller's transaction when
 * given one, so a job exists exactly when the change that needs it does), work, and drain (tests
 * run due jobs now, under their injected clock). Survives restarts and scales to many replicas:
 * the jobs are rows in Postgres, fetched with SKIP LOCKED. A sent job wakes one idle worker in
 * every process working its queue (LISTEN/NOTIFY), and a worker that found a full batch looks
 * again at once and wakes a second one, so a burst drains at full concurrency instead of one
 * batch per polling interval.
 */
export class JobQueue<Q extends string = string> {
  /** Worker ids by queue, and those running jobs now. */
  private readonly workers = new Map<string, string[]>();
  private readonly busy = new Set<string>();
  private readonly nextWake = new Map<string, number>();
  private wake?: WakeChannel;
  private unobserve: () => void = () => undefined;
  private readonly service: string;

  private constructor(private readonly boss: PgBoss, private readonly options: JobQueueOptions<Q>) {
    this.service = options.service ?? options.schema.replace(/_jobs$/, '');
  }

  /** The NOTIFY channel of a pg-boss schema (one per subgraph). */
  static channelOf(schema: string): string {
    return `${schema}_wake`;
  }

  static async start<Q extends string>(options: JobQueueOptions<Q>): Promise<JobQueue<Q>> {
    const hasCron = Object.values<QueueDefinition>(options.queues).some((q) => q.cron);
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema,
      max: options.poolSize ?? 3,
      application_name: options.applicationName,
      schedule: hasCron,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? JOB_DEFAULTS.maintenanceIntervalSeconds,
    });
    boss.on('error', (error) => options.logger.error('job queue error', { schema: options.schema, error: error.message }));
    await boss.start();
    const queue = new JobQueue(boss, options);
    for (const [name, definition] of Object.entries<QueueDefinition>(options.queues)) {
      // createQueue keeps an existing queue's settings: update them so a changed definition applies.
      const settings = { name, ...jobOptionsOf(definition) };
      // Replicas starting together on a fresh schema deadlock in pg-boss's createQueue (40P01);
      // every step here is idempotent, so the loser of the deadlock simply does it again.
      await retryOnDeadlock(async () => {
        await boss.createQueue(name, settings);
        await boss.updateQueue(name, settings);
        if (definition.cron) await boss.schedule(name, definition.cron, {}, jobOptionsOf(definition));
      });
    }
    if (options.work) await queue.startWorkers();
    // Depth per queue and state at scrape time (packages/telemetry), one grouped count per scrape.
    queue.unobserve = observeJobQueues(queue.service, () => queueDepths(boss.getDb(), options.schema));
    return queue;
  }

  private async startWorkers(): Promise<void> {
    const { options, boss } = this;
    this.wake = new WakeChannel(JobQueue.channelOf(options.schema), options.connectionString, `${options.applicationName}-wake`, (name) => this.wakeOne(name), options.logger);
    await this.wake.start();
    for (const [name, definition] of Object.entries<QueueDefinition>(options.queues)) {
      const batchSize = definition.batchSize ?? JOB_DEFAULTS.batchSize;
      const polling = definition.pollingIntervalSeconds ?? JOB_DEFAULTS.pollingIntervalSeconds;
      const ids: string[] = [];
      this.workers.set(name, ids);
      for (let i = 0; i < (definition.workers ?? JOB_DEFAULTS.workers); i++) {
        let id = '';
        id = await boss.work<Record<string, unknown>>(
          name,
          { batchSize, pollingIntervalSeconds: i === 0 ? polling : polling * SECONDARY_POLL_FACTOR, includeMetadata: true },
          async (jobs) => {
            this.busy.add(id);
            try {
              await Promise.all(jobs.map((job) => this.run(name as Q, job)));
            } finally {
              this.busy.delete(id);
            }
            // A full batch: more may be waiting. Look again at once, and bring one more worker in.
            if (jobs.length === batchSize) {
              boss.notifyWorker(id);
              this.wakeOne(name);
            }
          },
        );
        ids.push(id);
      }
    }
  }

  /** Runs one job of a batch: a failure fails that job alone (pg-boss completes the others). */
  private async run(name: Q, job: PgBoss.JobWithMetadata<Record<string, unknown>>): Promise<void> {
    const waited = pickupSeconds(job);
    if (waited !== undefined) recordJobPickup(this.service, name, waited);
    try {
      await this.options.queues[name].handler(job.data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.warn('job failed', { queue: name, job: job.id, error: message });
      await this.boss.fail(name, job.id, { message });
    }
  }

  /** Wakes an idle worker of `name` in this process (round robin), or else a busy one to look again when done. */
  private wakeOne(name: string): void {
    const ids = this.workers.get(name);
    if (!ids?.length) return;
    const start = this.nextWake.get(name) ?? 0;
    let chosen = ids[start % ids.length]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[(start + k) % ids.length]!;
      if (!this.busy.has(id)) {
        chosen = id;
        break;
      }
    }
    this.nextWake.set(name, start + 1);
    this.boss.notifyWorker(chosen);
  }

  /** Enqueues a job; with `manager`, inside that transaction (it is kept only if the change is). */
  async send(name: Q, data: object, options: { startAfterSeconds?: number; manager?: EntityManager } = {}): Promise<void> {
    const send: PgBoss.SendOptions = jobOptionsOf(this.options.queues[name]);
    if (options.startAfterSeconds) send.startAfter = options.startAfterSeconds;
    const runner = options.manager?.queryRunner;
    if (options.manager && !runner) throw new Error(`${name}: a job sent with a manager must be sent inside its transaction`);
    if (runner) send.db = { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
    await this.boss.send(name, data, send);
    if (send.startAfter) return; // a delayed job is found by polling when it comes due
    // Inside the transaction, the wake-up is delivered on commit, when the job is visible.
    const wake = [JobQueue.channelOf(this.options.schema), name];
    if (runner) await runner.query(WakeChannel.NOTIFY_SQL, wake);
    else await this.boss.getDb().executeSql(WakeChannel.NOTIFY_SQL, wake);
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

  async stop(): Promise<void> {
    this.unobserve();
    await this.wake?.stop();
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true });
  }
}

const DEADLOCK = '40P01';

/** Runs `step` again (a few times, after a short random pause) when PostgreSQL chose it as a deadlock's victim. */
export async function retryOnDeadlock<T>(step: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 100 * attempt));
    }
  }
}
