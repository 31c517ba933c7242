import { randomUUID } from 'node:crypto';
import { DAY, ManualClock } from '@appmarket/core';
import {
  billingOf, buyMarketplace, buyOptions, decideInstall, optionsOf, payingAccount, SERVICE, startBillingHarness, vendorIdentity, type BillingHarness,
} from '../support/billing-factories';

/** The decision at install (docs/CONTRACTS.md decideInstallBilling), against a fake catalog over HTTP. */
describe('billing: the decision at install', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  it('PR-1/PR-5: a free app installs FREE on any account, with no subscription and no options', async () => {
    const app = h.fake.addApp({ priceKopecks: null });
    const accountId = randomUUID();
    const decision = await decideInstall(h, accountId, app.id);
    expect(decision).toMatchObject({ state: 'FREE', trialEndsAt: null });
    expect(await optionsOf(h, accountId)).toEqual({ total: 0, used: 0, free: 0 });
  });

  it('PR-5: the marketplace bills nothing for a free app: no options, no revenue, untouched by the subscription\'s end', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const vendorId = randomUUID();
    const free = h.fake.addApp({ vendorId, priceKopecks: null });
    const accountId = await payingAccount(h, 2, 1); // an account that does pay for other apps
    const { installId, state } = await decideInstall(h, accountId, free.id);
    expect(state).toBe('FREE');
    expect(await optionsOf(h, accountId)).toMatchObject({ total: 2, used: 0, free: 2 });
    await buyOptions(h, accountId, 2, 3); // more periods bought: still nothing accrues for it
    const revenue = await h.query<{ myVendorRevenue: { listPriceKopecks: number; shareKopecks: number; paidAppMonths: number } }>(
      vendorIdentity(vendorId), `{ myVendorRevenue(month: "2026-09") { listPriceKopecks shareKopecks paidAppMonths } }`);
    expect(revenue.body.data!.myVendorRevenue).toEqual({ listPriceKopecks: 0, shareKopecks: 0, paidAppMonths: 0 });
    // The subscription ends (BX-7 suspends paid installs): the free one stays FREE, and its vendor is told nothing.
    clock.set('2027-06-01T10:00:00Z');
    expect(await billingOf(h, installId)).toMatchObject({ state: 'FREE', paidAppOptionsUsed: 0 });
    expect(await h.billing.services.accounts.settleAndNotify(accountId)).toBe(0);
    expect(h.fake.eventsFor(installId)).toEqual([]);
  });

  it('PR-3: a paid app without trial takes price/500 RUB options; refused with NOT_ENOUGH_PAID_APP_OPTIONS when they are short', async () => {
    const app = h.fake.addApp({ priceKopecks: 150_000 });
    const accountId = await payingAccount(h, 4);
    const first = await decideInstall(h, accountId, app.id);
    expect(first.state).toBe('PAID');
    expect(await billingOf(h, first.installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 3, priceKopecks: 150_000 });
    expect(await optionsOf(h, accountId)).toEqual({ total: 4, used: 3, free: 1 });
    const other = h.fake.addApp({ priceKopecks: 100_000 });
    const refused = await decideInstall(h, accountId, other.id);
    expect(refused.code).toBe('NOT_ENOUGH_PAID_APP_OPTIONS');
    expect(await billingOf(h, refused.installId)).toBeNull();
    expect(await optionsOf(h, accountId)).toEqual({ total: 4, used: 3, free: 1 });
  });

  it('BX-2: a paid app needs the marketplace subscription (or its demo); a free one does not', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000 });
    const accountId = randomUUID();
    await buyOptions(h, accountId, 5);
    expect((await decideInstall(h, accountId, app.id)).code).toBe('MARKETPLACE_SUBSCRIPTION_REQUIRED');
    expect((await decideInstall(h, accountId, h.fake.addApp().id)).state).toBe('FREE');
    await buyMarketplace(h, accountId, 1);
    expect((await decideInstall(h, accountId, app.id)).state).toBe('PAID');
  });

  it('TR-4: an app with a trial installs on any tariff, without options or marketplace subscription', async () => {
    const app = h.fake.addApp({ priceKopecks: 250_000, trialDays: 10 });
    const accountId = randomUUID();
    const decision = await decideInstall(h, accountId, app.id);
    expect(decision.state).toBe('TRIAL');
    expect(decision.trialEndsAt).toBe(new Date(clock.now().getTime() + 10 * DAY).toISOString());
  });

  it('TR-2: a reinstall gets no new trial (neither when accounts says so nor when billing saw an earlier install)', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000, trialDays: 7 });
    const accountId = await payingAccount(h, 2);
    const first = await decideInstall(h, accountId, app.id);
    expect(first.state).toBe('TRIAL');
    await h.billingQuery(SERVICE, `mutation($id: ID!) { recordInstallRemoved(installId: $id) }`, { id: first.installId });
    const again = await decideInstall(h, accountId, app.id, { everInstalledBefore: false });
    expect(again).toMatchObject({ state: 'PAID', trialEndsAt: null });
    const fresh = await payingAccount(h, 0);
    const told = await decideInstall(h, fresh, app.id, { everInstalledBefore: true });
    expect(told.code).toBe('NOT_ENOUGH_PAID_APP_OPTIONS');
  });

  it('TR-3: the trial length at the moment of install is frozen on the install; a later change leaves it', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000, trialDays: 14 });
    const accountId = randomUUID();
    const installedAt = clock.now();
    const decision = await decideInstall(h, accountId, app.id);
    // The moderator shortens the trial to 3 days right after (catalog's pricingAt answers 3 from now on).
    app.pricing.push({ from: new Date(installedAt.getTime() + 1000), priceKopecks: 50_000, trialDays: 3 });
    clock.advance(5 * DAY);
    expect(await billingOf(h, decision.installId)).toMatchObject({
      state: 'TRIAL', trialEndsAt: new Date(installedAt.getTime() + 14 * DAY).toISOString(),
    });
    // A new account installing now gets the new length.
    const later = await decideInstall(h, randomUUID(), app.id);
    expect(later.trialEndsAt).toBe(new Date(clock.now().getTime() + 3 * DAY).toISOString());
  });

  it('is idempotent by installId, and recordInstallRemoved frees the options (idempotent too)', async () => {
    const app = h.fake.addApp({ priceKopecks: 100_000 });
    const accountId = await payingAccount(h, 2);
    const installId = randomUUID();
    const first = await decideInstall(h, accountId, app.id, { installId });
    const second = await decideInstall(h, accountId, app.id, { installId });
    expect(second).toEqual(first);
    expect((await decideInstall(h, randomUUID(), app.id, { installId })).code).toBe('INSTALL_DECISION_MISMATCH');
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 2, free: 0 });
    for (let i = 0; i < 2; i++) {
      const res = await h.billingQuery(SERVICE, `mutation($id: ID!) { recordInstallRemoved(installId: $id) }`, { id: installId });
      expect(res.body.data).toEqual({ recordInstallRemoved: true });
    }
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 0, free: 2 });
    const history = await h.billingQuery<{ _entities: { billingHistory: { fromState: string | null; toState: string; cause: string }[] }[] }>(
      SERVICE,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Install { billingHistory { fromState toState cause } } } }`,
      { r: [{ __typename: 'Install', id: installId }] },
    );
    expect(history.body.data!._entities[0]!.billingHistory).toEqual([
      { fromState: null, toState: 'PAID', cause: 'INSTALLED' },
      { fromState: 'PAID', toState: 'PAID', cause: 'REMOVED' },
    ]);
  });

  it('PR-3 race: two concurrent paid installs competing for the last free option → exactly one is PAID', async () => {
    const accountId = await payingAccount(h, 1);
    const apps = [h.fake.addApp({ priceKopecks: 50_000 }), h.fake.addApp({ priceKopecks: 50_000 })];
    const results = await Promise.all(apps.map((app) => decideInstall(h, accountId, app.id)));
    expect(results.map((r) => r.state ?? r.code).sort()).toEqual(['PAID', 'REFUSED']);
    expect(results.find((r) => r.code)?.code).toBe('NOT_ENOUGH_PAID_APP_OPTIONS');
    expect(await optionsOf(h, accountId)).toEqual({ total: 1, used: 1, free: 0 });
  });

  it('internal operations refuse every identity but service (FORBIDDEN) and are not served by the gateway', async () => {
    const accountId = randomUUID();
    const res = await h.billingQuery({ kind: 'user', userId: randomUUID(), accountId, role: 'ADMIN' },
      `mutation { recordInstallRemoved(installId: "${randomUUID()}") }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viaGateway = await h.query({ kind: 'moderator', moderatorId: 'm1' }, `mutation { recordInstallRemoved(installId: "${randomUUID()}") }`);
    expect(viaGateway.body.errors?.[0]?.message).toMatch(/recordInstallRemoved/);
  });
});
