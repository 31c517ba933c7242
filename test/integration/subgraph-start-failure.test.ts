import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, ManualClock } from '@appmarket/core';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { peersFromMap } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { SUBGRAPHS } from '../../scripts/subgraphs';

/**
 * Issue 15: only telephony stopped its job queue when its server failed to start; catalog and
 * accounts stopped theirs through a routes-cleanup hook that a failed start never ran. Every
 * subgraph now starts through defineSubgraph: a start that fails leaves no queue connection behind.
 */
describe('a subgraph whose server cannot listen stops its job queue', () => {
  const WORKER_SWITCHES = ['CATALOG_JOB_WORKERS', 'ACCOUNTS_JOB_WORKERS', 'BILLING_JOB_WORKERS', 'TELEPHONY_JOB_WORKERS'];
  const savedEnv = Object.fromEntries(WORKER_SWITCHES.map((name) => [name, process.env[name]]));
  let database: ScratchDatabase;
  let taken: Server;
  const open: DataSource[] = [];
  beforeAll(async () => {
    // The queues start without workers: what is checked is their connections, not their work.
    for (const name of WORKER_SWITCHES) process.env[name] = 'off';
    database = await createTestDatabase();
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(savedEnv)) if (value === undefined) delete process.env[name]; else process.env[name] = value;
    await new Promise<void>((resolve) => taken.close(() => resolve()));
    for (const ds of open) await ds.destroy();
    await database.drop();
  });

  /** Connections of a pg-boss queue, by the application name JobQueue gives its pool. */
  const queueConnections = async (ds: DataSource, name: string): Promise<number> => {
    const application = `appmarket-${name.replace('-loyalty', '')}-jobs`;
    const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [application]);
    return count as number;
  };

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s', async (name, subgraph) => {
    const ds = subgraph.createDataSource(database.url, 2);
    open.push(ds);
    await migrateSubgraph(ds, subgraph.dbSchema);
    const startOn = (port: number) => subgraph.start({
      dataSource: ds, port, host: '127.0.0.1', clock: new ManualClock('2026-11-01T09:00:00Z'), logger: createLogger('test', 'error'), peers: peersFromMap({}),
    });
    // The check sees a running queue's connections (else it would pass whatever happened).
    const running = await startOn(0);
    expect(await queueConnections(ds, name)).toBeGreaterThan(0);
    await running.stop();

    await expect(startOn((taken.address() as AddressInfo).port)).rejects.toThrow(/EADDRINUSE/);
    // pool.end() has closed the queue's sockets; the server ends their backends right after. The
    // wait stays well under pg's idle timeout (10 s), which would close a leaked idle pool too.
    const deadline = Date.now() + 3_000;
    let left = await queueConnections(ds, name);
    while (left > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = await queueConnections(ds, name);
    }
    if (left > 0) throw new Error(`${name}: ${left} job-queue connection(s) still open 3 s after the failed start`);
  });
});
