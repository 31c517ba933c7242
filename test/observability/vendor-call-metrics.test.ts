import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { vendorCalls } from '@appmarket/telemetry';
import { makeAccount, makeUser } from '../support/factories';
import { customAccess, fakeApp, FakeVendor, startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';

/** Issue 16, item 4: each attempt of a Vendor API call counts by kind (its cause) and outcome. */
describe('vendor call outcomes on /metrics', () => {
  let h: AccountsHarness;
  const vendor = new FakeVendor();
  beforeAll(async () => {
    h = await startAccountsHarness();
    await vendor.start();
  });
  afterAll(async () => {
    await h?.stop();
    await vendor.stop();
  });

  const count = async (kind: string, outcome: string) =>
    (await vendorCalls.get()).values.find((v) => v.labels.kind === kind && v.labels.outcome === outcome)?.value ?? 0;

  it('SV-1: an activation the vendor fails once, then answers, counts one retry and one success for Install', async () => {
    const app = h.peers.add(fakeApp({ type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW'] }), vendorApi: { endpointBase: vendor.url, additionalEvents: [] } }));
    const account = await makeAccount(h.dataSource, { name: 'Метрики' });
    const admin = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
    const [retriesBefore, successesBefore] = [await count('Install', 'retry'), await count('Install', 'success')];
    vendor.replies.push({ status: 503 });
    const installed = await h.query('mutation($appId: ID!) { installApp(appId: $appId) { install { id } userErrors { field message code } } }', { appId: app.id }, userIdentity(admin));
    expect(installed.body.errors).toBeUndefined();

    expect(await h.accounts.jobs.drain(Queues.vendorCall)).toBe(1);
    expect(await count('Install', 'retry')).toBe(retriesBefore + 1);
    h.clock.advance(10_000); // the Install retry interval
    expect(await h.accounts.jobs.drain(Queues.vendorCall)).toBe(1);
    expect(await count('Install', 'success')).toBe(successesBefore + 1);
    expect(vendor.requests).toHaveLength(2);
  });
});
