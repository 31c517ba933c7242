import { randomUUID } from 'node:crypto';
import { createLogger } from '@appmarket/core';
import { PERMISSIVE_EGRESS } from '@appmarket/egress';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { peersFromMap, type RunningServer } from '@appmarket/federation';
import { createTelephonySubgraph } from '@appmarket/telephony-loyalty/src';
import { DEFAULT_TELEPHONY_OPTIONS } from '@appmarket/telephony-loyalty/src/context';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount, startFakeLoyaltyServer, type RecordedRequest } from '../support/telephony-factories';
import { eventually } from '../support/eventually';
import { refusalCode } from '../support/refusals';

/**
 * TL-2 end to end, as MoySklad does it, through the gateway: the account's admin connects the
 * installed LOYALTY app by giving the loyalty server's address and the token its vendor issued;
 * sees it (token masked), changes it, removes it; uninstalling removes it. The point of sale's
 * Loyalty API calls reach that server with a timeout and a breaker; a loyalty server that is slow,
 * failing, or answers with MoySklad-style errors is answered with coded errors, and recovers.
 */
const CONNECT = `mutation($id: ID!, $url: String!, $token: String!) {
  connectLoyaltyApp(installId: $id, baseUrl: $url, token: $token) { loyaltySettings { baseUrl tokenMasked updatedAt } userErrors { field code } } }`;
const SETTINGS = `query($id: ID!) { account(id: $id) { installs { id loyaltySettings { baseUrl tokenMasked } } } }`;
const RECALC = `mutation($input: LoyaltySaleInput!) {
  recalculateLoyaltySale(input: $input) { calculation { positions { discountedPriceKopecks } bonusValueToEarn } userErrors { field message code } } }`;
const sale = () => ({ retailStoreId: randomUUID(), positions: [{ assortmentId: 'p-1', quantity: 1, priceKopecks: 20000 }] });
/** The refusal's code: top-level, else a payload's user error (issue 19, item 2). */
const codeOf = (r: { body: object }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);

type Answer = ReturnType<Parameters<typeof startFakeLoyaltyServer>[0]>;
const recalcAnswer: Answer = { body: { positions: [{ assortment: { meta: { id: 'p-1' } }, quantity: 1, price: 20000, discountPercent: 10, discountedPrice: 18000 }], bonusProgram: { bonusValueToEarn: 20 } } };

describe('loyalty connection and Loyalty API calls through the gateway (TL-2)', () => {
  let stack: TestStack;
  let server: Awaited<ReturnType<typeof startFakeLoyaltyServer>>;
  let answer: (req: RecordedRequest) => Answer = () => recalcAnswer;
  beforeAll(async () => {
    stack = await startTestStack({
      subgraphs: {
        'telephony-loyalty': createTelephonySubgraph({
          ...DEFAULT_TELEPHONY_OPTIONS,
          // Short timeout, a breaker that opens after 2 failures for 30 s; egress widened for 127.0.0.1.
          loyalty: { timeoutMs: 300, breaker: { failureThreshold: 2, openMs: 30_000 }, egress: PERMISSIVE_EGRESS },
        }),
      },
    });
    server = await startFakeLoyaltyServer((req) => answer(req));
  });
  afterAll(async () => {
    await server?.stop();
    await stack?.stop();
  });
  beforeEach(() => {
    answer = () => recalcAnswer;
  });

  async function loyaltyAccount() {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    return { ...t, admin: gatewayHeadersFor(t.userIdentity(t.anna)), pos: gatewayHeadersFor(t.userIdentity(t.boris)) };
  }

  it('the admin connects, sees (masked), changes and removes the connection; the point of sale follows it', async () => {
    const t = await loyaltyAccount();
    expect(codeOf(await stack.query(RECALC, { input: sale() }, t.pos))).toBe('LOYALTY_NOT_CONFIGURED');
    const connected = await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'issued-by-vendor-0001' }, t.admin);
    expect(connected.body).toEqual({ data: { connectLoyaltyApp: {
      loyaltySettings: { baseUrl: server.url, tokenMasked: '••••0001', updatedAt: stack.clock.now().toISOString() }, userErrors: [],
    } } });
    expect((await stack.query(SETTINGS, { id: t.account.id }, t.admin)).body.data).toEqual({
      account: { installs: [{ id: t.install.id, loyaltySettings: { baseUrl: server.url, tokenMasked: '••••0001' } }] },
    });
    const recalc = await stack.query(RECALC, { input: sale() }, t.pos);
    expect(recalc.body).toEqual({ data: { recalculateLoyaltySale: { calculation: { positions: [{ discountedPriceKopecks: 18000 }], bonusValueToEarn: 20 }, userErrors: [] } } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', url: '/retaildemand/recalc', token: 'issued-by-vendor-0001' });

    // A new token from the loyalty vendor: the next call carries it.
    await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'issued-by-vendor-0002' }, t.admin);
    await stack.query(RECALC, { input: sale() }, t.pos);
    expect(server.requests.at(-1)!.token).toBe('issued-by-vendor-0002');

    const DISCONNECT = `mutation($id: ID!) { disconnectLoyaltyApp(installId: $id) { install { id loyaltySettings { baseUrl } } userErrors { field code } } }`;
    const removed = await stack.query(DISCONNECT, { id: t.install.id }, t.admin);
    expect(removed.body).toEqual({ data: { disconnectLoyaltyApp: { install: { id: t.install.id, loyaltySettings: null }, userErrors: [] } } });
    expect(codeOf(await stack.query(RECALC, { input: sale() }, t.pos))).toBe('LOYALTY_NOT_CONFIGURED');
    // Nothing left to remove: a user error at the install, not a silent false.
    expect((await stack.query(DISCONNECT, { id: t.install.id }, t.admin)).body).toEqual({
      data: { disconnectLoyaltyApp: { install: null, userErrors: [{ field: ['installId'], code: 'LOYALTY_NOT_CONFIGURED' }] } },
    });
  });

  it('refuses addresses outside egress policy where the policy is strict (no http, no private networks)', async () => {
    // The subgraph as deployed: EGRESS_* off. Asked directly as the account's admin.
    const strict = await createTelephonySubgraph(DEFAULT_TELEPHONY_OPTIONS).start({
      dataSource: stack.dataSources['telephony-loyalty']!, port: 0, host: '127.0.0.1', clock: stack.clock,
      logger: createLogger('test', 'error'), peers: peersFromMap(Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.url]))),
    }) as RunningServer;
    try {
      const t = await loyaltyAccount();
      const connect = (url: string) => postGraphQL(strict.url, CONNECT, { id: t.install.id, url, token: 'x' }, subgraphHeadersFor(t.userIdentity(t.anna)));
      expect(codeOf(await connect(server.url))).toBe('OUTBOUND_URL_NOT_HTTPS');
      expect(codeOf(await connect('https://10.1.2.3/loyalty'))).toBe('OUTBOUND_URL_FORBIDDEN_HOST');
      expect(codeOf(await connect('https://localhost/loyalty'))).toBe('OUTBOUND_URL_FORBIDDEN_HOST');
      expect(await stack.dataSources['telephony-loyalty']!.query('SELECT 1 FROM loyalty_settings WHERE install_id = $1', [t.install.id])).toHaveLength(0);
    } finally {
      await strict.stop();
    }
  });

  it("the vendor's {errors:[{error, code, parameter}]} reaches the point of sale as a user error carrying its message, at the argument it names", async () => {
    const t = await loyaltyAccount();
    await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'tok-12345' }, t.admin);
    answer = () => ({ status: 400, body: { errors: [{ error: 'Карта лояльности заблокирована', code: 3003, parameter: 'agent' }] } });
    const refused = await stack.query(RECALC, { input: sale() }, t.pos);
    // Issue 19, item 2: a user error at the argument the vendor's `parameter` names (agent → the sale's customer).
    expect(refused.body).toEqual({ data: { recalculateLoyaltySale: { calculation: null, userErrors: [
      { field: ['input', 'customerId'], message: 'Карта лояльности заблокирована', code: 'LOYALTY_REQUEST_REJECTED' },
    ] } } });
  });

  it('a slow server times out and a failing one fails; the breaker opens, refuses without calling, and recovers after its pause', async () => {
    const t = await loyaltyAccount();
    await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'tok-12345' }, t.admin);
    answer = () => ({ ...recalcAnswer, delayMs: 2000 });
    expect(codeOf(await stack.query(RECALC, { input: sale() }, t.pos))).toBe('LOYALTY_TIMEOUT');
    answer = () => ({ status: 503, body: { errors: [{ error: 'maintenance', code: 1 }] } });
    expect(codeOf(await stack.query(RECALC, { input: sale() }, t.pos))).toBe('LOYALTY_APP_FAILED');
    const before = server.requests.length;
    answer = () => recalcAnswer; // healthy again, but the breaker is open
    const open = await stack.query(RECALC, { input: sale() }, t.pos);
    expect(open.body.errors?.[0]?.extensions).toMatchObject({ code: 'LOYALTY_CIRCUIT_OPEN', retryAfterSeconds: 30 });
    expect(server.requests.length).toBe(before);
    stack.clock.advance(30_000);
    expect((await stack.query(RECALC, { input: sale() }, t.pos)).body.data).toEqual({
      recalculateLoyaltySale: { calculation: { positions: [{ discountedPriceKopecks: 18000 }], bonusValueToEarn: 20 }, userErrors: [] },
    });
    expect(server.requests.length).toBe(before + 1);
  });

  it('uninstalling the LOYALTY app removes its connection (accounts tells telephony-loyalty through a durable job)', async () => {
    const t = await loyaltyAccount();
    await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'tok-12345' }, t.admin);
    const uninstalled = await stack.query(`mutation($id: ID!) { uninstallApp(installId: $id) { install { status } userErrors { field message code } } }`, { id: t.install.id }, t.admin);
    expect(uninstalled.body.data).toEqual({ uninstallApp: { install: { status: 'UNINSTALLED' }, userErrors: [] } });
    // The job runs on accounts' queue (pg-boss polls); wait for its effect, not for a time.
    const telephony = stack.dataSources['telephony-loyalty']!;
    await eventually(async () => (await telephony.query('SELECT 1 FROM loyalty_settings WHERE install_id = $1', [t.install.id])).length === 0,
      { timeout: 20_000, message: 'telephony-install-removed deletes the loyalty connection' });
    expect(await telephony.query('SELECT 1 FROM loyalty_settings WHERE install_id = $1', [t.install.id])).toHaveLength(0);
    expect(codeOf(await stack.query(RECALC, { input: sale() }, t.pos))).toBe('LOYALTY_NOT_CONFIGURED');
  });

  it('TY-3: the LOYALTY app itself gets no token; only the admin connects it', async () => {
    const t = await loyaltyAccount();
    expect(codeOf(await stack.query(`mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token userErrors { field message code } } }`, { id: t.install.id }, t.admin))).toBe('CAPABILITY_NOT_SUPPORTED');
    expect(codeOf(await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'x' }, t.pos))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(CONNECT, { id: t.install.id, url: server.url, token: 'x' }, gatewayHeadersFor(t.appIdentity)))).toBe('FORBIDDEN');
  });
});
