import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import { Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { BillingState } from '@appmarket/billing/src/installs/billing-state.enum';
import {
  makeAccount, makeApp, makeCall, makeInstall, makeInstallBilling, makeSubscription, makeVendor,
} from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';

const MODERATOR = gatewayHeadersFor({ kind: 'moderator', moderatorId: 'moderator-e2e' });

/** One request through the gateway that crosses all four subgraphs: apps → installs → billing → calls. */
describe('the supergraph end to end', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  it('answers apps → installs → billing state → calls with exactly the rows the test wrote', async () => {
    const { catalog, accounts, billing } = stack.dataSources as Record<string, import('typeorm').DataSource>;
    const telephony = stack.dataSources['telephony-loyalty']!;
    const vendor = await makeVendor(catalog!, { alias: 'voice-co', name: 'Voice Co' });
    const app = await makeApp(catalog!, vendor, { type: AppType.TELEPHONY, name: 'Облачная АТС', priceKopecks: 100_000, trialDays: 7 });
    const ru = await makeAccount(accounts!, { name: 'Ромашка', zone: Zone.RU });
    const kz = await makeAccount(accounts!, { name: 'Алатау', zone: Zone.KZ });
    const ruInstall = await makeInstall(accounts!, ru, app, { installedAt: new Date('2026-10-30T08:00:00Z') });
    const kzInstall = await makeInstall(accounts!, kz, app, { installedAt: new Date('2026-10-01T08:00:00Z') });
    // An uninstalled install is history: kept, but not listed unless asked for.
    await makeInstall(accounts!, kz, app, {
      status: InstallStatus.UNINSTALLED, installedAt: new Date('2026-09-01T08:00:00Z'), uninstalledAt: new Date('2026-09-10T08:00:00Z'),
    });
    await makeInstallBilling(billing!, ruInstall, { state: BillingState.TRIAL, trialEndsAt: new Date('2026-11-06T08:00:00Z') });
    await makeInstallBilling(billing!, kzInstall, { state: BillingState.PAID, paidAppOptionsUsed: 2 });
    await makeSubscription(billing!, kz.id, { paidAppOptions: 3 });
    for (const [i, hour] of [9, 11, 10].entries()) {
      await makeCall(telephony, ruInstall, { externalId: `ru-${i}`, startedAt: new Date(Date.UTC(2026, 9, 31, hour)) });
    }
    await makeCall(telephony, kzInstall, { externalId: 'kz-0' });

    const response = await stack.query<{ app: unknown }>(
      `query ($id: ID!) {
        app(id: $id) {
          name type priceKopecks trialDays vendor { alias }
          installs {
            installedAt
            account { name zone paidAppOptions { total used free }
                      calls(first: 2) { edges { node { externalId } } pageInfo { hasNextPage } } }
            billing { state trialEndsAt }
          }
        }
      }`,
      { id: app.id },
      MODERATOR,
    );

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.app).toEqual({
      name: 'Облачная АТС', type: 'TELEPHONY', priceKopecks: 100_000, trialDays: 7, vendor: { alias: 'voice-co' },
      installs: [
        {
          installedAt: '2026-10-30T08:00:00.000Z',
          account: {
            name: 'Ромашка', zone: 'RU', paidAppOptions: { total: 0, used: 0, free: 0 },
            calls: { edges: [{ node: { externalId: 'ru-1' } }, { node: { externalId: 'ru-2' } }], pageInfo: { hasNextPage: true } },
          },
          billing: { state: 'TRIAL', trialEndsAt: '2026-11-06T08:00:00.000Z' },
        },
        {
          installedAt: '2026-10-01T08:00:00.000Z',
          account: {
            name: 'Алатау', zone: 'KZ', paidAppOptions: { total: 3, used: 2, free: 1 },
            calls: { edges: [{ node: { externalId: 'kz-0' } }], pageInfo: { hasNextPage: false } },
          },
          billing: { state: 'PAID', trialEndsAt: null },
        },
      ],
    });
  });

  it('App.installs shows a user only its own account\'s install, and refuses a vendor', async () => {
    const { catalog, accounts } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!));
    const mine = await makeAccount(accounts!);
    const other = await makeAccount(accounts!);
    const myInstall = await makeInstall(accounts!, mine, app);
    await makeInstall(accounts!, other, app);
    const q = `query ($id: ID!) { app(id: $id) { installs { id } } }`;
    const asUser = gatewayHeadersFor({ kind: 'user', userId: '7d0f2a52-5d5d-4a4f-9f57-2f1a1f3e9b10', accountId: mine.id, role: 'ADMIN' });
    const seen = await stack.query<{ app: { installs: { id: string }[] } }>(q, { id: app.id }, asUser);
    expect(seen.body.data?.app.installs).toEqual([{ id: myInstall.id }]);
    expect((await stack.query<{ app: { installs: unknown[] } }>(q, { id: app.id }, MODERATOR)).body.data?.app.installs).toHaveLength(2);
    const asVendor = await stack.query(q, { id: app.id }, gatewayHeadersFor({ kind: 'vendor', vendorId: app.vendorId }));
    expect(asVendor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages an account\'s calls with the cursor of the previous page', async () => {
    const { catalog, accounts } = stack.dataSources;
    const telephony = stack.dataSources['telephony-loyalty']!;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.TELEPHONY });
    const account = await makeAccount(accounts!);
    const install = await makeInstall(accounts!, account, app);
    for (let i = 0; i < 5; i++) await makeCall(telephony, install, { externalId: `c${i}`, startedAt: new Date(Date.UTC(2026, 9, 1, i)) });
    const page = (after?: string) =>
      stack.query<{ account: { calls: { edges: { node: { externalId: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } }>(
        `query ($id: ID!, $after: String) { account(id: $id) { calls(first: 2, after: $after) {
           edges { node { externalId } } pageInfo { endCursor hasNextPage } } } }`,
        { id: account.id, after },
        MODERATOR,
      );
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { body } = await page(after);
      expect(body.errors).toBeUndefined();
      const calls = body.data!.account.calls;
      seen.push(...calls.edges.map((e) => e.node.externalId));
      if (!calls.pageInfo.hasNextPage) break;
      after = calls.pageInfo.endCursor;
    }
    expect(seen).toEqual(['c4', 'c3', 'c2', 'c1', 'c0']);
  });

  it('answers NOT_FOUND for an unknown app, INPUT_OUT_OF_RANGE for a bad page size and BAD_USER_INPUT for a bad cursor', async () => {
    const missing = await stack.query(`{ app(id: "00000000-0000-4000-8000-000000000000") { id } }`, undefined, MODERATOR);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooBig = await stack.query(`{ apps(first: 101) { edges { cursor } } }`, undefined, MODERATOR);
    expect(tooBig.body.errors?.[0]?.extensions?.code).toBe('INPUT_OUT_OF_RANGE');
    const badCursor = await stack.query(`{ apps(first: 1, after: "not-a-cursor") { edges { cursor } } }`, undefined, MODERATOR);
    expect(badCursor.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves /health on the gateway and on every subgraph', async () => {
    const urls = [stack.gateway.url, ...Object.values(stack.subgraphs).map((s) => s.url)].map((u) => u.replace('/graphql', '/health'));
    for (const url of urls) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { status: string }).status).toBe('ok');
    }
  });
});
