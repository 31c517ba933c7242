import 'reflect-metadata';
import { UserRole, Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { createAccountsSubgraph } from '@appmarket/accounts';
import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import type { Account } from '@appmarket/accounts/src/accounts/account.entity';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import type { Identity } from '@appmarket/federation';
import { makeAccount, makeApp, makeInstall, makeInstallBilling, makeSubscription, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';
import { userErrorsOf } from '../support/refusals';

/**
 * Issue 19, item 5: App.viewerInstallState — the catalog's app, billing's outlook and accounts'
 * rules composed by @requires; each reason is the code installApp answers (TR-2, TR-4, BX-2,
 * BX-3, BX-9, PR-3, TY-2), and a page of cards costs the same statements whatever its size.
 */
const STATE = `query ($id: ID!) { app(id: $id) {
  installCount
  viewerInstallState { installed install { id } canInstall reasonCannotInstall trialAvailable trialDays }
} }`;
type State = { installed: boolean; install: { id: string } | null; canInstall: boolean; reasonCannotInstall: string | null; trialAvailable: boolean; trialDays: number | null };

describe('App.viewerInstallState through the gateway', () => {
  let stack: TestStack;
  let vendor: Vendor;
  beforeAll(async () => {
    stack = await startTestStack({
      subgraphs: { accounts: createAccountsSubgraph({ config: { ACCOUNTS_FREE_APP_LIMITS: { by: { FREE: 1 } }, ACCOUNTS_JOB_WORKERS: 'off' } }) },
    });
    vendor = await makeVendor(stack.dataSources.catalog!);
  });
  afterAll(() => stack?.stop());

  const adminOf = async (account: Account, role = UserRole.ADMIN): Promise<Identity> => {
    const user = await makeUser(stack.dataSources.accounts!, account, { role });
    return { kind: 'user', userId: user.id, accountId: account.id, role };
  };
  const stateOf = async (appId: string, who: Identity) => {
    const { body } = await stack.query<{ app: { installCount: number; viewerInstallState: State | null } }>(STATE, { id: appId }, gatewayHeadersFor(who));
    if (body.errors) throw new Error(JSON.stringify(body));
    return body.data!.app;
  };

  it('TR-2, TR-4: a paid app with a trial installs without the subscription once; a reinstall has no trial and needs it (BX-2)', async () => {
    const { catalog, accounts, billing } = stack.dataSources;
    const app = await makeApp(catalog!, vendor, { priceKopecks: 50_000, trialDays: 7 });
    const fresh = await makeAccount(accounts!);
    expect((await stateOf(app.id, await adminOf(fresh))).viewerInstallState).toEqual({
      installed: false, install: null, canInstall: true, reasonCannotInstall: null, trialAvailable: true, trialDays: 7,
    });
    const returning = await makeAccount(accounts!);
    const removed = await makeInstall(accounts!, returning, app, { status: InstallStatus.UNINSTALLED, uninstalledAt: new Date('2026-10-10T00:00:00Z') });
    await makeInstallBilling(billing!, removed, { removedAt: new Date('2026-10-10T00:00:00Z') });
    const admin = await adminOf(returning);
    expect((await stateOf(app.id, admin)).viewerInstallState).toEqual({
      installed: false, install: null, canInstall: false, reasonCannotInstall: 'MARKETPLACE_SUBSCRIPTION_REQUIRED', trialAvailable: false, trialDays: null,
    });
    // The reason is what installApp answers: a user error the storefront shows (issue 19, item 2).
    const refused = await stack.query('mutation ($id: ID!) { installApp(appId: $id) { install { id } userErrors { field message code } } }', { id: app.id }, gatewayHeadersFor(admin));
    expect(refused.body.errors).toBeUndefined();
    expect(userErrorsOf(refused.body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: null, code: 'MARKETPLACE_SUBSCRIPTION_REQUIRED', message: expect.any(String) }]);
  });

  it('PR-3: with the subscription, the free paid-app options decide', async () => {
    const { catalog, accounts, billing } = stack.dataSources;
    const app = await makeApp(catalog!, vendor, { priceKopecks: 150_000 }); // three options
    const account = await makeAccount(accounts!);
    const admin = await adminOf(account);
    const demo = await stack.query('mutation { activateMarketplaceDemo { marketplaceSubscription { active } userErrors { code } } }', undefined, gatewayHeadersFor(admin));
    expect(demo.body).toEqual({ data: { activateMarketplaceDemo: { marketplaceSubscription: { active: true }, userErrors: [] } } });
    expect((await stateOf(app.id, admin)).viewerInstallState).toMatchObject({ canInstall: false, reasonCannotInstall: 'NOT_ENOUGH_PAID_APP_OPTIONS', trialAvailable: false });
    await makeSubscription(billing!, account.id, { paidAppOptions: 3 });
    expect((await stateOf(app.id, admin)).viewerInstallState).toMatchObject({ canInstall: true, reasonCannotInstall: null });
  });

  it('installed: the live install, ALREADY_INSTALLED; BX-3 for employees; the install count across accounts', async () => {
    const { catalog, accounts } = stack.dataSources;
    const app = await makeApp(catalog!, vendor);
    const account = await makeAccount(accounts!);
    const install = await makeInstall(accounts!, account, app);
    await makeInstall(accounts!, await makeAccount(accounts!), app);
    await makeInstall(accounts!, await makeAccount(accounts!), app, { status: InstallStatus.UNINSTALLED, uninstalledAt: new Date('2026-10-20T00:00:00Z') });
    const mine = await stateOf(app.id, await adminOf(account));
    expect(mine).toEqual({
      installCount: 2,
      viewerInstallState: { installed: true, install: { id: install.id }, canInstall: false, reasonCannotInstall: 'ALREADY_INSTALLED', trialAvailable: false, trialDays: null },
    });
    const other = await makeAccount(accounts!);
    expect((await stateOf(app.id, await adminOf(other, UserRole.EMPLOYEE))).viewerInstallState).toMatchObject({
      installed: false, canInstall: false, reasonCannotInstall: 'INSTALL_NOT_ALLOWED',
    });
  });

  it('TY-2 and BX-9: a second TELEPHONY app, a free app over the zone limit', async () => {
    const { catalog, accounts } = stack.dataSources;
    const account = await makeAccount(accounts!, { zone: Zone.BY, tariff: 'FREE' });
    await makeInstall(accounts!, account, await makeApp(catalog!, vendor, { type: AppType.TELEPHONY }));
    const admin = await adminOf(account);
    const secondPhone = await makeApp(catalog!, vendor, { type: AppType.TELEPHONY });
    expect((await stateOf(secondPhone.id, admin)).viewerInstallState).toMatchObject({ canInstall: false, reasonCannotInstall: 'APP_TYPE_LIMIT_REACHED' });
    const free = await makeApp(catalog!, vendor, { type: AppType.IFRAME });
    expect((await stateOf(free.id, admin)).viewerInstallState).toMatchObject({ canInstall: false, reasonCannotInstall: 'FREE_APP_LIMIT_REACHED' });
    const refused = await stack.query('mutation ($id: ID!) { installApp(appId: $id) { install { id } userErrors { field message code } } }', { id: free.id }, gatewayHeadersFor(admin));
    expect(refused.body.errors).toBeUndefined();
    expect(userErrorsOf(refused.body as Parameters<typeof userErrorsOf>[0]).map((e) => e.code)).toEqual(['FREE_APP_LIMIT_REACHED']);
    // BX-4: the marketplace subscription gives an unlimited number of apps, on the card and at install alike.
    const bought = await stack.query('mutation { buyMarketplaceSubscription(periodMonths: 1) { marketplaceSubscription { active } userErrors { code } } }', {}, gatewayHeadersFor(admin));
    expect(bought.body.data).toEqual({ buyMarketplaceSubscription: { marketplaceSubscription: { active: true }, userErrors: [] } });
    expect((await stateOf(free.id, admin)).viewerInstallState).toMatchObject({ canInstall: true, reasonCannotInstall: null });
    const installed = await stack.query('mutation ($id: ID!) { installApp(appId: $id) { install { id } userErrors { field message code } } }', { id: free.id }, gatewayHeadersFor(admin));
    expect(installed.body.errors).toBeUndefined();
    expect(userErrorsOf(installed.body as Parameters<typeof userErrorsOf>[0])).toEqual([]);
  });

  it('callers that are not an account user get null, not an error', async () => {
    const app = await makeApp(stack.dataSources.catalog!, vendor);
    expect((await stateOf(app.id, { kind: 'moderator', moderatorId: 'm' })).viewerInstallState).toBeNull();
    expect((await stateOf(app.id, { kind: 'vendor', vendorId: vendor.id })).viewerInstallState).toBeNull();
  });

  it('no N+1: a storefront page of 5 and of 25 cards with their install state costs the same statements', async () => {
    const { catalog, accounts } = stack.dataSources;
    const pageVendor = await makeVendor(catalog!);
    const account = await makeAccount(accounts!);
    for (let i = 0; i < 30; i++) {
      const app = await makeApp(catalog!, pageVendor, { priceKopecks: i % 2 ? 50_000 : null, trialDays: i % 4 === 1 ? 5 : null });
      if (i % 3 === 0) await makeInstall(accounts!, account, app);
    }
    const admin = await adminOf(account);
    const q = (n: number) => `{ storefront(first: ${n}) { edges { node { id installCount viewerInstallState { installed canInstall reasonCannotInstall trialDays install { id } } } } } }`;
    const counts: number[] = [];
    for (const n of [5, 25]) {
      const response = await stack.query<{ storefront: { edges: { node: { viewerInstallState: State } }[] } }>(q(n), undefined, gatewayHeadersFor(admin));
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.storefront.edges).toHaveLength(n);
      expect(response.body.data!.storefront.edges.every((e) => e.node.viewerInstallState !== null)).toBe(true);
      counts.push(sqlStatementsOf(response));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});
