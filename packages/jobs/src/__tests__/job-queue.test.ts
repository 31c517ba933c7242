import { createLogger } from '@appmarket/core';
import type { ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { DataSource } from 'typeorm';
import { JobQueue, type QueueDefinition } from '../job-queue';

/**
 * The queue's pickup, without timing anything: workers poll every 5 minutes here, so a job only
 * runs within the test if a wake-up brings a worker to it. The sender works no jobs, as the
 * process serving a GraphQL request often does not (issue 16 item 5, issue 20 item 3).
 */
const NEVER_POLL = 300;
const logger = createLogger('jobs-test', 'error');
let database: ScratchDatabase;
let dataSource: DataSource;
const started: JobQueue[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = new DataSource({ type: 'postgres', url: database.url });
  await dataSource.initialize();
});
afterAll(async () => {
  for (const queue of started) await queue.stop();
  await dataSource.destroy();
  await database.drop();
});

async function start(queues: Record<string, QueueDefinition>, work: boolean): Promise<JobQueue> {
  const queue = await JobQueue.start({ connectionString: database.url, schema: 'jobs_test', applicationName: 'jobs-test', queues, logger, work });
  started.push(queue);
  return queue;
}

/** Resolves once `condition` holds; gives up after 30 s (a hang guard, not a speed check) so no loop outlives its test. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const giveUp = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > giveUp) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('a job sent from a process that works none wakes a worker of another process at once', async () => {
  const ran: unknown[] = [];
  const definition: QueueDefinition = { retry: { retryLimit: 0 }, batchSize: 5, pollingIntervalSeconds: NEVER_POLL, handler: async (data) => void ran.push(data.n) };
  await start({ wake: definition }, true);
  const sender = await start({ wake: definition }, false);
  for (const n of [1, 2]) {
    // The worker has looked (at start, or after the last job) and found nothing: it sleeps until woken.
    await until(async () => (await sender.pending('wake')) === 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sender.send('wake', { n });
    await until(() => ran.length === n);
  }
  expect(ran).toEqual([1, 2]);
});

it('sent inside a transaction: the wake-up comes on commit, and a rolled-back job never runs', async () => {
  const ran: number[] = [];
  const definition: QueueDefinition = { retry: { retryLimit: 0 }, pollingIntervalSeconds: NEVER_POLL, handler: async (data) => void ran.push(Number(data.n)) };
  await start({ tx: definition }, true);
  const sender = await start({ tx: definition }, false);
  await expect(dataSource.transaction(async (m) => {
    await sender.send('tx', { n: 1 }, { manager: m });
    throw new Error('rolled back');
  })).rejects.toThrow('rolled back');
  await dataSource.transaction((m) => sender.send('tx', { n: 2 }, { manager: m }));
  await until(() => ran.length === 1);
  expect(ran).toEqual([2]);
  expect(await sender.pending('tx')).toBe(0);
});

it('a burst drains at full concurrency: a full batch makes the worker look again at once', async () => {
  const ran: number[] = [];
  const definition: QueueDefinition = {
    retry: { retryLimit: 0 }, workers: 2, batchSize: 5, pollingIntervalSeconds: NEVER_POLL, handler: async (data) => void ran.push(Number(data.n)),
  };
  await start({ burst: definition }, true);
  const sender = await start({ burst: definition }, false);
  // One transaction: PostgreSQL delivers one notification for its 30 identical ones, one worker wakes.
  await dataSource.transaction(async (m) => {
    for (let n = 0; n < 30; n++) await sender.send('burst', { n }, { manager: m });
  });
  await until(() => ran.length === 30);
  expect(new Set(ran).size).toBe(30);
});

it('in a batch, a failing job fails alone: the others complete, it is retried', async () => {
  let failures = 0;
  const ran: number[] = [];
  const definition: QueueDefinition = {
    retry: { retryLimit: 1, retryDelay: 0 }, batchSize: 5, pollingIntervalSeconds: NEVER_POLL,
    handler: async (data) => {
      if (data.n === 3 && failures++ === 0) throw new Error('first run of job 3 fails');
      ran.push(Number(data.n));
    },
  };
  const sender = await start({ batch: definition }, false);
  await dataSource.transaction(async (m) => {
    for (let n = 0; n < 5; n++) await sender.send('batch', { n }, { manager: m });
  });
  await start({ batch: definition }, true);
  // The first batch runs 0, 1, 2, 4 and completes them; job 3 goes to retry. The working replica
  // may take the retry itself (a full batch makes it look again at once); if it went to sleep,
  // polling would find it later: run it now. Either way each job ran exactly once, 3 after a failure.
  await until(() => ran.length >= 4);
  expect(ran.filter((n) => n !== 3).sort()).toEqual([0, 1, 2, 4]);
  if (!ran.includes(3)) await sender.drain('batch');
  await until(() => ran.includes(3));
  expect(ran.sort()).toEqual([0, 1, 2, 3, 4]);
  expect(failures).toBe(2); // job 3 ran twice: failed once, then succeeded
});

it('replicas starting together on a fresh schema both start (pg-boss createQueue deadlocks otherwise; issue 20)', async () => {
  const definition: QueueDefinition = { retry: { retryLimit: 0 }, handler: async () => undefined };
  const queues = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [`together-${n}`, definition]));
  const both = await Promise.all([0, 1].map(() => JobQueue.start({
    connectionString: database.url, schema: 'jobs_together', applicationName: 'jobs-test', queues, logger, work: false,
  })));
  started.push(...both);
  expect(both).toHaveLength(2);
});
