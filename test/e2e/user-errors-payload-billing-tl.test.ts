import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { buildSchema, isEnumType } from 'graphql';
import { rowCounts } from '../bad-input/support/row-counts';
import { makeApp, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { type UserErrorShape } from '../support/refusals';
import { startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount } from '../support/telephony-factories';

/**
 * Issue 19, item 2, through the gateway on the real stack: billing's and telephony-loyalty's
 * refusals a form can act on are data. Each answer is HTTP 200 with no `errors`, the payload's
 * object null and `userErrors` naming the argument (`field`), with a code of the mutation's own
 * `<Name>ErrorCode` enum as clients see it (web/schema.graphql); nothing is written anywhere, and
 * where the service checks several fields every problem comes back at once.
 */
const API = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'web', 'schema.graphql'), 'utf8'));

/** The codes of `<Mutation>ErrorCode` in the schema clients get. */
function enumOf(mutation: string): string[] {
  const type = API.getType(`${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}ErrorCode`);
  if (!isEnumType(type)) throw new Error(`${mutation} has no error-code enum`);
  return type.getValues().map((v) => v.name);
}

let stack: TestStack;
const SAVED_ENV = { ...process.env };
beforeAll(async () => {
  // No job workers: the row counts before and after a refusal see only what the refusal wrote.
  Object.assign(process.env, { ACCOUNTS_JOB_WORKERS: 'off', BILLING_JOB_WORKERS: 'off', CATALOG_JOB_WORKERS: 'off', TELEPHONY_JOB_WORKERS: 'off' });
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
  process.env = SAVED_ENV;
});

/**
 * Runs a mutation expected to be refused as data: HTTP 200, no top-level errors, every other
 * payload field null, each code in the mutation's enum, and not one row written in any subgraph.
 */
async function refusedAsData(mutation: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const before = await rowCounts(stack);
  const response = await stack.query<Record<string, Record<string, unknown> & { userErrors: UserErrorShape[] }>>(query, variables, headers);
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  const { userErrors, ...rest } = response.body.data![mutation]!;
  expect(Object.values(rest).every((v) => v === null)).toBe(true);
  expect(userErrors.length).toBeGreaterThan(0);
  const codes = enumOf(mutation);
  for (const e of userErrors) {
    expect(codes).toContain(e.code);
    expect(e.message).toEqual(expect.any(String));
  }
  expect(await rowCounts(stack)).toEqual(before);
  return userErrors.map(({ field, code }) => ({ field, code }));
}

const adminHeaders = () => gatewayHeadersFor({ kind: 'user', userId: randomUUID(), accountId: randomUUID(), role: 'ADMIN' });

describe('billing: refusals as user errors (issue 19, item 2)', () => {
  const BUY = `mutation($input: BuyPaidAppOptionsInput!, $key: String) {
    buyPaidAppOptions(input: $input, idempotencyKey: $key) { subscription { id } userErrors { field message code } } }`;

  it('PR-3: options and period both wrong come back together at their fields; a retry with the key is judged again', async () => {
    const admin = adminHeaders();
    const key = randomUUID();
    const both = { field: ['input', 'paidAppOptions'], code: 'INVALID_PAID_APP_OPTIONS' };
    const period = { field: ['input', 'periodMonths'], code: 'INVALID_SUBSCRIPTION_PERIOD' };
    expect(await refusedAsData('buyPaidAppOptions', BUY, { input: { paidAppOptions: 0, periodMonths: 2 }, key }, admin)).toEqual([both, period]);
    // A refusal stores no key: the same retry gets the same user errors, a corrected one with the key buys.
    expect(await refusedAsData('buyPaidAppOptions', BUY, { input: { paidAppOptions: 0, periodMonths: 2 }, key }, admin)).toEqual([both, period]);
    const bought = await stack.query(BUY, { input: { paidAppOptions: 1, periodMonths: 1 }, key }, admin);
    expect(bought.body.data).toEqual({ buyPaidAppOptions: { subscription: { id: expect.any(String) }, userErrors: [] } });
  });

  it('BX-2/BX-4: an unsold period of the marketplace subscription is a user error at periodMonths', async () => {
    expect(await refusedAsData('buyMarketplaceSubscription',
      `mutation { buyMarketplaceSubscription(periodMonths: 2) { marketplaceSubscription { active } userErrors { field message code } } }`, {}, adminHeaders()))
      .toEqual([{ field: ['periodMonths'], code: 'INVALID_SUBSCRIPTION_PERIOD' }]);
  });

  it('BX-5: the demo a second time is a user error of the request as a whole (field null)', async () => {
    const admin = adminHeaders();
    const DEMO = `mutation { activateMarketplaceDemo { marketplaceSubscription { demo } userErrors { field message code } } }`;
    expect((await stack.query(DEMO, {}, admin)).body.data).toEqual({ activateMarketplaceDemo: { marketplaceSubscription: { demo: true }, userErrors: [] } });
    expect(await refusedAsData('activateMarketplaceDemo', DEMO, {}, admin)).toEqual([{ field: null, code: 'MARKETPLACE_DEMO_ALREADY_USED' }]);
  });

  it('PR-4: a vendor share outside 0–10000 basis points is a user error at basisPoints; a vendor is still FORBIDDEN (top-level)', async () => {
    const SET = `mutation($b: Int!) { setVendorShare(basisPoints: $b) { vendorShareBasisPoints userErrors { field message code } } }`;
    expect(await refusedAsData('setVendorShare', SET, { b: 10_001 }, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' })))
      .toEqual([{ field: ['basisPoints'], code: 'INVALID_VENDOR_SHARE' }]);
    const byVendor = await stack.query(SET, { b: 9000 }, gatewayHeadersFor({ kind: 'vendor', vendorId: randomUUID() }));
    expect(byVendor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('TX-1..TX-3: days, app and account all wrong come back together, each at its field; nothing is written', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const free = await makeApp(stack.dataSources.catalog!, vendor, { priceKopecks: null });
    const EXTEND = `mutation($input: ExtendTrialInput!) { extendTrial(input: $input) { trialExtension { trialEndsAt } userErrors { field message code } } }`;
    const asVendor = gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id });
    expect(await refusedAsData('extendTrial', EXTEND, { input: { accountId: randomUUID(), appId: free.id, days: 15 } }, asVendor)).toEqual([
      { field: ['input', 'days'], code: 'TRIAL_EXTENSION_DAYS_OUT_OF_RANGE' },
      { field: ['input', 'appId'], code: 'TRIAL_EXTENSION_APP_NOT_PAID' },
      { field: ['input', 'accountId'], code: 'ACCOUNT_NOT_FOUND' },
    ]);
    // Another vendor's app is not found, at the app's field (DL-3: the same answer as a missing one).
    expect(await refusedAsData('extendTrial', EXTEND, { input: { accountId: randomUUID(), appId: free.id, days: 5 } },
      gatewayHeadersFor({ kind: 'vendor', vendorId: randomUUID() }))).toEqual([
      { field: ['input', 'appId'], code: 'NOT_FOUND' }, { field: ['input', 'accountId'], code: 'ACCOUNT_NOT_FOUND' },
    ]);
  });
});

describe('telephony-loyalty: refusals as user errors (issue 19, item 2)', () => {
  it('TL-2: a plain-http address and an overlong token come back together at baseUrl and token; nothing is stored', async () => {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    const CONNECT = `mutation($id: ID!, $url: String!, $token: String!) {
      connectLoyaltyApp(installId: $id, baseUrl: $url, token: $token) { loyaltySettings { baseUrl } userErrors { field message code } } }`;
    const admin = gatewayHeadersFor(t.userIdentity(t.anna));
    expect(await refusedAsData('connectLoyaltyApp', CONNECT, { id: t.install.id, url: 'http://loyalty.example.com', token: 'x'.repeat(600) }, admin)).toEqual([
      { field: ['baseUrl'], code: 'OUTBOUND_URL_NOT_HTTPS' }, { field: ['token'], code: 'BAD_USER_INPUT' },
    ]);
    // TY-3: a TELEPHONY install cannot be connected: a user error at the install.
    const telephony = await makeAppAccount(stack, AppType.TELEPHONY);
    expect(await refusedAsData('connectLoyaltyApp', CONNECT, { id: telephony.install.id, url: 'https://loyalty.example.com', token: 'tok' },
      gatewayHeadersFor(telephony.userIdentity(telephony.anna)))).toEqual([{ field: ['installId'], code: 'LOYALTY_API_REQUIRES_LOYALTY_APP' }]);
    // Nothing to disconnect is LOYALTY_NOT_CONFIGURED at the install, not a silent false.
    expect(await refusedAsData('disconnectLoyaltyApp',
      `mutation($id: ID!) { disconnectLoyaltyApp(installId: $id) { install { id } userErrors { field message code } } }`, { id: t.install.id }, admin))
      .toEqual([{ field: ['installId'], code: 'LOYALTY_NOT_CONFIGURED' }]);
  });

  it('TL-2: at the point of sale, a sale without positions is a user error at input.positions; no connection is one of the request', async () => {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    const pos = gatewayHeadersFor(t.userIdentity(t.boris));
    const RECALC = `mutation($input: LoyaltySaleInput!) { recalculateLoyaltySale(input: $input) { calculation { bonusValueToEarn } userErrors { field message code } } }`;
    expect(await refusedAsData('recalculateLoyaltySale', RECALC, { input: { retailStoreId: randomUUID(), positions: [] } }, pos))
      .toEqual([{ field: ['input', 'positions'], code: 'BAD_USER_INPUT' }]);
    const sale = { retailStoreId: randomUUID(), saleId: 's-1', positions: [{ assortmentId: 'p-1', quantity: 1, priceKopecks: 100 }] };
    expect(await refusedAsData('recordLoyaltySale',
      `mutation($input: LoyaltyRecordSaleInput!) { recordLoyaltySale(input: $input) { sale { saleId } userErrors { field message code } } }`, { input: sale }, pos))
      .toEqual([{ field: null, code: 'LOYALTY_NOT_CONFIGURED' }]);
    expect(await refusedAsData('verifyLoyaltyCustomer',
      `mutation { verifyLoyaltyCustomer(customerId: "c-1", code: "1234") { verification { customerId } userErrors { field message code } } }`, {}, pos))
      .toEqual([{ field: null, code: 'LOYALTY_NOT_CONFIGURED' }]);
  });

  it('TL-1: over GraphQL, an unknown employee, a missing one and an unknown call are user errors at their arguments; no call is written', async () => {
    const t = await makeAppAccount(stack, AppType.TELEPHONY);
    const app = gatewayHeadersFor(t.appIdentity);
    // The key's first Phone API call binds the install (TY-2); bound first, so the counts see only the refusals.
    expect((await stack.query(`{ phoneEmployee(extension: "101") { id } }`, {}, app)).body.data).toEqual({ phoneEmployee: { id: t.anna.id } });
    const call = { externalId: 'ue-1', direction: 'INCOMING', fromNumber: '+7 900 111-22-33', toNumber: '101' };
    expect(await refusedAsData('createPhoneCall',
      `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { id } userErrors { field message code } } }`,
      { input: { ...call, extension: '999' } }, app)).toEqual([{ field: ['input', 'extension'], code: 'EMPLOYEE_NOT_FOUND' }]);
    const EVENT = `mutation($call: CallRefInput!, $event: CallCardEvent!) {
      recordPhoneCallEvent(call: $call, event: $event) { changes { eventId } userErrors { field message code } } }`;
    expect(await refusedAsData('recordPhoneCallEvent', EVENT, { call: { externalId: 'nobody-knows' }, event: 'HIDE_ALL' }, app))
      .toEqual([{ field: ['call'], code: 'CALL_NOT_FOUND' }]);
    const created = await stack.query<{ createPhoneCall: { call: { id: string } } }>(
      `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { id } } }`, { input: call }, app);
    expect(await refusedAsData('recordPhoneCallEvent', EVENT, { call: { id: created.body.data!.createPhoneCall.call.id }, event: 'SHOW' }, app))
      .toEqual([{ field: ['extension'], code: 'BAD_USER_INPUT' }]);
    expect(await refusedAsData('updatePhoneCall',
      `mutation($input: UpdateCallInput!) { updatePhoneCall(call: { externalId: "nobody-knows" }, input: $input) { call { id } userErrors { field message code } } }`,
      { input: { status: 'MISSED' } }, app)).toEqual([{ field: ['call'], code: 'CALL_NOT_FOUND' }]);
  });
});
