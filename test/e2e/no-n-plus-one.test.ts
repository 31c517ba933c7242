import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { makeAccount, makeApp, makeCall, makeInstall, makeInstallBilling, makeVendor } from '../support/factories';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';

/**
 * No N+1: every subgraph reports the SQL statements a request cost (x-sql-statements); the count
 * must be the same for a page of 10 as for a page of 50.
 */
describe('SQL statements per request do not grow with the page', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    const { catalog, accounts, billing } = stack.dataSources;
    const telephony = stack.dataSources['telephony-loyalty']!;
    const vendors = await Promise.all(Array.from({ length: 5 }, () => makeVendor(catalog!)));
    for (let i = 0; i < 60; i++) {
      const app = await makeApp(catalog!, vendors[i % 5]!, { type: AppType.TELEPHONY });
      const account = await makeAccount(accounts!);
      const install = await makeInstall(accounts!, account, app);
      await makeInstallBilling(billing!, install);
      await makeCall(telephony, install);
    }
  });
  afterAll(() => stack?.stop());

  const statementsOf = async (subgraph: string, query: string) => {
    const response = await postGraphQL(stack.subgraphs[subgraph]!.url, query, undefined, subgraphHeadersFor({ kind: 'moderator', moderatorId: 'm' }));
    expect(response.body.errors).toBeUndefined();
    return sqlStatementsOf(response);
  };

  it('catalog: a page of apps with their vendors', async () => {
    const q = (n: number) => `{ apps(first: ${n}) { edges { node { name vendor { name } } } } }`;
    // apps refuses anonymous callers: ask as a moderator (every app, LC-1).
    const asModerator = async (query: string) => {
      const response = await postGraphQL(stack.subgraphs.catalog!.url, query, undefined, subgraphHeadersFor({ kind: 'moderator', moderatorId: 'm' }));
      expect(response.body.errors).toBeUndefined();
      return sqlStatementsOf(response);
    };
    const [ten, fifty] = [await asModerator(q(10)), await asModerator(q(50))];
    expect(ten).toBeGreaterThan(0);
    expect(fifty).toBe(ten);
  });

  it('accounts: a page of accounts with users and installs', async () => {
    const q = (n: number) => `{ accounts(first: ${n}) { edges { node { name users { fullName } installs { installedAt } } } } }`;
    expect(await statementsOf('accounts', q(50))).toBe(await statementsOf('accounts', q(10)));
  });

  it('entity resolution (__resolveReference) and extensions batch through loaders', async () => {
    const reps = (n: number) => `[${Array.from({ length: n }, (_, i) => `{ __typename: "Account", id: "${idOf(i)}" }`).join(',')}]`;
    const q = (n: number) => `{ _entities(representations: ${reps(n)}) { ... on Account { paidAppOptions { total } } } }`;
    expect(await statementsOf('billing', q(50))).toBe(await statementsOf('billing', q(10)));
    const calls = (n: number) => `{ _entities(representations: ${reps(n)}) { ... on Account { calls(first: 3) { edges { cursor } } } } }`;
    expect(await statementsOf('telephony-loyalty', calls(50))).toBe(await statementsOf('telephony-loyalty', calls(10)));
  });

  it('through the gateway: apps → installs → billing → calls costs the same statements for 10 and 50 apps', async () => {
    const q = (n: number) => `{ apps(first: ${n}) { edges { node { name installs { billing { state } account { calls(first: 2) { edges { cursor } } } } } } } }`;
    const counts: number[] = [];
    for (const n of [10, 50]) {
      const response = await stack.query<{ apps: { edges: unknown[] } }>(q(n), undefined, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm' }));
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.apps.edges).toHaveLength(n);
      counts.push(sqlStatementsOf(response));
    }
    expect(counts[0]).toBeGreaterThanOrEqual(4);
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('issue 19 fields: statements per request do not grow with the page', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    const { catalog, accounts, billing } = stack.dataSources;
    const vendors = await Promise.all(Array.from({ length: 5 }, () => makeVendor(catalog!)));
    for (let i = 0; i < 50; i++) {
      const app = await makeApp(catalog!, vendors[i % 5]!, { priceKopecks: i % 2 ? 50_000 : null });
      const install = await makeInstall(accounts!, await makeAccount(accounts!), app);
      await makeInstallBilling(billing!, install);
    }
    // Each vendor's HIDDEN apps, which Vendor.apps(status: HIDDEN) reads and the page of PUBLISHED ones does not hold: rows the
    // request had already loaded would come from its loader, and the page of 50 (every app) would cost one statement less.
    for (const vendor of vendors) for (let i = 0; i < 3; i++) await makeApp(catalog!, vendor, { status: AppStatus.HIDDEN });
  });
  afterAll(() => stack?.stop());

  it('apps with installCount, installsConnection, price, billing history and their vendor’s apps: 10 and 50 apps cost the same', async () => {
    const q = (n: number) => `{ apps(first: ${n}, status: PUBLISHED) { edges { node {
      installCount price { amount { amountKopecks } }
      installsConnection(first: 2) { totalCount edges { node { billingHistoryConnection(first: 2) { totalCount } billing { price { periodMonths } } } } }
      vendor { apps(first: 3, status: HIDDEN) { edges { node { id } } } }
    } } } }`;
    const counts: number[] = [];
    for (const n of [10, 50]) {
      const response = await stack.query<{ apps: { edges: { node: { vendor: { apps: { edges: unknown[] } } } }[] } }>(q(n), undefined, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm' }));
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.apps.edges).toHaveLength(n);
      expect(response.body.data!.apps.edges.map((e) => e.node.vendor.apps.edges.length)).toEqual(Array(n).fill(3));
      counts.push(sqlStatementsOf(response));
    }
    expect(counts[0]).toBeGreaterThanOrEqual(5);
    expect(counts[1]).toBe(counts[0]);
  });
});

function idOf(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}
