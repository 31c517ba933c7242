import 'reflect-metadata';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeApp, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';

/** Issue 19, item 5: prices as Money (SafeInt kopecks and a currency) with a period, beside the deprecated Int fields. */
describe('Money through the gateway', () => {
  let stack: TestStack;
  beforeAll(async () => { stack = await startTestStack(); });
  afterAll(() => stack?.stop());

  it('App.price: the monthly list price with its currency; null for a free app, as priceKopecks', async () => {
    const { catalog, accounts } = stack.dataSources;
    const vendor = await makeVendor(catalog!);
    const paid = await makeApp(catalog!, vendor, { priceKopecks: 150_000 });
    const free = await makeApp(catalog!, vendor);
    const admin = await makeUser(accounts!, await makeAccount(accounts!), { role: UserRole.ADMIN });
    const headers = gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: admin.accountId, role: 'ADMIN' });
    const q = 'query ($id: ID!) { app(id: $id) { priceKopecks price { amount { amountKopecks currency } periodMonths } } }';
    expect((await stack.query(q, { id: paid.id }, headers)).body).toEqual({
      data: { app: { priceKopecks: 150_000, price: { amount: { amountKopecks: 150_000, currency: 'RUB' }, periodMonths: 1 } } },
    });
    expect((await stack.query(q, { id: free.id }, headers)).body).toEqual({ data: { app: { priceKopecks: null, price: null } } });
  });

  it('the marketplace subscription’s price per period is what buying it charges (BX-2, BX-4)', async () => {
    const { accounts, billing } = stack.dataSources;
    const account = await makeAccount(accounts!);
    const admin = await makeUser(accounts!, account, { role: UserRole.ADMIN });
    const headers = gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' });
    type Offer = { periodMonths: number; discountPercent: number; listPrice: { amount: { amountKopecks: number } }; price: { amount: { amountKopecks: number; currency: string }; periodMonths: number } };
    const { body } = await stack.query<{ marketplaceSubscriptionPrices: Offer[] }>(`{ marketplaceSubscriptionPrices {
      periodMonths discountPercent listPrice { amount { amountKopecks } } price { amount { amountKopecks currency } periodMonths } } }`, undefined, headers);
    expect(body.errors).toBeUndefined();
    const offers = body.data!.marketplaceSubscriptionPrices;
    expect(offers.map((o) => o.periodMonths)).toEqual([1, 3, 6, 12]);
    const monthly = offers[0]!.listPrice.amount.amountKopecks;
    for (const o of offers) {
      expect(o.listPrice.amount.amountKopecks).toBe(monthly * o.periodMonths);
      expect(o.price).toMatchObject({ amount: { currency: 'RUB' }, periodMonths: o.periodMonths });
      expect(o.price.amount.amountKopecks).toBeLessThanOrEqual(o.listPrice.amount.amountKopecks);
    }
    const bought = await stack.query('mutation { buyMarketplaceSubscription(periodMonths: 3) { marketplaceSubscription { active } userErrors { code } } }', undefined, headers);
    expect(bought.body).toEqual({ data: { buyMarketplaceSubscription: { marketplaceSubscription: { active: true }, userErrors: [] } } });
    const [charged] = await billing!.query('SELECT paid_kopecks FROM marketplace_subscriptions WHERE account_id = $1 AND NOT demo', [account.id]);
    expect(Number(charged.paid_kopecks)).toBe(offers[1]!.price.amount.amountKopecks);
  });

  it('subscription periods carry Money twins of their kopeck fields', async () => {
    const { accounts } = stack.dataSources;
    const account = await makeAccount(accounts!);
    const admin = await makeUser(accounts!, account, { role: UserRole.ADMIN });
    const headers = gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' });
    type Period = { listPriceKopecks: number; paidKopecks: number; listPrice: { amountKopecks: number }; paid: { amountKopecks: number; currency: string } };
    const bought = await stack.query<{ buyPaidAppOptions: { subscription: Period; userErrors: unknown[] } }>(
      'mutation { buyPaidAppOptions(input: { paidAppOptions: 2, periodMonths: 12 }) { subscription { listPriceKopecks paidKopecks listPrice { amountKopecks } paid { amountKopecks currency } } userErrors { code } } }',
      undefined, headers);
    expect(bought.body.errors).toBeUndefined();
    expect(bought.body.data!.buyPaidAppOptions.userErrors).toEqual([]);
    const period = bought.body.data!.buyPaidAppOptions.subscription;
    expect(period.listPrice.amountKopecks).toBe(period.listPriceKopecks);
    expect(period.paid).toEqual({ amountKopecks: period.paidKopecks, currency: 'RUB' });
  });
});
