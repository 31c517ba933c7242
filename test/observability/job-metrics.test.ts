import { createLogger } from '@appmarket/core';
import type { ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { JobQueue, pickupSeconds } from '@appmarket/jobs';
import { metricsRegistry } from '@appmarket/telemetry';

/**
 * Issue 16, item 4: a queue's depth (read at scrape time) and its pickup latency (measured as a
 * worker starts a job) are on /metrics, per service and queue.
 */
describe('job queue metrics', () => {
  let database: ScratchDatabase;
  let queue: JobQueue<'probe'>;
  const ran: unknown[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = await JobQueue.start({
      connectionString: database.url,
      schema: 'probe_jobs',
      applicationName: 'job-metrics-test',
      logger: createLogger('job-metrics-test', 'error'),
      work: true,
      // The first job holds its worker until the test has seen it active.
      queues: { probe: { retry: { retryLimit: 0 }, handler: async (data) => { ran.push(data); if (data.hold) await held; } } },
    });
  });
  afterAll(async () => {
    release();
    await queue?.stop();
    await database?.drop();
  });

  const series = async (name: string) => (await metricsRegistry.getSingleMetric(name)!.get()).values;

  it('counts unfinished jobs by state at scrape time and records how long each waited for a worker', async () => {
    await queue.send('probe', { hold: true });
    await queue.send('probe', { later: true }, { startAfterSeconds: 3600 });
    for (let i = 0; i < 100 && ran.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual([{ hold: true }]);

    const depth = (await series('appmarket_job_queue_jobs')).filter((v) => v.labels.service === 'probe');
    expect(depth.map((v) => [v.labels.queue, v.labels.state, v.value]).sort()).toEqual([['probe', 'active', 1], ['probe', 'deferred', 1]]);
    expect(await queue.depths()).toEqual(expect.arrayContaining([{ queue: 'probe', state: 'active', count: 1 }]));

    const pickups = (await series('appmarket_job_pickup_latency_seconds')).filter((v) => v.labels.service === 'probe' && v.labels.queue === 'probe');
    expect((pickups as { metricName?: string; value: number }[]).find((v) => v.metricName === 'appmarket_job_pickup_latency_seconds_count')?.value).toBe(1);
    release();
  });

  it('measures pickup from the later of creation and the start-after time', () => {
    const created = new Date('2026-11-01T09:00:00Z');
    expect(pickupSeconds({ createdOn: created, startAfter: created, startedOn: new Date('2026-11-01T09:00:00.250Z') })).toBe(0.25);
    expect(pickupSeconds({ createdOn: created, startAfter: new Date('2026-11-01T10:00:00Z'), startedOn: new Date('2026-11-01T10:00:01Z') })).toBe(1);
    expect(pickupSeconds({})).toBeUndefined();
  });
});
