import { AppStatus } from '@appmarket/catalog/src/apps/app.enums';
import { BillingState } from '@appmarket/billing/src/installs/billing-state.enum';
import { makeAccount, makeApp, makeInstall, makeInstallBilling, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually } from '../support/eventually';

const SET_PRICING = `mutation ($id: ID!, $price: Int, $trial: Int) {
  changeAppPricing(appId: $id, priceKopecks: $price, trialDays: $trial) { app { priceKopecks } userErrors { field message code } } }`;
const BILLING = `query ($id: ID!) { app(id: $id) { installs { billing { state trialEndsAt } } } }`;

/**
 * A moderator's price change in the catalog reaches existing installs in billing through the
 * catalog's durable queue (pg-boss, schema catalog_jobs), with nobody but the queue's worker
 * carrying it across.
 */
describe('a published app\'s price change reaches billing', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  it('PC-3: free → paid gives the app\'s current users the mandatory trial, delivered by the catalog\'s queue', async () => {
    const { catalog, accounts, billing } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { status: AppStatus.PUBLISHED, priceKopecks: null });
    const install = await makeInstall(accounts!, await makeAccount(accounts!), app);
    await makeInstallBilling(billing!, install, { state: BillingState.FREE });

    const moderator = gatewayHeadersFor({ kind: 'moderator', moderatorId: 'moderator-1' });
    const changed = await stack.query(SET_PRICING, { id: app.id, price: 100_000, trial: 7 }, moderator);
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data).toEqual({ changeAppPricing: { app: { priceKopecks: 100_000 }, userErrors: [] } });

    const billingOf = async () =>
      ((await stack.query<{ app: { installs: { billing: { state: string; trialEndsAt: string | null } }[] } }>(BILLING, { id: app.id }, moderator))
        .body.data?.app.installs[0]?.billing);
    // The queue's worker delivers it on its own; wait for it (bounded), never assume it ran.
    const seen = await eventually(async () => { const b = await billingOf(); return b?.state !== 'FREE' && b; },
      { timeout: 15_000, message: 'the price change reaches billing (PC-1, PC-3)' });
    expect(seen).toEqual({ state: 'TRIAL', trialEndsAt: new Date(stack.clock.now().getTime() + 7 * 86_400_000).toISOString() });
  });
});
