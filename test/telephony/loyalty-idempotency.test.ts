import { randomUUID } from 'node:crypto';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { PERMISSIVE_EGRESS } from '@appmarket/egress';
import { createTelephonySubgraph } from '@appmarket/telephony-loyalty/src';
import { DEFAULT_TELEPHONY_OPTIONS } from '@appmarket/telephony-loyalty/src/context';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { refusalCode } from '../support/refusals';
import { makeAppAccount, startFakeLoyaltyServer, type RecordedRequest } from '../support/telephony-factories';

const CONNECT = `mutation($id: ID!, $url: String!) { connectLoyaltyApp(installId: $id, baseUrl: $url, token: "secret-token") { loyaltySettings { baseUrl } userErrors { code } } }`;
const CREATE = `mutation($name: String!, $key: String) {
  createLoyaltyCustomer(input: { name: $name, phone: "+79005556677" }, idempotencyKey: $key) { customer { id name phone } userErrors { field code } } }`;
const SALE = `mutation($input: LoyaltyRecordSaleInput!, $key: String) {
  recordLoyaltySale(input: $input, idempotencyKey: $key) { sale { saleId } userErrors { field code } } }`;
const RECORDED = { recordLoyaltySale: { sale: { saleId: 'sale-1' }, userErrors: [] } };
const saleOf = (quantity: number) => ({
  saleId: 'sale-1', retailStoreId: randomUUID(), customerId: 'cust-1', positions: [{ assortmentId: 'p-1', quantity, priceKopecks: 15000 }],
});

/**
 * Issue 19, item 1, at the point of sale (TL-2): creating a customer and recording a sale or a
 * return at the account's loyalty app are safe to retry with an idempotencyKey. The app is called
 * once per key; repeats answer what it answered.
 */
describe('Loyalty API: idempotent point-of-sale writes (issue 19)', () => {
  let stack: TestStack;
  let fake: Awaited<ReturnType<typeof startFakeLoyaltyServer>>;
  let customers = 0;
  let failNext = false;
  beforeAll(async () => {
    const loyalty = { ...DEFAULT_TELEPHONY_OPTIONS.loyalty, egress: PERMISSIVE_EGRESS };
    stack = await startTestStack({ subgraphs: { 'telephony-loyalty': createTelephonySubgraph({ ...DEFAULT_TELEPHONY_OPTIONS, loyalty }) } });
    fake = await startFakeLoyaltyServer((req: RecordedRequest) => {
      if (failNext) {
        failNext = false;
        return { status: 500, body: { errors: [{ error: 'down' }] } };
      }
      if (req.method === 'POST' && req.url === '/counterparty') return { body: { meta: { id: `cust-${++customers}` }, ...(req.body as object) } };
      return { body: {} };
    });
  });
  afterAll(async () => {
    await fake?.stop();
    await stack?.stop();
  });

  async function pointOfSale() {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    const connected = await stack.query(CONNECT, { id: t.install.id, url: fake.url }, gatewayHeadersFor(t.userIdentity(t.anna)));
    expect(refusalCode(connected.body as Parameters<typeof refusalCode>[0])).toBeUndefined();
    return gatewayHeadersFor(t.userIdentity(t.boris));
  }
  const calls = (url: string) => fake.requests.filter((r) => r.method === 'POST' && r.url === url).length;

  it('TL-2: concurrent createLoyaltyCustomer with one key create one customer at the loyalty app and all answer it', async () => {
    const pos = await pointOfSale();
    const before = calls('/counterparty');
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => stack.query<{ createLoyaltyCustomer: { customer: { id: string } } }>(CREATE, { name: 'Пётр', key }, pos)));
    expect(answers.map((a) => refusalCode(a.body))).toEqual([undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body.data))).size).toBe(1);
    expect(answers[0]!.body.data!.createLoyaltyCustomer.customer).toMatchObject({ name: 'Пётр', phone: '+79005556677' });
    expect(calls('/counterparty') - before).toBe(1);
    // Without a key each call creates one, as before.
    await stack.query(CREATE, { name: 'Пётр' }, pos);
    expect(calls('/counterparty') - before).toBe(2);
  });

  it('TL-2: a retried recordLoyaltySale with its key records the sale once; other input with the key is refused', async () => {
    const pos = await pointOfSale();
    const before = calls('/retaildemand');
    const key = randomUUID();
    const input = saleOf(2);
    expect((await stack.query(SALE, { input, key }, pos)).body.data).toEqual(RECORDED);
    expect((await stack.query(SALE, { input, key }, pos)).body.data).toEqual(RECORDED);
    expect(calls('/retaildemand') - before).toBe(1);
    const other = await stack.query(SALE, { input: { ...input, positions: saleOf(3).positions }, key }, pos);
    expect(other.body).toEqual({ data: { recordLoyaltySale: { sale: null, userErrors: [{ field: ['idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }] } } });
    expect(calls('/retaildemand') - before).toBe(1);
  });

  it('TL-2: a retried recordLoyaltyReturn with its key records the return once', async () => {
    const pos = await pointOfSale();
    const RETURN = `mutation($input: LoyaltyReturnInput!, $key: String) { recordLoyaltyReturn(input: $input, idempotencyKey: $key) { salesReturn { saleId } userErrors { code } } }`;
    const input = { saleId: 'sale-1', retailStoreId: randomUUID(), positions: [{ assortmentId: 'p-1', quantity: 1, priceKopecks: 15000 }] };
    const before = calls('/retailsalesreturn');
    const key = randomUUID();
    const answers = await Promise.all([1, 2].map(() => stack.query(RETURN, { input, key }, pos)));
    const recorded = { recordLoyaltyReturn: { salesReturn: { saleId: 'sale-1' }, userErrors: [] } };
    expect(answers.map((a) => a.body.data)).toEqual([recorded, recorded]);
    expect(calls('/retailsalesreturn') - before).toBe(1);
  });

  it('TL-2: a call the loyalty app refused stores no key: the retry with it calls the app again', async () => {
    const pos = await pointOfSale();
    const before = calls('/retaildemand');
    const key = randomUUID();
    failNext = true;
    expect((await stack.query(SALE, { input: saleOf(1), key }, pos)).body.errors?.[0]?.extensions?.code).toBe('LOYALTY_APP_FAILED');
    expect((await stack.query(SALE, { input: saleOf(1), key }, pos)).body.data).toEqual(RECORDED);
    expect(calls('/retaildemand') - before).toBe(2);
  });
});
