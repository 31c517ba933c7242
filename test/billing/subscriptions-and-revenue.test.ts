import { randomUUID } from 'node:crypto';
import { DAY, ManualClock } from '@appmarket/core';
import {
  adminOf, buyOptions, decideInstall, payingAccount, startBillingHarness, vendorIdentity, type BillingHarness,
} from '../support/billing-factories';
import { refusalCode, userErrorsOf } from '../support/refusals';

/** PR-3 subscriptions and their discounts, PR-4 vendor revenue, BX-4/BX-5 the marketplace subscription. */
describe('billing: subscriptions, marketplace subscription and vendor revenue', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  it('PR-3: options are bought for 1, 3, 6 or 12 months with that period\'s discount (0/5/10/20 %), in kopecks; extensions start at the end', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = randomUUID();
    const prices = await h.query<{ subscriptionPrices: unknown[] }>(adminOf(accountId), `{ subscriptionPrices { periodMonths discountPercent optionMonthlyKopecks } }`);
    expect(prices.body.data!.subscriptionPrices).toEqual([
      { periodMonths: 1, discountPercent: 0, optionMonthlyKopecks: 50_000 },
      { periodMonths: 3, discountPercent: 5, optionMonthlyKopecks: 50_000 },
      { periodMonths: 6, discountPercent: 10, optionMonthlyKopecks: 50_000 },
      { periodMonths: 12, discountPercent: 20, optionMonthlyKopecks: 50_000 },
    ]);
    const one = await buyOptions(h, accountId, 3, 1);
    expect(one).toMatchObject({ listPriceKopecks: 150_000, paidKopecks: 150_000, discountPercent: 0, startsAt: '2026-09-01T10:00:00.000Z', endsAt: '2026-10-01T10:00:00.000Z' });
    const three = await buyOptions(h, accountId, 3, 3);
    expect(three).toMatchObject({ listPriceKopecks: 450_000, paidKopecks: 427_500, startsAt: '2026-10-01T10:00:00.000Z', endsAt: '2027-01-01T10:00:00.000Z' });
    expect(await buyOptions(h, accountId, 3, 6)).toMatchObject({ listPriceKopecks: 900_000, paidKopecks: 810_000, startsAt: '2027-01-01T10:00:00.000Z' });
    expect(await buyOptions(h, accountId, 1, 12, true)).toMatchObject({ listPriceKopecks: 600_000, paidKopecks: 480_000, startsAt: '2026-09-01T10:00:00.000Z' });
    expect((await buyOptions(h, accountId, 1, 2)).code).toBe('INVALID_SUBSCRIPTION_PERIOD');
    expect((await buyOptions(h, accountId, 0, 1)).code).toBe('INVALID_PAID_APP_OPTIONS');
    // Issue 19, item 2: both fields wrong, both user errors at once, at their fields.
    const both = await h.query(adminOf(accountId), `mutation { buyPaidAppOptions(input: { paidAppOptions: 0, periodMonths: 2 }) { subscription { id } userErrors { field code } } }`);
    expect(both.body).toEqual({ data: { buyPaidAppOptions: { subscription: null, userErrors: [
      { field: ['input', 'paidAppOptions'], code: 'INVALID_PAID_APP_OPTIONS' }, { field: ['input', 'periodMonths'], code: 'INVALID_SUBSCRIPTION_PERIOD' },
    ] } } });
    const employee = await h.query({ kind: 'user', userId: randomUUID(), accountId, role: 'EMPLOYEE' },
      `mutation { buyPaidAppOptions(input: { paidAppOptions: 1, periodMonths: 1 }) { subscription { id } } }`);
    expect(employee.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  const marketplaceOf = async (accountId: string) => {
    const res = await h.billingQuery<{ _entities: { marketplaceSubscription: { active: boolean; demo: boolean; endsAt: string | null } }[] }>(
      { kind: 'service', service: 'accounts' },
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { marketplaceSubscription { active demo endsAt } } } }`,
      { r: [{ __typename: 'Account', id: accountId }] },
    );
    return res.body.data!._entities[0]!.marketplaceSubscription;
  };

  it('BX-5: the marketplace subscription demo can be activated once; BX-4: Account.marketplaceSubscription says whether it is active', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = randomUUID();
    expect(await marketplaceOf(accountId)).toEqual({ active: false, demo: false, endsAt: null });
    const byEmployee = await h.query({ kind: 'user', userId: randomUUID(), accountId, role: 'EMPLOYEE' }, `mutation { activateMarketplaceDemo { marketplaceSubscription { active } } }`);
    expect(byEmployee.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const activate = () => h.query<{ activateMarketplaceDemo: { marketplaceSubscription: unknown } }>(adminOf(accountId),
      `mutation { activateMarketplaceDemo { marketplaceSubscription { active demo endsAt } userErrors { field code } } }`);
    expect((await activate()).body.data!.activateMarketplaceDemo).toEqual({
      marketplaceSubscription: { active: true, demo: true, endsAt: '2026-09-15T10:00:00.000Z' }, userErrors: [],
    });
    expect(userErrorsOf((await activate()).body)).toEqual([{ field: null, code: 'MARKETPLACE_DEMO_ALREADY_USED' }]);
    clock.advance(20 * DAY);
    expect(await marketplaceOf(accountId)).toEqual({ active: false, demo: false, endsAt: null });
    expect(refusalCode((await activate()).body)).toBe('MARKETPLACE_DEMO_ALREADY_USED');
    await h.query(adminOf(accountId), `mutation { buyMarketplaceSubscription(periodMonths: 1) { marketplaceSubscription { active } } }`);
    expect(await marketplaceOf(accountId)).toEqual({ active: true, demo: false, endsAt: '2026-10-21T10:00:00.000Z' });
  });

  it('PR-4: a month of vendor revenue with mixed periods and discounts, 75 % of list prices, to the kopeck', async () => {
    const vendorV = randomUUID();
    const vendorW = randomUUID();
    const appA = h.fake.addApp({ vendorId: vendorV, priceKopecks: 50_000 }); // 500 RUB
    const appB = h.fake.addApp({ vendorId: vendorV, priceKopecks: 150_000 }); // 1500 RUB
    const appB2 = h.fake.addApp({ vendorId: vendorV, priceKopecks: 150_000, trialDays: 7 });
    const appC = h.fake.addApp({ vendorId: vendorW, priceKopecks: 100_000 }); // 1000 RUB

    clock.set('2026-09-01T10:00:00Z'); // account 5: 12 months at 20 % off, A → paid Sep 2026 … Aug 2027
    const acc5 = await payingAccount(h, 1, 12);
    expect((await decideInstall(h, acc5, appA.id)).state).toBe('PAID');
    clock.set('2026-10-15T10:00:00Z'); // account 1: 3 months at 5 % off (Oct, Nov, Dec), A and B
    const acc1 = await payingAccount(h, 4, 3);
    expect((await decideInstall(h, acc1, appA.id)).state).toBe('PAID');
    expect((await decideInstall(h, acc1, appB.id)).state).toBe('PAID');
    clock.set('2026-11-03T10:00:00Z'); // account 2: 1 month, no discount, A (Nov)
    const acc2 = await payingAccount(h, 1, 1);
    expect((await decideInstall(h, acc2, appA.id)).state).toBe('PAID');
    clock.set('2026-11-05T10:00:00Z'); // account 4: 1 month from 5 Nov; B2 on a 7-day trial, paid from 12 Nov
    const acc4 = await payingAccount(h, 3, 1);
    expect((await decideInstall(h, acc4, appB2.id)).state).toBe('TRIAL');
    clock.set('2026-11-12T10:00:00Z');
    await h.billing.services.accounts.settleAndNotify(acc4);
    clock.set('2026-11-20T10:00:00Z'); // account 3: 6 months at 10 % off, C (vendor W); account 2 renews 12 months from 3 Dec
    const acc3 = await payingAccount(h, 2, 6);
    expect((await decideInstall(h, acc3, appC.id)).state).toBe('PAID');
    expect((await buyOptions(h, acc2, 1, 12)).startsAt).toBe('2026-12-03T10:00:00.000Z');

    // November 2026, by hand. Vendor V: A (acc5) 500 + A (acc1) 500 + B (acc1) 1500 + A (acc2) 500 + B2 (acc4) 1500
    // = 4500 RUB of list prices → 75 % = 3375 RUB. Vendor W: C (acc3) 1000 RUB → 750 RUB. Discounts play no part.
    const mine = await h.query<{ myVendorRevenue: unknown }>(vendorIdentity(vendorV),
      `{ myVendorRevenue(month: "2026-11") { vendorId month listPriceKopecks shareKopecks paidAppMonths apps { appId shareKopecks } } }`);
    expect(mine.body.data!.myVendorRevenue).toEqual({
      vendorId: vendorV, month: '2026-11', listPriceKopecks: 450_000, shareKopecks: 337_500, paidAppMonths: 5,
      // Per app: A 3 × 375 RUB, B 1125 RUB, B2 1125 RUB.
      apps: expect.arrayContaining([
        { appId: appA.id, shareKopecks: 112_500 }, { appId: appB.id, shareKopecks: 112_500 }, { appId: appB2.id, shareKopecks: 112_500 },
      ]),
    });
    const all = await h.query<{ vendorRevenues: { vendorId: string; shareKopecks: number }[] }>({ kind: 'moderator', moderatorId: 'm1' },
      `{ vendorRevenues(month: "2026-11") { vendorId shareKopecks } }`);
    const byVendor = Object.fromEntries(all.body.data!.vendorRevenues.map((r) => [r.vendorId, r.shareKopecks]));
    expect(byVendor[vendorV]).toBe(337_500);
    expect(byVendor[vendorW]).toBe(75_000);
    // December: A and B (acc1, 15 Nov – 15 Dec… month 3 starts 15 Dec), A (acc2 renewal from 3 Dec), A (acc5); acc4 ended 5 Dec
    // but its second month never was paid for: 500 + 1500 + 500 + 500 = 3000 RUB → 2250 RUB.
    const december = await h.query<{ myVendorRevenue: { shareKopecks: number } }>(vendorIdentity(vendorV),
      `{ myVendorRevenue(month: "2026-12") { shareKopecks } }`);
    expect(december.body.data!.myVendorRevenue.shareKopecks).toBe(225_000);
    // The vendor cabinet sees its own revenue only; moderators' query is theirs.
    const forbidden = await h.query(vendorIdentity(vendorV), `{ vendorRevenues(month: "2026-11") { vendorId } }`);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badMonth = await h.query(vendorIdentity(vendorV), `{ myVendorRevenue(month: "2026-13") { vendorId } }`);
    expect(badMonth.body.errors?.[0]?.extensions?.code).toBe('INVALID_REVENUE_MONTH');
  });

  it('PR-4: the share has one owner: a moderator changes it in billing, the next accrual pays it, earlier ones keep theirs', async () => {
    const moderator = { kind: 'moderator', moderatorId: 'm1' } as const;
    const vendorId = randomUUID();
    const first = h.fake.addApp({ vendorId, priceKopecks: 100_000 });
    const second = h.fake.addApp({ vendorId, priceKopecks: 100_000 });
    clock.set('2027-03-01T10:00:00Z');
    const accountId = await payingAccount(h, 4, 1);
    expect((await decideInstall(h, accountId, first.id)).state).toBe('PAID'); // accrued at 75 %
    const SET = `mutation($b: Int!) { setVendorShare(basisPoints: $b) { vendorShareBasisPoints userErrors { field code } } }`;
    expect((await h.query(vendorIdentity(vendorId), SET, { b: 9000 })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.query(moderator, SET, { b: 10001 })).body).toEqual({
      data: { setVendorShare: { vendorShareBasisPoints: null, userErrors: [{ field: ['basisPoints'], code: 'INVALID_VENDOR_SHARE' }] } },
    });
    expect((await h.query(moderator, SET, { b: 8000 })).body.data).toEqual({ setVendorShare: { vendorShareBasisPoints: 8000, userErrors: [] } });
    try {
      expect((await h.query(moderator, `{ vendorShareBasisPoints }`)).body.data).toEqual({ vendorShareBasisPoints: 8000 });
      expect((await decideInstall(h, accountId, second.id)).state).toBe('PAID'); // accrued at 80 %
      const march = await h.query<{ myVendorRevenue: { apps: { appId: string; shareKopecks: number }[] } }>(vendorIdentity(vendorId),
        `{ myVendorRevenue(month: "2027-03") { apps { appId shareKopecks } } }`);
      expect(march.body.data!.myVendorRevenue.apps).toEqual(expect.arrayContaining([
        { appId: first.id, shareKopecks: 75_000 }, { appId: second.id, shareKopecks: 80_000 },
      ]));
    } finally {
      await h.query(moderator, `mutation { setVendorShare(basisPoints: 7500) { vendorShareBasisPoints } }`);
    }
  });
});
