import 'reflect-metadata';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import type { Account } from '@appmarket/accounts/src/accounts/account.entity';
import type { Identity } from '@appmarket/federation';
import { randomUUID } from 'node:crypto';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { makeAccount, makeApp, makeCall, makeInstall, makeInstallBilling, makeSubscription, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';

/**
 * Issue 19, item 4: the growing lists as Relay connections (first/after and last/before, a
 * totalCount), through the gateway; the statements per request do not depend on the page size.
 */
type Conn = { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };
const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const MODERATOR: Identity = { kind: 'moderator', moderatorId: 'pager' };

describe('connections through the gateway', () => {
  let stack: TestStack;
  let account: Account;
  let installIds: string[]; // newest first
  beforeAll(async () => {
    stack = await startTestStack();
    const { catalog, accounts } = stack.dataSources;
    const vendor = await makeVendor(catalog!);
    account = await makeAccount(accounts!);
    installIds = [];
    for (let i = 0; i < 7; i++) {
      const app = await makeApp(catalog!, vendor);
      const install = await makeInstall(accounts!, account, app, {
        installedAt: new Date(Date.UTC(2026, 9, 1 + i)),
        ...(i === 0 ? { status: InstallStatus.UNINSTALLED, uninstalledAt: new Date('2026-10-20T00:00:00Z') } : {}),
      });
      installIds.unshift(install.id);
    }
  });
  afterAll(() => stack?.stop());

  const installs = async (args: string, who: Identity = MODERATOR) => {
    const { body } = await stack.query<{ account: { installsConnection: Conn } }>(
      `query ($id: ID!) { account(id: $id) { installsConnection(${args}) { ${PAGE} } } }`, { id: account.id }, gatewayHeadersFor(who));
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.account.installsConnection;
  };
  const ids = (c: Conn) => c.edges.map((e) => e.node.id);

  it('Account.installsConnection pages forward and backward over the same order, with totalCount', async () => {
    const live = installIds.slice(0, 6); // the oldest was removed
    const first = await installs('first: 4');
    expect(first).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(ids(first)).toEqual(live.slice(0, 4));
    const second = await installs(`first: 4, after: "${first.pageInfo.endCursor}"`);
    expect(ids(second)).toEqual(live.slice(4));
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await installs(`last: 3, before: "${second.pageInfo.startCursor}"`);
    expect(ids(back)).toEqual(live.slice(1, 4));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const tail = await installs('last: 2');
    expect(ids(tail)).toEqual(live.slice(4));
    const all = await installs('first: 10, includeUninstalled: true');
    expect(all.totalCount).toBe(7);
    expect(ids(all)).toEqual(installIds);
  });

  it('bad page arguments are 400s with a specific code and field', async () => {
    // Out of the argument's range: its bound (INPUT_OUT_OF_RANGE); a cursor or a combination the pager refuses: BAD_USER_INPUT.
    for (const [args, field, code] of [['first: 101', 'first', 'INPUT_OUT_OF_RANGE'], ['last: 0', 'last', 'INPUT_OUT_OF_RANGE'], ['first: 2, last: 2', 'first', 'BAD_USER_INPUT'],
      ['after: "garbage"', 'after', 'BAD_USER_INPUT'],
      [`after: "${Buffer.from(JSON.stringify(['yesterday', 'not-an-id'])).toString('base64url')}"`, 'after', 'BAD_USER_INPUT']] as const) {
      const { status, body } = await stack.query(`query ($id: ID!) { account(id: $id) { installsConnection(${args}) { totalCount } } }`, { id: account.id }, gatewayHeadersFor(MODERATOR));
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect([200, 400]).toContain(status);
    }
  });

  it('usersConnection (admins first, then by name) and App.installsConnection narrowed to the caller’s account', async () => {
    const { accounts, catalog } = stack.dataSources;
    const team = await makeAccount(accounts!);
    const admin = await makeUser(accounts!, team, { role: UserRole.ADMIN, fullName: 'Яна Админ' });
    const a = await makeUser(accounts!, team, { role: UserRole.EMPLOYEE, fullName: 'Анна' });
    const b = await makeUser(accounts!, team, { role: UserRole.EMPLOYEE, fullName: 'Борис' });
    const asAdmin: Identity = { kind: 'user', userId: admin.id, accountId: team.id, role: 'ADMIN' };
    const { body } = await stack.query<{ account: { usersConnection: Conn } }>(
      `query ($id: ID!) { account(id: $id) { usersConnection(first: 2) { ${PAGE} } } }`, { id: team.id }, gatewayHeadersFor(asAdmin));
    expect(ids(body.data!.account.usersConnection)).toEqual([admin.id, a.id]);
    expect(body.data!.account.usersConnection.totalCount).toBe(3);
    const next = await stack.query<{ account: { usersConnection: Conn } }>(
      `query ($id: ID!, $after: String) { account(id: $id) { usersConnection(first: 2, after: $after) { ${PAGE} } } }`,
      { id: team.id, after: body.data!.account.usersConnection.pageInfo.endCursor }, gatewayHeadersFor(asAdmin));
    expect(ids(next.body.data!.account.usersConnection)).toEqual([b.id]);

    const app = await makeApp(catalog!, await makeVendor(catalog!));
    const mine = await makeInstall(accounts!, team, app);
    await makeInstall(accounts!, await makeAccount(accounts!), app);
    const q = 'query ($id: ID!) { app(id: $id) { installsConnection(first: 10) { totalCount edges { node { id } } } } }';
    const seen = await stack.query<{ app: { installsConnection: Conn } }>(q, { id: app.id }, gatewayHeadersFor(asAdmin));
    expect(seen.body.data!.app.installsConnection).toEqual({ totalCount: 1, edges: [{ node: { id: mine.id } }] });
    const all = await stack.query<{ app: { installsConnection: Conn } }>(q, { id: app.id }, gatewayHeadersFor(MODERATOR));
    expect(all.body.data!.app.installsConnection.totalCount).toBe(2);
  });

  it('no N+1: accounts with their installs, users and webhooks cost the same statements at 2 and 20 per page', async () => {
    const { accounts, catalog } = stack.dataSources;
    const vendor = await makeVendor(catalog!);
    const apps = await Promise.all(Array.from({ length: 25 }, () => makeApp(catalog!, vendor)));
    for (let i = 0; i < 12; i++) {
      const acc = await makeAccount(accounts!);
      for (const app of apps.slice(0, 22)) await makeInstall(accounts!, acc, app);
      for (let u = 0; u < 3; u++) await makeUser(accounts!, acc);
    }
    const q = (n: number) => `{ accounts(first: 12) { edges { node {
      installsConnection(first: ${n}) { totalCount edges { node { id status app { id name } } } }
      usersConnection(first: ${n}) { totalCount edges { node { fullName } } }
    } } } }`;
    const counts: number[] = [];
    for (const n of [2, 20]) {
      const response = await stack.query(q(n), undefined, gatewayHeadersFor(MODERATOR));
      expect(response.body.errors).toBeUndefined();
      counts.push(sqlStatementsOf(response));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
  const walk = async (field: string, args: string, who: Identity = MODERATOR) => {
    const { body } = await stack.query<Record<string, Conn>>(`{ ${field}(${args}) { ${PAGE} } }`, undefined, gatewayHeadersFor(who));
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data![field]!;
  };

  it('accounts: totalCount and backward pages, scoped to the caller’s account in SQL; cursors issued before still work', async () => {
    for (let i = 0; i < 4; i++) await makeAccount(stack.dataSources.accounts!);
    const all = await walk('accounts', 'first: 3');
    const [{ n }] = await stack.dataSources.accounts!.query('SELECT count(*)::int AS n FROM accounts');
    expect(all.totalCount).toBe(n);
    const expected = (await stack.dataSources.accounts!.query('SELECT id FROM accounts ORDER BY name, id')).map((r: { id: string }) => r.id);
    expect(ids(await walk('accounts', 'last: 2'))).toEqual(expected.slice(-2));
    // A cursor of the old forward-only list: the base64url JSON of [name, id].
    const [second] = await stack.dataSources.accounts!.query('SELECT name, id FROM accounts ORDER BY name, id OFFSET 1 LIMIT 1');
    const old = Buffer.from(JSON.stringify([second.name, second.id])).toString('base64url');
    expect(ids(await walk('accounts', `first: 2, after: "${old}"`))).toEqual(expected.slice(2, 4));
    const admin = await makeUser(stack.dataSources.accounts!, account, { role: UserRole.ADMIN });
    const own = await walk('accounts', 'first: 10', { kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' });
    expect(own).toMatchObject({ totalCount: 1, edges: [{ node: { id: account.id } }] });
  });

  it('BX-8: localAppsConnection by name and incomingWebhooksConnection newest first, for the account’s admin', async () => {
    const { accounts } = stack.dataSources;
    const team = await makeAccount(accounts!);
    const admin = await makeUser(accounts!, team, { role: UserRole.ADMIN });
    for (const name of ['Бета', 'Альфа', 'Гамма']) {
      await accounts!.query('INSERT INTO local_apps (id, account_id, name, created_at) VALUES ($1, $2, $3, now())', [randomUUID(), team.id, name]);
    }
    const hooks: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = randomUUID();
      await accounts!.query(`INSERT INTO incoming_webhooks (id, account_id, name, token_sha256, permissions, created_at) VALUES ($1, $2, $3, $4, '[]', $5)`,
        [id, team.id, `hook ${i}`, randomUUID().replace(/-/g, '').padEnd(64, '0'), new Date(Date.UTC(2026, 9, 1 + i))]);
      hooks.unshift(id);
    }
    const { body } = await stack.query<{ account: { localAppsConnection: { totalCount: number; edges: { node: { name: string } }[] }; incomingWebhooksConnection: Conn } }>(
      `query ($id: ID!) { account(id: $id) {
        localAppsConnection(first: 2) { totalCount edges { node { name } } }
        incomingWebhooksConnection(first: 2) { ${PAGE} }
      } }`, { id: team.id }, gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: team.id, role: 'ADMIN' }));
    expect(body.errors).toBeUndefined();
    expect(body.data!.account.localAppsConnection).toEqual({ totalCount: 3, edges: [{ node: { name: 'Альфа' } }, { node: { name: 'Бета' } }] });
    expect(ids(body.data!.account.incomingWebhooksConnection)).toEqual(hooks.slice(0, 2));
    expect(body.data!.account.incomingWebhooksConnection.totalCount).toBe(3);
  });

  it('Account.calls pages both ways; a cursor of the forward-only list ([ISO time, id]) still continues', async () => {
    const { catalog, accounts } = stack.dataSources;
    const team = await makeAccount(accounts!);
    const install = await makeInstall(accounts!, team, await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.TELEPHONY }));
    const calls = [];
    for (let i = 0; i < 5; i++) calls.unshift(await makeCall(stack.dataSources['telephony-loyalty']!, install, { startedAt: new Date(Date.UTC(2026, 9, 10, 12, i)) }));
    const q = (args: string) => stack.query<{ account: { calls: Conn } }>(
      `query ($id: ID!) { account(id: $id) { calls(${args}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
      { id: team.id }, gatewayHeadersFor(MODERATOR));
    const callIds = calls.map((c) => c.id);
    const first = (await q('first: 2')).body.data!.account.calls;
    expect(first.edges.map((e) => e.node.id)).toEqual(callIds.slice(0, 2));
    const old = Buffer.from(JSON.stringify([calls[1]!.startedAt.toISOString(), calls[1]!.id])).toString('base64url');
    expect((await q(`first: 2, after: "${old}"`)).body.data!.account.calls.edges.map((e) => e.node.id)).toEqual(callIds.slice(2, 4));
    const back = (await q('last: 2')).body.data!.account.calls;
    expect(back.edges.map((e) => e.node.id)).toEqual(callIds.slice(3));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('vendorsConnection: by name, forward to the end and back, totalCount of every vendor', async () => {
    const [{ n }] = await stack.dataSources.catalog!.query('SELECT count(*)::int AS n FROM vendors');
    const expected = (await stack.dataSources.catalog!.query('SELECT id FROM vendors ORDER BY name, id')).map((r: { id: string }) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Conn = await walk('vendorsConnection', after ? `first: 2, after: "${after}"` : 'first: 2');
      expect(page.totalCount).toBe(n);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(ids(await walk('vendorsConnection', 'last: 2'))).toEqual(expected.slice(-2));
  });

  it('App.descriptorsConnection: newest version first, the app’s vendor and moderators only', async () => {
    const { catalog } = stack.dataSources;
    const vendor = await makeVendor(catalog!);
    const app = await makeApp(catalog!, vendor);
    const descriptorIds: string[] = [];
    for (let version = 1; version <= 3; version++) {
      const id = randomUUID();
      await catalog!.query('INSERT INTO app_descriptors (id, app_id, version, xml, created_at) VALUES ($1, $2, $3, $4, now())', [id, app.id, version, `<x v="${version}"/>`]);
      descriptorIds.unshift(id);
    }
    const q = 'query ($id: ID!) { app(id: $id) { descriptorsConnection(first: 2) { totalCount edges { node { id version } } } } }';
    const own = await stack.query<{ app: { descriptorsConnection: { totalCount: number; edges: { node: { id: string; version: number } }[] } } }>(
      q, { id: app.id }, gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id }));
    expect(own.body.data!.app.descriptorsConnection).toEqual({ totalCount: 3, edges: [{ node: { id: descriptorIds[0], version: 3 } }, { node: { id: descriptorIds[1], version: 2 } }] });
    const other = await stack.query<{ app: { descriptorsConnection: null } }>(q, { id: app.id }, gatewayHeadersFor({ kind: 'vendor', vendorId: (await makeVendor(catalog!)).id }));
    expect(other.body.data!.app.descriptorsConnection).toBeNull();
    expect(other.body.errors?.[0]).toMatchObject({ path: ['app', 'descriptorsConnection'], extensions: { code: 'FORBIDDEN' } });
  });

  it('billing: an install’s history, the account’s periods and the month’s revenues as connections', async () => {
    const { catalog, accounts, billing } = stack.dataSources;
    const vendor = await makeVendor(catalog!);
    const acc = await makeAccount(accounts!);
    const install = await makeInstall(accounts!, acc, await makeApp(catalog!, vendor));
    await makeInstallBilling(billing!, install);
    for (const [i, cause] of ['INSTALLED', 'PAYMENT', 'REMOVED'].entries()) {
      await billing!.query(`INSERT INTO install_billing_history (install_id, account_id, from_state, to_state, cause, at) VALUES ($1, $2, NULL, 'FREE', $3, $4)`,
        [install.id, acc.id, cause, new Date(Date.UTC(2026, 9, 1 + i))]);
    }
    const periods = [];
    for (let m = 0; m < 3; m++) {
      periods.unshift(await makeSubscription(billing!, acc.id, { startsAt: new Date(Date.UTC(2026, 6 + m, 1)), endsAt: new Date(Date.UTC(2026, 7 + m, 1)), listPriceKopecks: 100_000, discountPercent: 0, paidKopecks: 100_000 } as never));
    }
    const { body } = await stack.query<{ account: { subscriptionPeriodsConnection: Conn; installsConnection: { edges: { node: { billingHistoryConnection: { totalCount: number; edges: { node: { cause: string } }[] } } }[] } } }>(
      `query ($id: ID!) { account(id: $id) {
        subscriptionPeriodsConnection(first: 2) { ${PAGE} }
        installsConnection(first: 1) { edges { node { billingHistoryConnection(last: 2) { totalCount edges { node { cause } } } } } }
      } }`, { id: acc.id }, gatewayHeadersFor(MODERATOR));
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.account.subscriptionPeriodsConnection)).toEqual(periods.slice(0, 2).map((p) => p.id));
    expect(body.data!.account.subscriptionPeriodsConnection.totalCount).toBe(3);
    expect(body.data!.account.installsConnection.edges[0]!.node.billingHistoryConnection).toEqual({ totalCount: 3, edges: [{ node: { cause: 'PAYMENT' } }, { node: { cause: 'REMOVED' } }] });

    const month = '2031-02'; // a month nobody else's test accrues
    const vendorIds = [randomUUID(), randomUUID(), randomUUID()].sort();
    for (const vendorId of vendorIds) {
      await billing!.query(`INSERT INTO vendor_revenue_accruals (vendor_id, app_id, install_id, subscription_id, period_month, month, list_price_kopecks, share_basis_points, share_kopecks)
        VALUES ($1, $2, $3, $4, 0, $5::date, 50000, 7500, 37500)`, [vendorId, randomUUID(), randomUUID(), periods[0]!.id, `${month}-01`]);
    }
    const revenues = await stack.query<{ vendorRevenuesConnection: { totalCount: number; edges: { node: { vendorId: string; share: { amountKopecks: number } } }[]; pageInfo: { endCursor: string } } }>(
      `{ vendorRevenuesConnection(month: "${month}", first: 2) { totalCount edges { node { vendorId share { amountKopecks } } } pageInfo { endCursor } } }`, undefined, gatewayHeadersFor(MODERATOR));
    expect(revenues.body.errors).toBeUndefined();
    expect(revenues.body.data!.vendorRevenuesConnection).toMatchObject({
      totalCount: 3, edges: vendorIds.slice(0, 2).map((vendorId) => ({ node: { vendorId, share: { amountKopecks: 37_500 } } })),
    });
  });

  it('no N+1: apps with their transitions and installs with their billing history cost the same at 2 and 20 per page', async () => {
    const { catalog, accounts, billing } = stack.dataSources;
    const vendor = await makeVendor(catalog!);
    const acc = await makeAccount(accounts!);
    for (let i = 0; i < 10; i++) {
      const app = await makeApp(catalog!, vendor);
      for (let t = 0; t < 22; t++) {
        await catalog!.query(`INSERT INTO app_transitions (app_id, from_status, to_status, actor_kind, at) VALUES ($1, 'DRAFT', 'READY', 'vendor', now())`, [app.id]);
      }
      const install = await makeInstall(accounts!, acc, app);
      await makeInstallBilling(billing!, install);
      for (let h = 0; h < 22; h++) {
        await billing!.query(`INSERT INTO install_billing_history (install_id, account_id, to_state, cause, at) VALUES ($1, $2, 'FREE', 'INSTALLED', now())`, [install.id, acc.id]);
      }
    }
    const q = (n: number) => `{
      vendor(id: "${vendor.id}") { apps(first: 10) { edges { node { transitionsConnection(first: ${n}) { totalCount edges { node { toStatus } } } } } } }
      account(id: "${acc.id}") { installsConnection(first: 10) { edges { node { billingHistoryConnection(first: ${n}) { totalCount edges { node { cause } } } } } } }
    }`;
    const counts: number[] = [];
    for (const n of [2, 20]) {
      const response = await stack.query(q(n), undefined, gatewayHeadersFor(MODERATOR));
      expect(response.body.errors).toBeUndefined();
      counts.push(sqlStatementsOf(response));
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
