import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { billingSubgraph } from '@appmarket/billing';
import type { RunningServer, SubgraphModule } from '@appmarket/federation';
import { waitUntilAnswering } from '../../scripts/processes';
import { makeAccount, makeApp, makeInstall, makeInstallBilling, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor, TEST_INTERNAL_IDENTITY_KEYS } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';

/**
 * Issue 14 item 4, issue 19 item 3 ("Done when: a subgraph outage costs only that subgraph's
 * fields, including under a storefront page"): billing runs as its own OS process, as deployed
 * (`subgraphs/billing/src/main.ts`), and is SIGKILLed mid-run. The same storefront query then
 * keeps the catalog's root fields and the account, with `paidAppOptions: null` and one error at
 * its path naming billing (UPSTREAM_UNAVAILABLE, docs/ERRORS.md), and nothing of our insides.
 */
const ROOT = path.resolve(__dirname, '../..');

type Outcome = {
  data?: {
    storefront: { edges: { node: { id: string; name: string } }[] } | null;
    vendors: { alias: string }[] | null;
    account: { name: string; paidAppOptions: { total: number; free: number } | null } | null;
  } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

const STOREFRONT_PAGE = `query Page($accountId: ID!) {
  storefront(first: 5) { edges { node { id name } } }
  vendors { alias }
  account(id: $accountId) { name paidAppOptions { total free } }
}`;

describe('billing killed mid-run: the outage costs only billing\'s fields', () => {
  let stack: TestStack;
  let billing: ChildProcess | undefined;
  let billingLog = '';
  let admin: Parameters<typeof gatewayHeadersFor>[0];
  let accountId: string;
  let installId: string;

  beforeAll(async () => {
    stack = await startTestStack({ subgraphs: { billing: billingAsProcess() } });
    const { catalog, accounts, billing: billingDb } = stack.dataSources;
    const vendor = await makeVendor(catalog!, { alias: 'outage-vendor' });
    const app = await makeApp(catalog!, vendor, { alias: 'outage-app', status: AppStatus.PUBLISHED, type: AppType.IFRAME });
    const account = await makeAccount(accounts!, { name: 'Outage Ltd' });
    const user = await makeUser(accounts!, account); // an ADMIN: the storefront is theirs (DL-5)
    const install = await makeInstall(accounts!, account, app);
    await makeInstallBilling(billingDb!, install);
    accountId = account.id;
    installId = install.id;
    admin = { kind: 'user', userId: user.id, accountId: account.id, role: 'ADMIN' };
  }, 120_000);
  afterAll(async () => {
    billing?.kill('SIGKILL');
    await stack?.stop();
  });

  /** Billing's entry point as `npm start` runs it, on a free port, against the test's database. */
  function billingAsProcess(): SubgraphModule {
    return {
      ...billingSubgraph,
      async start({ dataSource, peers }): Promise<RunningServer> {
        const port = await freePort();
        const child = spawn(process.execPath, ['-r', '@swc-node/register', 'subgraphs/billing/src/main.ts'], {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: String((dataSource.options as { url?: string }).url),
            BILLING_PORT: String(port),
            BILLING_JOB_WORKERS: 'off',
            LOG_LEVEL: 'warn',
            INTERNAL_IDENTITY_PRIVATE_KEY: TEST_INTERNAL_IDENTITY_KEYS.privateKeys.billing!,
            INTERNAL_IDENTITY_PUBLIC_KEYS: TEST_INTERNAL_IDENTITY_KEYS.publicKeys,
            SUBGRAPH_ACCOUNTS_URL: peers.urlOf('accounts'),
            SUBGRAPH_CATALOG_URL: peers.urlOf('catalog'),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout?.on('data', (chunk: Buffer) => void (billingLog += chunk.toString()));
        child.stderr?.on('data', (chunk: Buffer) => void (billingLog += chunk.toString()));
        billing = child;
        try {
          await waitUntilAnswering(`http://127.0.0.1:${port}/health`, { timeoutMs: 60_000 });
        } catch (error) {
          child.kill('SIGKILL');
          throw new Error(`billing did not start: ${String(error)}\n${billingLog}`);
        }
        return {
          url: `http://127.0.0.1:${port}/graphql`,
          port,
          httpServer: undefined as never,
          readiness: undefined as never, // a separate process: its readiness is its own /health/ready
          stop: () => stopped(child),
        };
      },
    };
  }

  it('with billing up the page is whole; SIGKILLed, the catalog data and the account stay, paidAppOptions is null with one error at its path', async () => {
    const before = (await stack.query<Outcome['data']>(STOREFRONT_PAGE, { accountId }, gatewayHeadersFor(admin))).body as Outcome;
    expect(before.errors).toBeUndefined();
    expect(before.data?.account).toEqual({ name: 'Outage Ltd', paidAppOptions: { total: 0, free: 0 } });

    billing!.kill('SIGKILL');
    await stopped(billing!);
    expect(billing!.signalCode).toBe('SIGKILL');

    const response = await stack.query<Outcome['data']>(STOREFRONT_PAGE, { accountId }, gatewayHeadersFor(admin));
    const after = response.body as Outcome;
    expect(response.status).toBe(200);
    expect(after.data).toEqual({
      storefront: { edges: [{ node: { id: expect.any(String), name: expect.any(String) } }] },
      vendors: expect.arrayContaining([{ alias: 'outage-vendor' }]),
      account: { name: 'Outage Ltd', paidAppOptions: null },
    });
    expect(after.data).toEqual({ ...before.data, account: { ...before.data!.account, paidAppOptions: null } });
    expect(after.errors).toEqual([{
      message: expect.stringContaining('billing'),
      path: ['account', 'paidAppOptions'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'billing' },
    }]);
    // Nothing of our insides: no URL, port, socket error or stack.
    expect(JSON.stringify(after.errors)).not.toMatch(/127\.0\.0\.1|localhost|http:|ECONNREFUSED|socket|at \w+ \(/i);
  });

  it('billing still down: each install keeps its data, each billing is null with the error at its own path; billing\'s root field is null beside the catalog\'s', async () => {
    const { body } = await stack.query<{ account: { installs: { id: string; status: string; billing: unknown }[] }; subscriptionPrices: unknown; vendors: unknown[] }>(
      `query ($accountId: ID!) { account(id: $accountId) { installs { id status billing { state } } } subscriptionPrices { periodMonths } vendors { alias } }`,
      { accountId }, gatewayHeadersFor(admin));
    expect(body.data).toEqual({
      account: { installs: [{ id: installId, status: 'ACTIVE', billing: null }] },
      subscriptionPrices: null,
      vendors: expect.arrayContaining([{ alias: 'outage-vendor' }]),
    });
    expect(body.errors?.map((e) => [e.path, e.extensions])).toEqual(expect.arrayContaining([
      [['account', 'installs', 0, 'billing'], { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'billing' }],
      [['subscriptionPrices'], { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'billing' }],
    ]));
    expect(body.errors).toHaveLength(2);
  });

  it('the catalog stopped too: the account and its installs stay, each Install.app is null with the catalog\'s error at its path', async () => {
    await stack.subgraphs.catalog!.stop();
    const { body } = await stack.query<{ account: { name: string; installs: { id: string; app: unknown }[] } }>(
      `query ($accountId: ID!) { account(id: $accountId) { name installs { id app { name } } } }`, { accountId }, gatewayHeadersFor(admin));
    expect(body.data).toEqual({ account: { name: 'Outage Ltd', installs: [{ id: installId, app: null }] } });
    expect(body.errors).toEqual([{
      message: expect.stringContaining('catalog'),
      path: ['account', 'installs', 0, 'app', 'name'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'catalog' },
    }]);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the process has exited (SIGTERM first when it still runs). */
function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
