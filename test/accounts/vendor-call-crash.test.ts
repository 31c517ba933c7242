import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createLogger, systemClock } from '@appmarket/core';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { peersFromMap } from '@appmarket/federation';
import { accountsSubgraph, createAccountsSubgraph, type RunningAccounts } from '@appmarket/accounts';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { VendorCall } from '@appmarket/accounts/src/vendor-api/vendor-call.entity';
import type { DataSource } from 'typeorm';
import { makeAccount, makeUser } from '../support/factories';
import { customAccess, fakeApp, FakePeers, FakeVendor, SERVICE, userIdentity, type VendorRequest } from '../support/accounts-factories';
import { postGraphQL } from '../support/stack';
import { subgraphHeadersFor } from '../support/identity';

/**
 * Issue 20, item 1: an accounts process killed (`kill -9`) while the vendor is still answering
 * its activation. The call is retried by another process on vendor-api.md's schedule (10 s), not
 * after pg-boss's 15-minute expiry, with the same request id and the same token (SV-1, SV-2); the
 * vendor keeps a token that works, and it is the install's only live one.
 */
const ROOT = path.resolve(__dirname, '../..');
const WORKER = path.join(ROOT, 'test/support/accounts-worker-process.ts');
const INSTALL = 'mutation($appId: ID!) { installApp(appId: $appId) { install { id } userErrors { field message code } } }';
const CREDENTIAL = 'query($token: String!) { installByAccessToken(token: $token) { installId status } }';

let database: ScratchDatabase;
let dataSource: DataSource;
let peers: FakePeers;
let vendor: FakeVendor;
let accounts: RunningAccounts;
const children: ChildProcess[] = [];

/** A replica with job workers on, in its own process; resolves once its workers run. */
function startReplica(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', WORKER], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url, PEERS_URL: peers.url, VENDOR_API_TIMEOUT_MS: '5000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`replica exited (${code}) before it was ready: ${errors}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Waits for the vendor's `n`-th request (the test's time-out is the only bound). */
async function requestNumber(n: number): Promise<VendorRequest> {
  while (vendor.requests.length < n) await new Promise((resolve) => setTimeout(resolve, 100));
  return vendor.requests[n - 1]!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = accountsSubgraph.createDataSource(database.url, 4);
  await dataSource.initialize();
  await migrateSubgraph(dataSource, accountsSubgraph.dbSchema);
  peers = new FakePeers();
  await peers.start();
  vendor = new FakeVendor();
  await vendor.start();
  // The process that serves the install mutation works no jobs: the replicas below do.
  accounts = await createAccountsSubgraph({
    config: { ACCOUNTS_JOB_WORKERS: 'off', ACCOUNTS_FREE_APP_LIMITS: {}, EGRESS_ALLOW_HTTP: 'on', EGRESS_ALLOW_PRIVATE_NETWORKS: 'on' },
  }).start({
    dataSource, port: 0, host: '127.0.0.1', clock: systemClock, logger: createLogger('accounts-test', 'error'),
    peers: peersFromMap({ catalog: peers.url, billing: peers.url }),
  });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) await killed(child);
  await accounts?.stop();
  await vendor?.stop();
  await peers?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

it('SV-1, SV-2: a replica killed mid-call: another one retries on the schedule with the same request id and token, which works; one live token', async () => {
  const app = peers.add(fakeApp({ type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW'] }), vendorApi: { endpointBase: vendor.url, additionalEvents: [] } }));
  vendor.replies.push('no-answer'); // the vendor is still thinking when the first replica dies
  const doomed = await startReplica();
  let firstArrived!: () => void;
  const first = new Promise<void>((resolve) => (firstArrived = resolve));
  vendor.onRequest = () => firstArrived();

  const account = await makeAccount(dataSource);
  const admin = await makeUser(dataSource, account, { role: UserRole.ADMIN });
  const installed = await postGraphQL<{ installApp: { install: { id: string } } }>(accounts.url, INSTALL, { appId: app.id }, subgraphHeadersFor(userIdentity(admin)));
  expect(installed.body.errors).toBeUndefined();
  const installId = installed.body.data!.installApp.install.id;

  await first;
  await killed(doomed);
  // Recorded before it was sent: the attempt, its token, and when the next one is due.
  const [atKill] = await dataSource.getRepository(VendorCall).findBy({ installId });
  expect(atKill).toMatchObject({ status: 'PENDING', attempts: 1, lastResult: 'sent, no answer yet' });
  expect(atKill!.tokenId).not.toBeNull();
  expect(atKill!.nextAttemptAt!.getTime() - atKill!.firstAttemptAt!.getTime()).toBe(10_000);

  await startReplica();
  const retry = await requestNumber(2);
  const original = vendor.requests[0]!;
  expect(retry.headers['x-lognex-requestid']).toBe(original.headers['x-lognex-requestid']);
  const tokenOf = (r: VendorRequest) => (r.body.access as { access_token: string }[])[0]!.access_token;
  expect(tokenOf(retry)).toBe(tokenOf(original));

  // Settled by the retry: on the schedule (10 s after the first attempt), far from pg-boss's 15-minute expiry.
  let call = atKill!;
  while (call.status === 'PENDING') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    call = (await dataSource.getRepository(VendorCall).findOneByOrFail({ id: call.id }));
  }
  expect(call).toMatchObject({ status: 'DONE', attempts: 2, tokenSealed: null });
  const retriedAfter = call.lastAttemptAt!.getTime() - call.firstAttemptAt!.getTime();
  expect(retriedAfter).toBeGreaterThanOrEqual(10_000);
  expect(retriedAfter).toBeLessThan(60_000);
  expect(vendor.requests).toHaveLength(2);
  expect((await dataSource.getRepository(Install).findOneByOrFail({ id: installId })).activationState).toBe('Activated');

  // The token the vendor kept from the first delivery works, and it is the install's only live one.
  const seen = await postGraphQL<{ installByAccessToken: { installId: string } | null }>(accounts.url, CREDENTIAL, { token: tokenOf(original) }, subgraphHeadersFor(SERVICE));
  expect(seen.body.data?.installByAccessToken?.installId).toBe(installId);
  const live: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM app_tokens WHERE install_id = $1 AND revoked_at IS NULL', [installId]);
  expect(live[0]!.n).toBe(1);
});
