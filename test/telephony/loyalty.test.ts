import { randomUUID } from 'node:crypto';
import { createLogger } from '@appmarket/core';
import { PERMISSIVE_EGRESS } from '@appmarket/egress';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import { peersFromMap, type RunningServer } from '@appmarket/federation';
import { createTelephonySubgraph } from '@appmarket/telephony-loyalty/src';
import { DEFAULT_TELEPHONY_OPTIONS } from '@appmarket/telephony-loyalty/src/context';
import { RequestLimiter } from '@appmarket/telephony-loyalty/src/limits/request-limiter';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { makeInstall } from '../support/factories';
import { refusalCode } from '../support/refusals';
import { appIdentityOf, makeAppAccount, startFakeLoyaltyServer, type RecordedRequest } from '../support/telephony-factories';

const CONNECT = `mutation($id: ID!, $url: String!, $token: String!) {
  connectLoyaltyApp(installId: $id, baseUrl: $url, token: $token) { loyaltySettings { baseUrl tokenMasked registeredAt } userErrors { field message code } } }`;
/** The fake loyalty app listens on 127.0.0.1: these tests widen egress explicitly. */
const LOYALTY_OPTIONS = { ...DEFAULT_TELEPHONY_OPTIONS.loyalty, egress: PERMISSIVE_EGRESS };
const RECALC = `mutation($input: LoyaltySaleInput!) { recalculateLoyaltySale(input: $input) {
  calculation { positions { assortmentId quantity priceKopecks discountPercent discountedPriceKopecks } bonusValueToSpend bonusValueToEarn } userErrors { code } } }`;
const BALANCE = `query($id: ID!) { loyaltyBalance(customerId: $id) { customerId bonusBalance } }`;
const sale = { retailStoreId: randomUUID(), customerId: 'cust-1', positions: [{ assortmentId: 'p-1', quantity: 2, priceKopecks: 15000 }] };

/** The fake LOYALTY app's answers by route. */
function loyaltyApp(req: RecordedRequest) {
  const route = `${req.method} ${req.url.split('?')[0]}`;
  switch (route) {
    case 'GET /counterparty': return { body: { rows: [{ meta: { id: 'cust-1' }, name: 'Ольга', phone: '+79001112233', discountCardNumber: '777' }] } };
    case 'POST /counterparty': return { body: { meta: { id: 'cust-2' }, ...(req.body as object) } };
    case 'POST /counterparty/detail': return { body: { meta: { id: 'cust-1' }, bonusProgram: { agentBonusBalance: 420 } } };
    case 'POST /retaildemand/recalc': return { body: {
      positions: [{ assortment: { meta: { id: 'p-1' } }, quantity: 2, price: 15000, discountPercent: 10, discountedPrice: 13500 }],
      bonusProgram: { bonusValueToSpend: 0, bonusValueToEarn: 27 },
    } };
    case 'GET /giftcard': return { body: { meta: { id: 'gc-1' }, name: 'GIFT-1', balance: 100000, state: 'ACTIVE' } };
    default: return { body: {} };
  }
}

describe('Loyalty API (TL-2) against a fake loyalty app', () => {
  let stack: TestStack;
  let fake: Awaited<ReturnType<typeof startFakeLoyaltyServer>>;
  let answer: (req: RecordedRequest) => ReturnType<Parameters<typeof startFakeLoyaltyServer>[0]> = loyaltyApp;
  beforeAll(async () => {
    stack = await startTestStack({ subgraphs: { 'telephony-loyalty': createTelephonySubgraph({ ...DEFAULT_TELEPHONY_OPTIONS, loyalty: LOYALTY_OPTIONS }) } });
    fake = await startFakeLoyaltyServer((req) => answer(req));
  });
  afterAll(async () => {
    await fake?.stop();
    await stack?.stop();
  });
  beforeEach(() => {
    answer = loyaltyApp;
  });

  const codeOf = (r: { body: object }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);
  const exchangesOf = (accountId: string) =>
    stack.dataSources['telephony-loyalty']!.query(
      'SELECT operation, method, path, response_status, outcome FROM loyalty_exchanges WHERE account_id = $1 ORDER BY started_at, operation',
      [accountId],
    ) as Promise<{ operation: string; method: string; path: string; response_status: number | null; outcome: string }[]>;

  /** An account whose admin (Anna) connected its LOYALTY install to `baseUrl`; Boris works the point of sale. */
  async function loyaltyAccount(baseUrl = fake.url) {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    const admin = gatewayHeadersFor(t.userIdentity(t.anna));
    const connected = await stack.query(CONNECT, { id: t.install.id, url: baseUrl, token: 'secret-token' }, admin);
    expect(codeOf(connected)).toBeUndefined();
    return { ...t, admin, pos: gatewayHeadersFor(t.userIdentity(t.boris)) };
  }

  it('runs the point-of-sale operations through the registered endpoint with its token, and audits each', async () => {
    const t = await loyaltyAccount();
    const before = fake.requests.length;
    const found = await stack.query(`{ loyaltyCustomers(search: "Ольга") { id name phone discountCardNumber } }`, {}, t.pos);
    expect(found.body.data).toEqual({ loyaltyCustomers: [{ id: 'cust-1', name: 'Ольга', phone: '+79001112233', discountCardNumber: '777' }] });
    const created = await stack.query(`mutation { createLoyaltyCustomer(input: { name: "Пётр", phone: "+79005556677" }) { customer { id name phone } userErrors { code } } }`, {}, t.pos);
    expect(created.body.data).toEqual({ createLoyaltyCustomer: { customer: { id: 'cust-2', name: 'Пётр', phone: '+79005556677' }, userErrors: [] } });
    expect((await stack.query(BALANCE, { id: 'cust-1' }, t.pos)).body.data).toEqual({ loyaltyBalance: { customerId: 'cust-1', bonusBalance: 420 } });
    const recalc = await stack.query(RECALC, { input: sale }, t.pos);
    expect(recalc.body.data).toEqual({ recalculateLoyaltySale: { calculation: {
      positions: [{ assortmentId: 'p-1', quantity: 2, priceKopecks: 15000, discountPercent: 10, discountedPriceKopecks: 13500 }],
      bonusValueToSpend: 0, bonusValueToEarn: 27,
    }, userErrors: [] } });
    const ops = await stack.query(`mutation($sale: LoyaltyRecordSaleInput!, $ret: LoyaltyReturnInput!) {
      verifyLoyaltyCustomer(customerId: "cust-1", code: "1234") { verification { customerId } userErrors { code } }
      verifyLoyaltySpend(customerId: "cust-1", code: "5678", bonusValueToSpend: 100) { verification { customerId bonusValueToSpend } userErrors { code } }
      recordLoyaltySale(input: $sale) { sale { saleId retailStoreId customerId bonusValueToSpend } userErrors { code } }
      recordLoyaltyReturn(input: $ret) { salesReturn { saleId retailStoreId customerId } userErrors { code } } }`,
    { sale: { ...sale, saleId: 'sale-1' }, ret: { retailStoreId: sale.retailStoreId, saleId: 'sale-1', positions: sale.positions } }, t.pos);
    expect(ops.body.data).toEqual({
      verifyLoyaltyCustomer: { verification: { customerId: 'cust-1' }, userErrors: [] },
      verifyLoyaltySpend: { verification: { customerId: 'cust-1', bonusValueToSpend: 100 }, userErrors: [] },
      recordLoyaltySale: { sale: { saleId: 'sale-1', retailStoreId: sale.retailStoreId, customerId: 'cust-1', bonusValueToSpend: 0 }, userErrors: [] },
      recordLoyaltyReturn: { salesReturn: { saleId: 'sale-1', retailStoreId: sale.retailStoreId, customerId: null }, userErrors: [] },
    });
    const gift = await stack.query(`{ loyaltyGiftCard(name: "GIFT-1") { id balanceKopecks state } }`, {}, t.pos);
    expect(gift.body.data).toEqual({ loyaltyGiftCard: { id: 'gc-1', balanceKopecks: 100000, state: 'ACTIVE' } });

    const sent = fake.requests.slice(before);
    expect(sent.every((r) => r.token === 'secret-token')).toBe(true);
    expect(sent.map((r) => `${r.method} ${r.url.split('?')[0]}`).sort()).toEqual([
      'GET /counterparty', 'GET /giftcard', 'POST /counterparty', 'POST /counterparty/detail', 'POST /counterparty/verify',
      'POST /retaildemand', 'POST /retaildemand/recalc', 'POST /retaildemand/verify', 'POST /retailsalesreturn',
    ]);
    expect(sent.find((r) => r.url.startsWith('/retaildemand/recalc'))!.body).toMatchObject({
      positions: [{ assortment: { meta: { id: 'p-1' } }, quantity: 2, price: 15000 }], agent: { meta: { id: 'cust-1' } },
    });
    const audit = await exchangesOf(t.account.id);
    expect(audit).toHaveLength(9);
    expect(audit.every((e) => e.outcome === 'OK' && e.response_status === 200)).toBe(true);
  });

  it("exposes the install's loyalty settings through federation (Install.loyaltySettings), never the token, and only to its account", async () => {
    const t = await loyaltyAccount();
    const r = await stack.query<{ _entities?: unknown }>(
      `query($id: ID!) { account(id: $id) { installs { id loyaltySettings { baseUrl } } } }`,
      { id: t.account.id },
      gatewayHeadersFor(t.userIdentity(t.anna)),
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ account: { installs: [{ id: t.install.id, loyaltySettings: { baseUrl: fake.url } }] } });
    // The admin sees the token masked, never in full.
    const masked = await stack.query(`query($id: ID!) { account(id: $id) { installs { loyaltySettings { tokenMasked } } } }`, { id: t.account.id }, t.admin);
    expect(masked.body.data).toEqual({ account: { installs: [{ loyaltySettings: { tokenMasked: '••••oken' } }] } });
    // Another account's user learns nothing about it.
    const other = await makeAppAccount(stack, AppType.LOYALTY);
    const reps = { reps: [{ __typename: 'Install', id: t.install.id }] };
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Install { loyaltySettings { baseUrl } } } }`;
    const url = stack.subgraphs['telephony-loyalty']!.url;
    expect((await postGraphQL(url, entities, reps, subgraphHeadersFor(other.userIdentity(other.anna)))).body.data).toEqual({ _entities: [{ loyaltySettings: null }] });
    expect((await postGraphQL(url, entities, reps, subgraphHeadersFor(t.userIdentity(t.boris)))).body.data).toEqual({ _entities: [{ loyaltySettings: { baseUrl: fake.url } }] });
  });

  it("maps the app's error shapes to their own codes, and records them", async () => {
    const t = await loyaltyAccount();
    answer = () => ({ status: 400, body: { errors: [{ error: 'Неверный код', code: 1001, parameter: 'verificationCode' }] } });
    const rejected = await stack.query(`mutation { verifyLoyaltyCustomer(customerId: "cust-1", code: "0000") { verification { customerId } userErrors { field message code } } }`, {}, t.pos);
    // Issue 19, item 2: the app's refusal is a user error at the argument its `parameter` names (verificationCode → code).
    expect(rejected.body).toEqual({ data: { verifyLoyaltyCustomer: {
      verification: null, userErrors: [{ field: ['code'], message: 'Неверный код', code: 'LOYALTY_REQUEST_REJECTED' }],
    } } });
    answer = () => ({ status: 500, body: { errors: [{ error: 'database down', code: 500 }] } });
    expect(codeOf(await stack.query(BALANCE, { id: 'cust-1' }, t.pos))).toBe('LOYALTY_APP_FAILED');
    answer = () => ({ status: 200, raw: '<html>not json</html>' });
    expect(codeOf(await stack.query(BALANCE, { id: 'cust-1' }, t.pos))).toBe('LOYALTY_BAD_RESPONSE');
    expect((await exchangesOf(t.account.id)).map((e) => e.outcome).sort()).toEqual(['LOYALTY_APP_FAILED', 'LOYALTY_BAD_RESPONSE', 'LOYALTY_REQUEST_REJECTED']);
  });

  it('an employee at the point of sale holds at most 5 loyalty calls at once (TOO_MANY_CONCURRENT_REQUESTS)', async () => {
    const t = await loyaltyAccount();
    const limiter = new RequestLimiter(stack.dataSources['telephony-loyalty']!, stack.clock);
    const leases = await Promise.all(Array.from({ length: 5 }, () => limiter.acquire(`user:${t.boris.id}`)));
    const before = fake.requests.length;
    expect(codeOf(await stack.query(BALANCE, { id: 'cust-1' }, t.pos))).toBe('TOO_MANY_CONCURRENT_REQUESTS');
    expect(fake.requests.length).toBe(before);
    // Another employee of the account is not held up.
    expect((await stack.query(BALANCE, { id: 'cust-1' }, gatewayHeadersFor(t.userIdentity(t.anna)))).body.errors).toBeUndefined();
    await limiter.release(leases[0]!);
    expect((await stack.query(BALANCE, { id: 'cust-1' }, t.pos)).body.errors).toBeUndefined();
  });

  it('answers LOYALTY_NOT_CONFIGURED when the account has no registered loyalty endpoint', async () => {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    expect(codeOf(await stack.query(BALANCE, { id: 'cust-1' }, gatewayHeadersFor(t.userIdentity(t.anna))))).toBe('LOYALTY_NOT_CONFIGURED');
  });

  it('TL-2: only a LOYALTY install can be connected; the point of sale talks to that app', async () => {
    const telephony = await makeAppAccount(stack, AppType.TELEPHONY);
    const refused = await stack.query(CONNECT, { id: telephony.install.id, url: fake.url, token: 't' }, gatewayHeadersFor(telephony.userIdentity(telephony.anna)));
    expect(refused.body).toEqual({ data: { connectLoyaltyApp: {
      loyaltySettings: null, userErrors: [{ field: ['installId'], message: expect.any(String), code: 'LOYALTY_API_REQUIRES_LOYALTY_APP' }],
    } } });
    const rows = await stack.dataSources['telephony-loyalty']!.query('SELECT 1 FROM loyalty_settings WHERE account_id = $1', [telephony.account.id]);
    expect(rows).toHaveLength(0);
    expect(codeOf(await stack.query(BALANCE, { id: 'c' }, gatewayHeadersFor(telephony.userIdentity(telephony.anna))))).toBe('LOYALTY_NOT_CONFIGURED');
  });

  it('TY-3: connecting is the admin\'s: app tokens (the LOYALTY app\'s own included) and employees are refused, nothing stored', async () => {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    for (const type of ['LOYALTY', 'TELEPHONY', 'IFRAME', 'SERVER'] as const) {
      const headers = gatewayHeadersFor(appIdentityOf(t.account.id, type === 'LOYALTY' ? t.install.id : randomUUID(), type, randomUUID()));
      expect(codeOf(await stack.query(CONNECT, { id: t.install.id, url: fake.url, token: 't' }, headers))).toBe('FORBIDDEN');
    }
    expect(codeOf(await stack.query(CONNECT, { id: t.install.id, url: fake.url, token: 't' }, gatewayHeadersFor(t.userIdentity(t.boris))))).toBe('FORBIDDEN');
    expect(await stack.dataSources['telephony-loyalty']!.query('SELECT 1 FROM loyalty_settings WHERE account_id = $1', [t.account.id])).toHaveLength(0);
  });

  it('TY-2: a new LOYALTY install of the account takes over the connection a removed one left', async () => {
    const t = await loyaltyAccount();
    await stack.dataSources.accounts!.getRepository(Install).update({ id: t.install.id }, { status: InstallStatus.UNINSTALLED, uninstalledAt: new Date('2026-11-01T08:00:00Z') });
    const second = await makeInstall(stack.dataSources.accounts!, t.account, t.app);
    expect(codeOf(await stack.query(CONNECT, { id: second.id, url: `${fake.url}/other`, token: 'x' }, t.admin))).toBeUndefined();
    const rows = await stack.dataSources['telephony-loyalty']!.query('SELECT install_id, base_url FROM loyalty_settings WHERE account_id = $1', [t.account.id]);
    expect(rows).toEqual([{ install_id: second.id, base_url: `${fake.url}/other` }]);
  });

  describe('timeout and circuit breaker (a replica with a 200 ms timeout, opening after 2 failures for 30 s)', () => {
    let fast: RunningServer;
    beforeAll(async () => {
      fast = await createTelephonySubgraph({
        ...DEFAULT_TELEPHONY_OPTIONS,
        loyalty: { ...LOYALTY_OPTIONS, timeoutMs: 200, breaker: { failureThreshold: 2, openMs: 30_000 } },
      }).start({
        dataSource: stack.dataSources['telephony-loyalty']!, port: 0, host: '127.0.0.1', clock: stack.clock,
        logger: createLogger('test', 'error'), peers: peersFromMap(Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.url]))),
      });
    });
    afterAll(() => fast?.stop());
    const ask = (pos: Record<string, string>) => postGraphQL(fast.url, BALANCE, { id: 'cust-1' }, pos);
    const posOf = (t: Awaited<ReturnType<typeof loyaltyAccount>>) => subgraphHeadersFor(t.userIdentity(t.boris));

    it('a slow answer times out (LOYALTY_TIMEOUT); repeated failures open the breaker, which refuses without calling', async () => {
      const t = await loyaltyAccount();
      answer = () => 'hang';
      expect(codeOf(await ask(posOf(t)))).toBe('LOYALTY_TIMEOUT');
      expect(codeOf(await ask(posOf(t)))).toBe('LOYALTY_TIMEOUT');
      const before = fake.requests.length;
      const open = await ask(posOf(t));
      expect(open.body.errors![0]!.extensions).toMatchObject({ code: 'LOYALTY_CIRCUIT_OPEN', retryAfterSeconds: 30 });
      expect(fake.requests.length).toBe(before);
      expect((await exchangesOf(t.account.id)).map((e) => e.outcome).sort()).toEqual(['LOYALTY_CIRCUIT_OPEN', 'LOYALTY_TIMEOUT', 'LOYALTY_TIMEOUT']);
    });

    it('a dead server opens the breaker; after the pause one trial call goes through and closes it again', async () => {
      const dead = await startFakeLoyaltyServer(() => ({ body: {} }));
      await dead.stop();
      const t = await loyaltyAccount(dead.url);
      expect(codeOf(await ask(posOf(t)))).toBe('LOYALTY_UNREACHABLE');
      expect(codeOf(await ask(posOf(t)))).toBe('LOYALTY_UNREACHABLE');
      expect(codeOf(await ask(posOf(t)))).toBe('LOYALTY_CIRCUIT_OPEN');
      // The app comes back at a new address; the breaker still holds until its pause is over.
      await stack.query(CONNECT, { id: t.install.id, url: fake.url, token: 'secret-token' }, t.admin);
      expect(codeOf(await ask(posOf(t)))).toBe('LOYALTY_CIRCUIT_OPEN');
      stack.clock.advance(30_000);
      const recovered = await ask(posOf(t));
      expect(recovered.body.data).toEqual({ loyaltyBalance: { customerId: 'cust-1', bonusBalance: 420 } });
      expect((await ask(posOf(t))).body.errors).toBeUndefined();
    });
  });
});
