import { randomUUID } from 'node:crypto';
import { ManualClock } from '@appmarket/core';
import { makeApp, makeVendor } from '../support/factories';
import { subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';

/** The contract with the real catalog: billing's decision reads `App.pricingAt` over HTTP (TR-3). */
describe('billing with the real catalog subgraph', () => {
  const clock = new ManualClock('2026-11-01T09:00:00Z');
  let stack: TestStack;

  beforeAll(async () => {
    process.env.BILLING_JOB_WORKERS = 'false';
    stack = await startTestStack({ clock });
  });
  afterAll(() => stack.stop());

  it('TR-3/TR-4: a paid app with a trial, as the catalog prices it now, installs on trial with its length', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const app = await makeApp(stack.dataSources.catalog!, vendor, { priceKopecks: 100_000, trialDays: 5 });
    const res = await postGraphQL<{ decideInstallBilling: { state: string; trialEndsAt: string } }>(
      stack.subgraphs.billing!.url,
      `mutation($input: DecideInstallBillingInput!) { decideInstallBilling(input: $input) { state trialEndsAt } }`,
      { input: { installId: randomUUID(), accountId: randomUUID(), appId: app.id, appType: 'SERVER', everInstalledBefore: false } },
      subgraphHeadersFor({ kind: 'service', service: 'accounts' }),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.decideInstallBilling).toEqual({ state: 'TRIAL', trialEndsAt: '2026-11-06T09:00:00.000Z' });
  });
});
