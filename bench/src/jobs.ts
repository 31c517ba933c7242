import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { createLogger } from '@appmarket/core';
import { migrateSubgraph } from '@appmarket/db';
import { JobQueue } from '@appmarket/jobs';
import { accountsSubgraph } from '@appmarket/accounts';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { JOBS_SCHEMA } from '@appmarket/accounts/src/jobs/job-queue';
import { DataSource } from 'typeorm';
import { customAccess, fakeApp, FakePeers, FakeVendor, userIdentity } from '../../test/support/accounts-factories';
import { makeAccount, makeUser } from '../../test/support/factories';
import { subgraphHeadersFor, TEST_INTERNAL_IDENTITY_KEYS } from '../../test/support/identity';
import { postGraphQL } from '../../test/support/stack';
import { openBenchDatabase } from './database';

/**
 * `npm run bench:jobs` (issue 20 item 3, issue 16 item 5): how fast background jobs are picked up
 * and how fast a burst of installs reaches vendors and peers. Tests may not time; this does.
 *
 * 1. **pickup**: a process with workers off sends 50 jobs per second for 10 s to a queue worked by
 *    two replicas (two JobQueues, each with its own pool and LISTEN connection, as two processes
 *    have) with the peer-call settings (2 workers × 5 per batch); pickup = the job's `started_on`
 *    minus its `created_on`, as pg-boss stored them.
 * 2. **burst**: 50 installs of a SERVER app in 5 s (one every 100 ms) through an accounts process
 *    with workers off; two accounts replicas with workers on do the jobs (each an OS process of
 *    its own); a fake vendor answers at once, fake catalog and billing (in this process) record
 *    their calls. Latency =
 *    the vendor's (or peer's) receipt minus the install mutation's answer (negative when the job
 *    ran before the answer reached the client). pg-boss's `created_on` is the install
 *    transaction's start, so pickup is not read from its table here.
 *
 * Goals: pickup p99 < 1 s; vendor p99 < 2 s; every other queue p99 < 1 s. Prints a table and
 * writes bench/.work/jobs-<time>.json; docs/BENCHMARKS.md, "Jobs (issue 20)", keeps the figures.
 */
const ROOT = path.resolve(__dirname, '../..');
const WORKER = path.join(ROOT, 'test/support/accounts-worker-process.ts');
const GOALS = { pickupP99Ms: 1000, vendorP99Ms: 2000, peerP99Ms: 1000 };
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: Math.round(sorted[sorted.length - 1] ?? NaN) };
}

const row = (name: string, s: Stats, goal?: number) =>
  `| ${name} | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${goal === undefined ? '' : s.p99 < goal ? `< ${goal} ✓` : `< ${goal} ✗`} |`;

/** started_on − created_on of every job that ran and was due at once (no start_after delay), by queue. */
async function pickups(url: string, schema: string): Promise<Map<string, number[]>> {
  const ds = new DataSource({ type: 'postgres', url });
  await ds.initialize();
  const rows: { name: string; ms: number }[] = await ds.query(
    `SELECT name, EXTRACT(epoch FROM started_on - created_on) * 1000 AS ms FROM ${schema}.job
      WHERE started_on IS NOT NULL AND start_after <= created_on + interval '5 ms' AND name NOT LIKE '\\_\\_%'`,
  );
  await ds.destroy();
  const byQueue = new Map<string, number[]>();
  for (const r of rows) byQueue.set(r.name, [...(byQueue.get(r.name) ?? []), Number(r.ms)]);
  return byQueue;
}

async function pickupAtFiftyPerSecond(url: string): Promise<Stats> {
  const logger = createLogger('bench-jobs', 'error');
  const queue = 'bench-pickup';
  let ran = 0;
  const definition = { retry: { retryLimit: 2 }, workers: 2, batchSize: 5, handler: async () => void ran++ };
  const start = (work: boolean) =>
    JobQueue.start({ connectionString: url, schema: 'bench_jobs', applicationName: 'bench-jobs', queues: { [queue]: definition }, logger, work });
  const sender = await start(false);
  const replicas = [await start(true), await start(true)];
  const total = 500;
  const began = Date.now();
  for (let i = 0; i < total; i++) {
    await sleep(Math.max(0, began + i * 20 - Date.now()));
    await sender.send(queue, { i });
  }
  while (ran < total) await sleep(50);
  for (const q of [sender, ...replicas]) await q.stop();
  return stats((await pickups(url, 'bench_jobs')).get(queue) ?? []);
}

/** Every process this run started: killed when it ends, however it ends. */
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

/** An accounts process of its own; resolves with its URL once it serves (and works, if `workers`). */
function startAccounts(url: string, peersUrl: string, workers: boolean): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', WORKER], {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: url, PEERS_URL: peersUrl, VENDOR_API_TIMEOUT_MS: '10000', ACCOUNTS_JOB_WORKERS: workers ? 'on' : 'off',
      INTERNAL_IDENTITY_PUBLIC_KEYS: TEST_INTERNAL_IDENTITY_KEYS.publicKeys,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const ready = /ready (\S+)/.exec(chunk.toString());
      if (ready) resolve({ child, url: ready[1]! });
    });
    child.on('exit', (code) => reject(new Error(`accounts process exited (${code})`)));
  });
}

/** Records when each element is pushed onto `list` (the fake peers' call logs). */
function stamp<T>(list: T[], key: (item: T) => string, at: Map<string, number>): void {
  const push = list.push.bind(list);
  list.push = (...items: T[]) => {
    for (const item of items) at.set(key(item), Date.now());
    return push(...items);
  };
}

async function installBurst(url: string) {
  const dataSource = accountsSubgraph.createDataSource(url, 10);
  await dataSource.initialize();
  await migrateSubgraph(dataSource, accountsSubgraph.dbSchema);
  const peers = new FakePeers();
  await peers.start();
  const vendor = new FakeVendor();
  await vendor.start();
  const vendorAt = new Map<string, number>();
  vendor.onRequest = (r) => vendorAt.set(r.path.split('/').pop()!, Date.now()); // by account id
  const catalogAt = new Map<string, number>();
  stamp(peers.installStates, (s) => s.accountId, catalogAt);
  const confirmedAt = new Map<string, number>();
  stamp(peers.confirmed, (id) => id, confirmedAt);
  // Three processes, as deployed: one serves the install mutations (workers off), two work the jobs.
  // This process holds only the fake peers, the fake vendor and the client.
  const processes = [await startAccounts(url, peers.url, false), await startAccounts(url, peers.url, true), await startAccounts(url, peers.url, true)];
  const accountsUrl = processes[0]!.url;
  const app = peers.add(fakeApp({ type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW'] }), vendorApi: { endpointBase: vendor.url, additionalEvents: [] } }));
  const admins = [];
  for (let i = 0; i < 50; i++) {
    const account = await makeAccount(dataSource);
    admins.push(await makeUser(dataSource, account, { role: UserRole.ADMIN }));
  }
  const installedAt = new Map<string, { accountId: string; installId: string; at: number }>();
  const began = Date.now();
  await Promise.all(admins.map(async (admin, i) => {
    await sleep(i * 100);
    const result = await postGraphQL<{ installApp: { install: { id: string } } }>(accountsUrl, 'mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: app.id }, subgraphHeadersFor(userIdentity(admin)));
    if (!result.body.data) throw new Error(JSON.stringify(result.body.errors));
    installedAt.set(admin.accountId, { accountId: admin.accountId, installId: result.body.data.installApp.install.id, at: Date.now() });
  }));
  const installSeconds = (Date.now() - began) / 1000;
  const deadline = Date.now() + 60_000;
  while ((vendorAt.size < 50 || catalogAt.size < 50 || confirmedAt.size < 50) && Date.now() < deadline) await sleep(100);
  const after = (at: Map<string, number>, key: (i: { accountId: string; installId: string }) => string) =>
    [...installedAt.values()].filter((i) => at.has(key(i))).map((i) => at.get(key(i))! - i.at);
  // Jobs that needed more than one run, and why (a busy machine shows here first).
  const retried: { name: string; retry_count: number; output: unknown }[] = await dataSource.query(
    `SELECT name, retry_count, output FROM ${JOBS_SCHEMA}.job WHERE retry_count > 0 AND name NOT LIKE '\\_\\_%'`,
  );
  const attempts: { attempts: number; n: number }[] = await dataSource.query('SELECT attempts, count(*)::int AS n FROM vendor_calls GROUP BY attempts');
  // Where a vendor call's time goes: from the install's answer to its job's start (pickup, and
  // the wait for a free worker), to the attempt recorded (reads of app, secret, account, billing),
  // to the vendor's receipt (the recording transaction, the JWT, the HTTP request).
  const phases: { account_id: string; started: Date; attempted: Date }[] = await dataSource.query(
    `SELECT i.account_id, j.started_on AS started, c.first_attempt_at AS attempted
       FROM ${JOBS_SCHEMA}.job j JOIN vendor_calls c ON c.id = (j.data->>'callId')::uuid JOIN installs i ON i.id = c.install_id
      WHERE j.name = 'vendor-call' AND (j.data->>'attempt')::int = 1 AND j.started_on IS NOT NULL`,
  );
  const phase = (f: (p: (typeof phases)[number], answered: number) => number) =>
    stats(phases.filter((p) => installedAt.has(p.account_id)).map((p) => f(p, installedAt.get(p.account_id)!.at)));
  const vendorPhases = {
    toJobStart: phase((p, answered) => p.started.getTime() - answered),
    jobStartToAttempt: phase((p) => p.attempted.getTime() - p.started.getTime()),
    attemptToVendor: phase((p) => (vendorAt.get(p.account_id) ?? NaN) - p.attempted.getTime()),
  };
  const result = {
    vendorPhases,
    retriedJobs: retried.map((r) => ({ queue: r.name, retries: r.retry_count, output: JSON.stringify(r.output).slice(0, 200) })),
    vendorCallAttempts: attempts,
    installSeconds,
    vendor: stats(after(vendorAt, (i) => i.accountId)),
    catalogInstallState: stats(after(catalogAt, (i) => i.accountId)),
    billingInstallConfirmed: stats(after(confirmedAt, (i) => i.installId)),
  };
  for (const { child } of processes) child.kill('SIGTERM');
  await vendor.stop();
  await peers.stop();
  await dataSource.destroy();
  return result;
}

async function main(): Promise<void> {
  const database = await openBenchDatabase(log);
  try {
    log('[bench:jobs] pickup at 50 jobs/s, two replicas …');
    const pickup = await pickupAtFiftyPerSecond(database.url);
    log('[bench:jobs] 50 installs in 5 s, two accounts replicas …');
    const burst = await installBurst(database.url);
    log('');
    log('| measure (ms) | n | p50 | p95 | p99 | max | goal (p99) |');
    log('|---|---|---|---|---|---|---|');
    log(row('pickup, 50 jobs/s for 10 s', pickup, GOALS.pickupP99Ms));
    log(row('install → vendor PUT', burst.vendor, GOALS.vendorP99Ms));
    log(row('  of which: install → its job started', burst.vendorPhases.toJobStart));
    log(row('  of which: job started → attempt recorded', burst.vendorPhases.jobStartToAttempt));
    log(row('  of which: attempt recorded → vendor', burst.vendorPhases.attemptToVendor));
    log(row('install → catalog recordInstallState', burst.catalogInstallState, GOALS.peerP99Ms));
    log(row('install → billing confirmInstall', burst.billingInstallConfirmed, GOALS.peerP99Ms));
    const machine = `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at the end`;
    log(`\n${machine}`);
    log(`50 installs were answered in ${burst.installSeconds.toFixed(1)} s.`);
    log(`vendor calls by attempts: ${JSON.stringify(burst.vendorCallAttempts)}; jobs run more than once: ${burst.retriedJobs.length}`);
    for (const r of burst.retriedJobs.slice(0, 10)) log(`  ${r.queue} ×${r.retries + 1}: ${r.output}`);
    const dir = path.join(ROOT, 'bench/.work');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `jobs-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ machine, goals: GOALS, pickup, burst }, null, 2));
    log(`[bench:jobs] wrote ${path.relative(ROOT, file)}`);
  } finally {
    await database.stop();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
