import { randomUUID } from 'node:crypto';
import { AppStatus } from '@appmarket/catalog/src/apps/app.enums';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { makeAccount, makeApp, makeVendor } from '../support/factories';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { casesOfSubgraph, type BadInputCase } from './support/schema-cases';
import { inBatches, rowCounts } from './support/row-counts';

/**
 * Issue 14 item 7: bad input through the gateway, generated from every subgraph's schema and input
 * bounds (support/schema-cases.ts): each argument and input field too long, blank, with a NUL or
 * another control character, a lone surrogate, too many items, out of range, a bad id or URL, a
 * wrong type, an unknown enum value. Every case is refused with HTTP 400 and its code (and, for the
 * bounds, the argument's path in extensions.field); not one row is written in any subgraph's
 * schema; the gateway still answers /health afterwards. References owned elsewhere are asked of
 * their owner (extendTrial → accounts, setDeveloperVendor → catalog).
 */
let stack: TestStack;
const SAVED_ENV = { ...process.env };
beforeAll(async () => {
  Object.assign(process.env, { ACCOUNTS_JOB_WORKERS: 'off', BILLING_JOB_WORKERS: 'off', CATALOG_JOB_WORKERS: 'off', TELEPHONY_JOB_WORKERS: 'off' });
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
  process.env = SAVED_ENV;
});

// An account admin passes every gateway check (permissions by role, no safelist): the subgraphs' bounds answer.
const admin = gatewayHeadersFor({ kind: 'user', userId: randomUUID(), accountId: randomUUID(), role: 'ADMIN' });

interface Outcome { name: string; status: number; code: unknown; field: unknown }

async function run(c: BadInputCase, headers = admin): Promise<Outcome> {
  const response = await stack.query(c.query, c.variables, headers);
  const error = response.body.errors?.[0];
  return { name: c.name, status: response.status, code: error?.extensions?.code, field: c.field === null ? null : error?.extensions?.field ?? null };
}

describe('bad input through the gateway, generated from the schemas', () => {
  it('refuses every case with 400 and its code, writes nothing, and the gateway stays responsive', async () => {
    const cases: BadInputCase[] = [];
    for (const subgraph of SUBGRAPHS) cases.push(...casesOfSubgraph(await subgraph.buildSchema()));
    expect(cases.length).toBeGreaterThanOrEqual(300);

    const before = await rowCounts(stack);
    const outcomes = await inBatches(cases, 8, (c) => run(c));
    const wrong = outcomes.filter((o, i) => o.status !== cases[i]!.status || o.code !== cases[i]!.code || o.field !== cases[i]!.field)
      .map((o) => ({ ...o, expected: { status: cases[outcomes.indexOf(o)]!.status, code: cases[outcomes.indexOf(o)]!.code, field: cases[outcomes.indexOf(o)]!.field } }));
    expect(wrong).toEqual([]);
    expect(await rowCounts(stack)).toEqual(before);

    const health = await fetch(stack.gateway.url.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
  });
});

describe('bad input on the internal operations, sent to each subgraph as a service', () => {
  it('refuses every case with its code and path, writes nothing: a service is bounded like everyone', async () => {
    const cases: { subgraph: string; c: BadInputCase }[] = [];
    for (const subgraph of SUBGRAPHS) for (const c of casesOfSubgraph(await subgraph.buildSchema(), 'internal')) cases.push({ subgraph: subgraph.name, c });
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const before = await rowCounts(stack);
    const outcomes = await inBatches(cases, 8, async ({ subgraph, c }) => {
      const response = await postGraphQL(stack.subgraphs[subgraph]!.url, c.query, c.variables, subgraphHeadersFor({ kind: 'service', service: 'accounts' }));
      const error = response.body.errors?.[0];
      // A subgraph answers a refused variable 400 itself; a refused argument is an error beside data null (200): the 400 is the gateway's.
      return { name: `${subgraph} ${c.name}`, status: response.status, code: error?.extensions?.code, field: c.field === null ? null : error?.extensions?.field ?? null,
        expected: { status: c.code === 'BAD_USER_INPUT' ? 400 : 200, code: c.code, field: c.field } };
    });
    expect(outcomes.filter((o) => o.status !== o.expected.status || o.code !== o.expected.code || o.field !== o.expected.field)).toEqual([]);
    expect(await rowCounts(stack)).toEqual(before);
  });
});

describe('the issue\'s cases, and references asked of their owner', () => {
  it('bounds an argument of a nested field too: the field is null with its code and path, its parent keeps its data', async () => {
    const account = await makeAccount(stack.dataSources.accounts!);
    const asAdmin = gatewayHeadersFor({ kind: 'user', userId: randomUUID(), accountId: account.id, role: 'ADMIN' });
    const response = await stack.query<{ account: { name: string; calls: unknown } }>(
      'query($id: ID!, $after: String) { account(id: $id) { name calls(first: 1000, after: $after) { edges { node { id } } } } }',
      { id: account.id, after: 'a\u0000' }, asAdmin);
    expect(response.status).toBe(200);
    expect(response.body.data?.account).toEqual({ name: account.name, calls: null });
    expect(response.body.errors?.[0]).toMatchObject({ path: ['account', 'calls'], extensions: { code: 'INPUT_OUT_OF_RANGE', field: 'first', min: 1, max: 100 } });
  });

  const CREATE_APP = 'mutation($input: CreateAppInput!) { createApp(input: $input) { app { id } } }';

  it('createApp refuses 8,000 categories and iconUrl javascript:alert(1); nothing is stored', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const asVendor = gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id });
    const input = { alias: `bad-${randomUUID().slice(0, 8)}`, type: 'SERVER', name: 'Приложение', categories: ['crm'] };
    const before = await rowCounts(stack);
    const many = await stack.query(CREATE_APP, { input: { ...input, categories: Array.from({ length: 8_000 }, (_, i) => `c${i}`) } }, asVendor);
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'INPUT_TOO_MANY_ITEMS', field: 'input.categories', max: 20 });
    const script = await stack.query(CREATE_APP, { input: { ...input, iconUrl: 'javascript:alert(1)' } }, asVendor);
    expect([script.status, script.body.errors?.[0]?.extensions?.code, script.body.errors?.[0]?.extensions?.field])
      .toEqual([400, 'INPUT_INVALID_URL', 'input.iconUrl']);
    // The column holds 500 characters: a longer https URL is refused, not a database error.
    const long = await stack.query(CREATE_APP, { input: { ...input, iconUrl: `https://cdn.example.com/${'i'.repeat(600)}.png` } }, asVendor);
    expect([long.status, long.body.errors?.[0]?.extensions?.code]).toEqual([400, 'INPUT_TOO_LONG']);
    expect(await rowCounts(stack)).toEqual(before);
  });

  it('extendTrial for an account accounts does not have is ACCOUNT_NOT_FOUND and writes no billing row', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const app = await makeApp(stack.dataSources.catalog!, vendor, { status: AppStatus.PUBLISHED, priceKopecks: 50_000, trialDays: 7 });
    const before = await rowCounts(stack);
    const refused = await stack.query('mutation($input: ExtendTrialInput!) { extendTrial(input: $input) { trialExtension { trialEndsAt } userErrors { field code } } }',
      { input: { accountId: randomUUID(), appId: app.id, days: 5 } }, gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id }));
    // Issue 19, item 2: a domain refusal is a user error at its field (HTTP 200), nothing written.
    expect([refused.status, refused.body]).toEqual([200, {
      data: { extendTrial: { trialExtension: null, userErrors: [{ field: ['input', 'accountId'], code: 'ACCOUNT_NOT_FOUND' }] } },
    }]);
    expect(await rowCounts(stack)).toEqual(before);
  });

  it('setDeveloperVendor with a vendor the catalog does not have is VENDOR_NOT_FOUND and changes nothing', async () => {
    const account = await makeAccount(stack.dataSources.accounts!);
    const refused = await stack.query('mutation($a: ID!, $v: ID) { setDeveloperVendor(accountId: $a, vendorId: $v) { account { developerVendorId } userErrors { field message code } } }',
      { a: account.id, v: randomUUID() }, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' }));
    // A domain refusal a form shows: HTTP 200 with a user error at the argument (issue 19, item 2), nothing written.
    expect([refused.status, refused.body.errors]).toEqual([200, undefined]);
    expect(refused.body.data).toEqual({ setDeveloperVendor: { account: null, userErrors: [{ field: ['vendorId'], code: 'VENDOR_NOT_FOUND', message: expect.any(String) }] } });
    const [row] = await stack.dataSources.accounts!.query('SELECT developer_vendor_id FROM accounts WHERE id = $1', [account.id]);
    expect(row.developer_vendor_id).toBeNull();
    // A vendor the catalog has is linked.
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const linked = await stack.query<{ setDeveloperVendor: { account: { developerVendorId: string } } }>(
      'mutation($a: ID!, $v: ID) { setDeveloperVendor(accountId: $a, vendorId: $v) { account { developerVendorId } userErrors { field message code } } }',
      { a: account.id, v: vendor.id }, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' }));
    expect(linked.body.data?.setDeveloperVendor.account.developerVendorId).toBe(vendor.id);
  });
});
