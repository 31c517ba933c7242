import { makeApp, makeVendor } from '../support/factories';
import { asAdmin, asModerator, asService, asVendor, catalogDirect, createApp, dataOf, errorCode, gql, hide, publish } from '../support/catalog-factories';
import { userErrorsOf } from '../support/refusals';
import { startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';

const SET_PRICING = `mutation ($id: ID!, $price: Int, $trial: Int) {
  changeAppPricing(appId: $id, priceKopecks: $price, trialDays: $trial) { app { priceKopecks trialDays isFree } userErrors { field message code } } }`;

/** Prices and trials: PR-1, PR-2, PR-4, TR-1, TR-6, PC-1..PC-3, and App.pricingAt for billing. */
describe('catalog: prices and trials', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());
  const catalog = () => stack.dataSources.catalog!;
  const setPricing = (identity: Parameters<typeof gql>[1], id: string, price: number | null, trial: number | null) =>
    gql(stack, identity, SET_PRICING, { id, price, trial });
  const pricingOf = async (id: string) =>
    dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { priceKopecks trialDays } }`, { id })).vendorApp;

  it('PR-1: an app is free (no price) or paid', async () => {
    const vendor = await makeVendor(catalog());
    const free = await createApp(stack, vendor, { priceKopecks: null });
    const paid = await createApp(stack, vendor, { priceKopecks: 50_000 });
    const isFree = async (id: string) => dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { isFree priceKopecks } }`, { id })).vendorApp;
    expect(await isFree(free.id)).toEqual({ isFree: true, priceKopecks: null });
    expect(await isFree(paid.id)).toEqual({ isFree: false, priceKopecks: 50_000 });
  });

  it('PR-2: a price is a whole multiple of 500 RUB, at creation and on change', async () => {
    const vendor = await makeVendor(catalog());
    const refused = await gql(stack, asVendor(vendor), `mutation { createApp(input: { alias: "odd-price", type: SERVER, name: "x", categories: [], priceKopecks: 70000 }) { secretKey userErrors { field code } } }`);
    expect(refused.body.data?.createApp).toEqual({ secretKey: null, userErrors: [{ field: ['input', 'priceKopecks'], code: 'PRICE_NOT_MULTIPLE_OF_500' }] });
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000 });
    // Issue 19, item 2: a refusal of the pricing form is data at the argument it concerns.
    const odd = await setPricing(asVendor(vendor), id, 75_000, null);
    expect(odd.body.errors).toBeUndefined();
    expect(odd.body.data?.changeAppPricing).toEqual({ app: null, userErrors: [{ field: ['priceKopecks'], code: 'PRICE_NOT_MULTIPLE_OF_500', message: expect.any(String) }] });
    // A negative price is outside the input bound (docs/INPUT-BOUNDS.md) before PR-2 is asked.
    expect(errorCode(await setPricing(asVendor(vendor), id, -50_000, null))).toBe('INPUT_OUT_OF_RANGE');
    expect(await pricingOf(id)).toEqual({ priceKopecks: 50_000, trialDays: null });
    expect(dataOf(await setPricing(asVendor(vendor), id, 150_000, null)).changeAppPricing.app.priceKopecks).toBe(150_000);
  });

  it('PR-4: the vendor earns the share setting of the list price (75 % by default), and the share may change', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000 });
    const earnings = async () => dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { vendorEarningsKopecks } } `, { id })).vendorApp.vendorEarningsKopecks;
    expect(await earnings()).toBe(37_500);
    // Owner-only (issue 19): another vendor or an account sees null with FORBIDDEN at its path, the rest of the app intact.
    await publish(stack, vendor, id);
    for (const other of [asVendor(await makeVendor(catalog())), asAdmin()]) {
      const seen = await gql(stack, other, `query ($id: ID!) { app(id: $id) { id vendorEarningsKopecks } }`, { id });
      expect(seen.body.data).toEqual({ app: { id, vendorEarningsKopecks: null } });
      expect(seen.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['app', 'vendorEarningsKopecks']]]);
    }
    const SET = `mutation($b: Int!) { setVendorShare(basisPoints: $b) { vendorShareBasisPoints userErrors { field code } } }`;
    expect(errorCode(await gql(stack, asVendor(vendor), SET, { b: 9000 }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(stack, asModerator, SET, { b: 10001 }))).toBe('INVALID_VENDOR_SHARE');
    dataOf(await gql(stack, asModerator, SET, { b: 8000 }));
    try {
      expect(await earnings()).toBe(40_000);
    } finally {
      dataOf(await gql(stack, asModerator, SET, { b: 7500 }));
    }
  });

  it('TR-1: a trial lasts 1 to 14 days, and only a paid app has one', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000 });
    expect(errorCode(await setPricing(asVendor(vendor), id, 50_000, 15))).toBe('INVALID_TRIAL_LENGTH');
    expect(errorCode(await setPricing(asVendor(vendor), id, 50_000, 0))).toBe('INVALID_TRIAL_LENGTH');
    expect(userErrorsOf((await setPricing(asVendor(vendor), id, null, 7)).body)).toEqual([{ field: ['trialDays'], code: 'TRIAL_REQUIRES_PAID_APP', message: expect.any(String) }]);
    // PR-2 and TR-1 at once: the form gets both, each at its field.
    expect(userErrorsOf((await setPricing(asVendor(vendor), id, 70_000, 15)).body).map((e) => [e.field, e.code])).toEqual([
      [['priceKopecks'], 'PRICE_NOT_MULTIPLE_OF_500'], [['trialDays'], 'INVALID_TRIAL_LENGTH'],
    ]);
    expect(await pricingOf(id)).toEqual({ priceKopecks: 50_000, trialDays: null });
    expect(dataOf(await setPricing(asVendor(vendor), id, 50_000, 14)).changeAppPricing.app.trialDays).toBe(14);
    expect(dataOf(await setPricing(asVendor(vendor), id, 50_000, 1)).changeAppPricing.app.trialDays).toBe(1);
  });

  it('TR-6: before publication the vendor sets the trial; after it only a moderator can', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000 });
    expect(errorCode(await setPricing(asModerator, id, 50_000, 5))).toBe('TRIAL_CHANGE_REQUIRES_VENDOR');
    dataOf(await setPricing(asVendor(vendor), id, 50_000, 5));
    await publish(stack, vendor, id);
    expect(errorCode(await setPricing(asVendor(vendor), id, 50_000, 10))).toBe('TRIAL_CHANGE_REQUIRES_MODERATOR');
    expect(await pricingOf(id)).toEqual({ priceKopecks: 50_000, trialDays: 5 });
    expect(dataOf(await setPricing(asModerator, id, 50_000, 10)).changeAppPricing.app.trialDays).toBe(10);
  });

  it('PC-1: free → paid, paid → free and a new price are the changes; a non-change is refused', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    expect(dataOf(await setPricing(asVendor(vendor), id, 100_000, null)).changeAppPricing.app).toEqual({ priceKopecks: 100_000, trialDays: null, isFree: false });
    expect(dataOf(await setPricing(asVendor(vendor), id, 150_000, null)).changeAppPricing.app.priceKopecks).toBe(150_000);
    expect(dataOf(await setPricing(asVendor(vendor), id, null, null)).changeAppPricing.app).toEqual({ priceKopecks: null, trialDays: null, isFree: true });
    expect(errorCode(await setPricing(asVendor(vendor), id, null, null))).toBe('PRICING_UNCHANGED');
  });

  it('PC-2: an unpublished app’s price is changed by its vendor, a published app’s only by a moderator', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000 });
    expect(errorCode(await setPricing(asModerator, id, 100_000, null))).toBe('PRICE_CHANGE_REQUIRES_VENDOR');
    // DL-3: another vendor's app is NOT_FOUND, named at the appId argument.
    expect(userErrorsOf((await setPricing(asVendor(await makeVendor(catalog())), id, 100_000, null)).body)).toEqual([{ field: ['appId'], code: 'NOT_FOUND', message: expect.any(String) }]);
    dataOf(await setPricing(asVendor(vendor), id, 100_000, null));
    await publish(stack, vendor, id);
    expect(errorCode(await setPricing(asVendor(vendor), id, 150_000, null))).toBe('PRICE_CHANGE_REQUIRES_MODERATOR');
    expect(errorCode(await setPricing(asVendor(vendor), id, null, null))).toBe('PRICE_CHANGE_REQUIRES_MODERATOR');
    expect(await pricingOf(id)).toEqual({ priceKopecks: 100_000, trialDays: null });
    expect(dataOf(await setPricing(asModerator, id, 150_000, null)).changeAppPricing.app.priceKopecks).toBe(150_000);
  });

  it('PC-3: making a published free app paid requires a trial of 7 to 14 days', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    await publish(stack, vendor, id);
    expect(errorCode(await setPricing(asModerator, id, 50_000, null))).toBe('PAID_CONVERSION_REQUIRES_TRIAL');
    expect(errorCode(await setPricing(asModerator, id, 50_000, 6))).toBe('PAID_CONVERSION_REQUIRES_TRIAL');
    expect(await pricingOf(id)).toEqual({ priceKopecks: null, trialDays: null });
    expect(dataOf(await setPricing(asModerator, id, 50_000, 7)).changeAppPricing.app).toEqual({ priceKopecks: 50_000, trialDays: 7, isFree: false });
    // An unpublished free app may become paid without a trial.
    const draft = await createApp(stack, vendor);
    expect(dataOf(await setPricing(asVendor(vendor), draft.id, 50_000, null)).changeAppPricing.app.priceKopecks).toBe(50_000);
  });

  it('LC-4: a hidden app stays free', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    await publish(stack, vendor, id);
    await hide(stack, id);
    expect(errorCode(await setPricing(asModerator, id, 50_000, 7))).toBe('HIDDEN_APP_MUST_STAY_FREE');
  });

  it('every change is recorded with its effective time, and pricingAt answers the price and trial of any moment', async () => {
    const vendor = await makeVendor(catalog());
    stack.clock.set('2026-11-01T09:00:00Z');
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000, trialDays: 3 });
    await publish(stack, vendor, id);
    stack.clock.set('2026-11-05T12:00:00Z');
    dataOf(await setPricing(asModerator, id, 100_000, 14));
    stack.clock.set('2026-11-10T12:00:00Z');
    dataOf(await setPricing(asModerator, id, null, null));
    stack.clock.set('2026-11-01T09:00:00Z');
    // pricingAt is billing's read (issue 19 item 6): @inaccessible, asked by a service directly.
    const { _entities: [pricing] } = dataOf(await catalogDirect(stack, asService, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on App {
      before: pricingAt(at: "2026-10-01T00:00:00Z") { priceKopecks trialDays }
      first: pricingAt(at: "2026-11-05T11:59:59Z") { priceKopecks trialDays }
      second: pricingAt(at: "2026-11-05T12:00:00Z") { priceKopecks trialDays }
      third: pricingAt(at: "2026-12-01T00:00:00Z") { priceKopecks trialDays } } } }`, { reps: [{ __typename: 'App', id }] }));
    expect(pricing).toEqual({
      before: { priceKopecks: 50_000, trialDays: 3 },
      first: { priceKopecks: 50_000, trialDays: 3 },
      second: { priceKopecks: 100_000, trialDays: 14 },
      third: { priceKopecks: null, trialDays: null },
    });
    const { app } = dataOf(await gql(stack, asModerator, `query ($id: ID!) { app(id: $id) { pricingHistory { priceKopecks trialDays effectiveAt actorKind } } }`, { id }));
    expect(app).toEqual({
      pricingHistory: [
        { priceKopecks: 50_000, trialDays: 3, effectiveAt: '2026-11-01T09:00:00.000Z', actorKind: 'VENDOR' },
        { priceKopecks: 100_000, trialDays: 14, effectiveAt: '2026-11-05T12:00:00.000Z', actorKind: 'MODERATOR' },
        { priceKopecks: null, trialDays: null, effectiveAt: '2026-11-10T12:00:00.000Z', actorKind: 'MODERATOR' },
      ],
    });
  });

  it('pricingAt of an app written without history answers its current price; many apps cost one statement', async () => {
    const vendor = await makeVendor(catalog());
    const apps = await Promise.all([1, 2, 3].map((n) => makeApp(catalog(), vendor, { priceKopecks: n * 50_000, trialDays: n })));
    const statementsFor = async (ids: string[]) => {
      const response = await catalogDirect(stack, asService, `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on App { pricingAt(at: "2026-11-01T00:00:00Z") { priceKopecks trialDays } } } }`,
        { reps: ids.map((id) => ({ __typename: 'App', id })) });
      return { data: dataOf(response), statements: sqlStatementsOf(response) };
    };
    const one = await statementsFor([apps[0]!.id]);
    const three = await statementsFor(apps.map((a) => a.id));
    expect(three.data._entities).toEqual([1, 2, 3].map((n) => ({ pricingAt: { priceKopecks: n * 50_000, trialDays: n } })));
    expect(three.statements).toBe(one.statements);
  });
});
