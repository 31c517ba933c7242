import { PERMISSIVE_EGRESS } from '@appmarket/egress';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { createTelephonySubgraph } from '@appmarket/telephony-loyalty/src';
import { DEFAULT_TELEPHONY_OPTIONS } from '@appmarket/telephony-loyalty/src/context';
import { randomUUID } from 'node:crypto';
import { makeAccount, makeApp, makeUser, makeVendor } from '../support/factories';
import { descriptor, VENDOR_API } from '../support/catalog-factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount, startFakeLoyaltyServer } from '../support/telephony-factories';
import { refusalCode } from '../support/refusals';

/**
 * Issue 12, as measured through the gateway with real credentials: each failure the issue reports,
 * reproduced (these failed on main at d913e47), then the behaviour that replaces it.
 */
/** The refusal's code: top-level, else a payload's user error (issue 19, item 2). */
const codeOf = (r: { body: unknown }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);
const PARTNER_CALLS = `query PartnerCalls($accountId: ID!, $first: Int, $after: String) {
  account(id: $accountId) {
    calls(first: $first, after: $after) { edges { node { id externalId direction fromNumber toNumber userId status startedAt durationSeconds } } pageInfo { hasNextPage endCursor } }
  }
}`;

describe('issue 12: telephony, loyalty and webhook apps through the gateway', () => {
  let stack: TestStack;
  let loyalty: Awaited<ReturnType<typeof startFakeLoyaltyServer>>;
  beforeAll(async () => {
    stack = await startTestStack({
      // The fake loyalty server listens on 127.0.0.1: this test widens egress explicitly.
      subgraphs: {
        'telephony-loyalty': createTelephonySubgraph({ ...DEFAULT_TELEPHONY_OPTIONS, loyalty: { ...DEFAULT_TELEPHONY_OPTIONS.loyalty, egress: PERMISSIVE_EGRESS } }),
      },
    });
    loyalty = await startFakeLoyaltyServer(() => ({
      body: { positions: [{ assortment: { meta: { id: 'p-1' } }, quantity: 1, price: 10000, discountPercent: 5, discountedPrice: 9500 }], bonusProgram: { bonusValueToEarn: 10 } },
    }));
  });
  afterAll(async () => {
    await loyalty?.stop();
    await stack?.stop();
  });

  async function phoneKey() {
    const t = await makeAppAccount(stack, AppType.TELEPHONY);
    const issued = await stack.query<{ issuePhoneApiToken: { token: string } }>(
      `mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token userErrors { field message code } } }`, { id: t.install.id }, gatewayHeadersFor(t.userIdentity(t.anna)));
    expect(issued.body.errors).toBeUndefined();
    return { ...t, key: { 'lognex-phone-auth-token': issued.body.data!.issuePhoneApiToken.token } };
  }

  it('TL-1: the TELEPHONY key runs createPhoneCall (was 403 OPERATION_NOT_REGISTERED)', async () => {
    const t = await phoneKey();
    const created = await stack.query<{ createPhoneCall: { call: { externalId: string; userId: string } } }>(
      `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { externalId userId } userErrors { code } } }`,
      { input: { externalId: 'i12-1', direction: 'INCOMING', fromNumber: '+79001112233', toNumber: '101', extension: '101' } }, t.key);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createPhoneCall).toEqual({ call: { externalId: 'i12-1', userId: t.anna.id }, userErrors: [] });
  });

  it('TL-1: 150 requests in 5 s with one key get RATE_LIMITED after the 100th (was 150 refusals, none RATE_LIMITED)', async () => {
    const t = await phoneKey();
    const codes: unknown[] = [];
    for (let i = 0; i < 150; i++) codes.push(codeOf(await stack.query(`{ phoneCalls(first: 1) { edges { cursor } } }`, {}, t.key)));
    expect(codes.slice(0, 100).filter((c) => c !== undefined)).toEqual([]);
    expect(codes.slice(100).every((c) => c === 'RATE_LIMITED')).toBe(true);
  });

  it('TL-2: the admin connects the LOYALTY app and a point-of-sale recalc reaches its server (was FORBIDDEN, then LOYALTY_NOT_CONFIGURED)', async () => {
    const t = await makeAppAccount(stack, AppType.LOYALTY);
    const connected = await stack.query(
      `mutation($id: ID!, $url: String!, $token: String!) {
        connectLoyaltyApp(installId: $id, baseUrl: $url, token: $token) { loyaltySettings { baseUrl tokenMasked } userErrors { code } } }`,
      { id: t.install.id, url: loyalty.url, token: 'vendor-issued-token-1234' }, gatewayHeadersFor(t.userIdentity(t.anna)));
    expect(connected.body).toEqual({ data: { connectLoyaltyApp: { loyaltySettings: { baseUrl: loyalty.url, tokenMasked: '••••1234' }, userErrors: [] } } });
    const recalc = await stack.query(`mutation($input: LoyaltySaleInput!) { recalculateLoyaltySale(input: $input) { calculation { bonusValueToEarn } userErrors { code } } }`,
      { input: { retailStoreId: randomUUID(), positions: [{ assortmentId: 'p-1', quantity: 1, priceKopecks: 10000 }] } }, gatewayHeadersFor(t.userIdentity(t.boris)));
    expect(recalc.body).toEqual({ data: { recalculateLoyaltySale: { calculation: { bonusValueToEarn: 10 }, userErrors: [] } } });
    expect(loyalty.requests.at(-1)).toMatchObject({ method: 'POST', url: '/retaildemand/recalc', token: 'vendor-issued-token-1234' });
  });

  it('BX-8: a webhook token with VIEW on phonecall runs PartnerCalls (was UNAUTHENTICATED)', async () => {
    const account = await makeAccount(stack.dataSources.accounts!, { zone: Zone.KZ, tariff: 'BASIC' });
    const admin = await makeUser(stack.dataSources.accounts!, account);
    const created = await stack.query<{ createIncomingWebhook: { token: string } }>(
      `mutation($p: [WebhookPermissionInput!]!) { createIncomingWebhook(name: "calls", permissions: $p) { token userErrors { field message code } } }`,
      { p: [{ entity: 'phonecall', operations: ['VIEW'] }] }, gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' }));
    expect(created.body.errors).toBeUndefined();
    const r = await stack.query(PARTNER_CALLS, { accountId: account.id }, { authorization: `Bearer ${created.body.data!.createIncomingWebhook.token}` });
    expect(r.body).toEqual({ data: { account: { calls: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } } });
  });

  it("AR-2: an app token whose frozen set lacks install sees no installs (was open to it)", async () => {
    const t = await makeAppAccount(stack, AppType.SERVER);
    const app = gatewayHeadersFor(t.appIdentity, { permissions: { scope: 'CUSTOM', permissions: [{ entity: 'employee', operations: ['VIEW'] }] } });
    const r = await stack.query(`query($id: ID!) { account(id: $id) { id installs { id } } }`, { id: t.account.id }, app);
    expect(r.body.data).toEqual({ account: { id: t.account.id, installs: null } });
    expect(r.body.errors?.[0]).toMatchObject({ path: ['account', 'installs'], extensions: { code: 'FORBIDDEN', entity: 'install' } });
  });

  it('AR-1: a descriptor naming an entity neither the platform nor the host JSON API knows is refused with the known ones (was accepted)', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const app = await makeApp(stack.dataSources.catalog!, vendor, { type: AppType.SERVER });
    const xml = descriptor(`${VENDOR_API}<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>custom</scope>` +
      '<permissions><spaceshipLaunch><view/></spaceshipLaunch></permissions></access>');
    const UPLOAD = `mutation($id: ID!, $xml: String!) { uploadAppDescriptor(appId: $id, xml: $xml) { descriptor { version } userErrors { field message code } } }`;
    const r = await stack.query<{ uploadAppDescriptor: { userErrors: { field: string[]; message: string; code: string }[] } }>(UPLOAD,
      { id: app.id, xml }, gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id }));
    // Issue 19, item 2: a refusal the vendor's form shows at the descriptor; the message names the known entities.
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.uploadAppDescriptor.userErrors).toEqual([
      { field: ['xml'], code: 'DESCRIPTOR_UNKNOWN_ENTITY', message: expect.stringContaining('<ServerApplication/access/permissions/spaceshipLaunch>') },
    ]);
    for (const known of ['employee', 'phonecall', 'install', 'billing', 'customerOrder']) expect(r.body.data?.uploadAppDescriptor.userErrors[0]!.message).toContain(known);
    // A MoySklad vendor app's own descriptor names the host JSON API's entities: those stay accepted.
    const moysklad = descriptor(`${VENDOR_API}<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>custom</scope>` +
      '<permissions><customerOrder><view/></customerOrder><counterparty><view/><update/></counterparty></permissions></access>');
    const accepted = await stack.query(UPLOAD, { id: app.id, xml: moysklad }, gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id }));
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data).toEqual({ uploadAppDescriptor: { descriptor: { version: 1 }, userErrors: [] } });
  });
});
