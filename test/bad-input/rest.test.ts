import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { makeApp, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount } from '../support/telephony-factories';
import { inBatches, rowCounts } from './support/row-counts';

/**
 * Issue 14 item 7: bad input on every REST route of the public origin — the Phone API
 * (`/api/phone/1.0`, MoySklad's error shape `{errors: [{code}]}`), the Vendor API
 * (`/api/vendor/1.0`, `{code}`) — and on the credentials of the webhook and host routes. Each case
 * is answered 4xx with its code in the protocol's own shape; nothing is written in any subgraph's
 * schema (except the Vendor API's used JWT ids: every presented token is remembered so it cannot
 * be replayed, whatever its request asked); the gateway answers /health afterwards.
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

interface RestCase {
  name: string;
  method: string;
  path: string;
  /** Sent as is when a string, JSON otherwise; none when undefined. */
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  /** MoySklad's numeric code (Phone API) or our string code (Vendor API, GraphQL). */
  code: number | string;
}

const origin = () => stack.gateway.url.replace(/\/graphql$/, '');

async function send(c: RestCase, auth: () => Record<string, string>): Promise<{ name: string; status: number; code: unknown }> {
  const raw = c.body === undefined ? undefined : typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
  const response = await fetch(`${origin()}${c.path}`, {
    method: c.method,
    headers: { 'content-type': 'application/json', ...auth(), ...c.headers },
    ...(raw === undefined ? {} : { body: raw }),
  });
  const text = await response.text();
  let body: { code?: unknown; errors?: { code?: unknown; extensions?: { code?: unknown } }[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the code stays undefined and the case fails
  }
  const code = body.errors?.[0]?.code ?? body.errors?.[0]?.extensions?.code ?? body.code;
  return { name: c.name, status: response.status, code };
}

async function expectRefused(cases: RestCase[], auth: () => Record<string, string>, exclude: string[] = [], width = 6): Promise<void> {
  const without = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([table]) => !exclude.includes(table)));
  const before = without(await rowCounts(stack));
  const outcomes = await inBatches(cases, width, (c) => send(c, auth));
  const wrong = outcomes.flatMap((o, i) => (o.status === cases[i]!.status && o.code === cases[i]!.code ? [] : [{ ...o, expected: { status: cases[i]!.status, code: cases[i]!.code } }]));
  expect(wrong).toEqual([]);
  expect(without(await rowCounts(stack))).toEqual(before);
  expect((await fetch(`${origin()}/health`)).status).toBe(200);
}

describe('Phone API 1.0: bad bodies, paths and parameters', () => {
  it('answers each with its HTTP status and MoySklad code, and writes nothing', async () => {
    const t = await makeAppAccount(stack, AppType.TELEPHONY);
    const issued = await stack.query<{ issuePhoneApiToken: { token: string } }>(
      'mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token userErrors { field message code } } }', { id: t.install.id }, gatewayHeadersFor(t.userIdentity(t.anna)));
    const key = issued.body.data!.issuePhoneApiToken.token;
    const call = { externalId: 'pbx-1', number: '+74950000000', isIncoming: true, startTime: '2026-11-01 12:00:00' };
    const post = (name: string, body: unknown, status: number, code: number): RestCase => ({ name, method: 'POST', path: '/api/phone/1.0/call', body, status, code });
    const callId = randomUUID();
    const cases: RestCase[] = [
      post('an array', [call], 400, 2009),
      post('a JSON string', '"call"', 400, 2005),
      post('a JSON number', '42', 400, 2005),
      post('null', 'null', 400, 2005),
      post('not JSON', '{"externalId": ', 400, 2001),
      post('an empty object', {}, 412, 3000),
      post('externalId missing', { ...call, externalId: undefined }, 412, 3000),
      post('externalId blank', { ...call, externalId: '   ' }, 412, 3000),
      post('externalId of 256 characters', { ...call, externalId: 'x'.repeat(256) }, 400, 3007),
      post('externalId with a NUL', { ...call, externalId: 'pbx\u0000' }, 400, 3007),
      post('externalId with an escape character', { ...call, externalId: 'pbx\u001b[2J' }, 400, 3007),
      post('externalId an object', { ...call, externalId: { id: 1 } }, 400, 2016),
      post('externalId an array', { ...call, externalId: ['a'] }, 400, 2016),
      post('number missing', { ...call, number: undefined }, 412, 3000),
      post('number of 65 characters', { ...call, number: '1'.repeat(65) }, 400, 3007),
      post('number with a line break', { ...call, number: '+7\n495' }, 400, 3007),
      post('number a Boolean', { ...call, number: true }, 400, 2016),
      post('isIncoming missing', { ...call, isIncoming: undefined }, 412, 3000),
      post('isIncoming a string', { ...call, isIncoming: 'yes' }, 400, 2016),
      post('isIncoming a number', { ...call, isIncoming: 1 }, 400, 2016),
      post('startTime missing', { ...call, startTime: undefined }, 412, 3000),
      post('startTime not a moment', { ...call, startTime: 'yesterday' }, 400, 2016),
      post('startTime a number', { ...call, startTime: 1_700_000_000 }, 400, 2016),
      post('startTime with a NUL', { ...call, startTime: '2026-11-01 12:00:00\u0000' }, 400, 2016),
      post('endTime not a moment', { ...call, endTime: '31.12.2026' }, 400, 2016),
      post('duration negative', { ...call, duration: -1 }, 400, 2016),
      post('duration a fraction', { ...call, duration: 1.5 }, 400, 2016),
      post('duration a string', { ...call, duration: '60' }, 400, 2016),
      post('duration beyond any call', { ...call, duration: 2 ** 53 }, 400, 2016),
      post('comment a number', { ...call, comment: 7 }, 400, 2016),
      post('comment with a NUL', { ...call, comment: 'a\u0000b' }, 400, 3007),
      post('comment with a lone surrogate', { ...call, comment: 'a\ud800b' }, 400, 3007),
      post('recordUrl a string', { ...call, recordUrl: 'https://pbx.example.com/1.mp3' }, 400, 2016),
      post('recordUrl with an empty URL', { ...call, recordUrl: [''] }, 400, 2016),
      post('recordUrl with a number', { ...call, recordUrl: [1] }, 400, 2016),
      post('recordUrl longer than 2048', { ...call, recordUrl: [`https://pbx.example.com/${'a'.repeat(2048)}`] }, 400, 2016),
      post('recordUrl javascript:', { ...call, recordUrl: ['javascript:alert(1)'] }, 400, 3007),
      post('recordUrl data:', { ...call, recordUrl: ['data:text/html,<script>alert(1)</script>'] }, 400, 3007),
      post('recordUrl without a host', { ...call, recordUrl: ['https://'] }, 400, 3007),
      post('21 recordUrls', { ...call, recordUrl: Array.from({ length: 21 }, (_, i) => `https://pbx.example.com/${i}.mp3`) }, 413, 1044),
      post('extension of 17 characters', { ...call, extension: '1'.repeat(17) }, 400, 3007),
      post('extension with a NUL', { ...call, extension: '10\u00001' }, 400, 3007),
      post('extension an object', { ...call, extension: { n: 101 } }, 400, 2016),
      post('employee without href', { ...call, employee: { type: 'employee' } }, 400, 2010),
      post('employee a number', { ...call, employee: 5 }, 400, 2010),
      post('employee href not ending in a UUID', { ...call, employee: { href: 'https://x/employee/1' } }, 400, 2013),
      post('employee meta href with SQL', { ...call, employee: { meta: { href: "https://x/employee/1' OR '1'='1" } } }, 400, 2013),
      post('events a string', { ...call, events: 'SHOW' }, 400, 2016),
      post('21 events', { ...call, events: Array.from({ length: 21 }, (_, i) => ({ eventType: 'SHOW', extension: '101', sequence: i })) }, 413, 1044),
      post('an event of an unknown type', { ...call, events: [{ eventType: 'EXPLODE', extension: '101', sequence: 1 }] }, 400, 3005),
      post('an event type of the wrong case', { ...call, events: [{ eventType: 'show', extension: '101', sequence: 1 }] }, 400, 3005),
      post('an event type inherited from Object', { ...call, events: [{ eventType: 'toString', extension: '101', sequence: 1 }] }, 400, 3005),
      post('an event without a type', { ...call, events: [{ extension: '101', sequence: 1 }] }, 412, 3000),
      post('an event without a sequence', { ...call, events: [{ eventType: 'SHOW', extension: '101' }] }, 412, 3000),
      post('an event sequence as a string', { ...call, events: [{ eventType: 'SHOW', extension: '101', sequence: '1' }] }, 400, 2016),
      post('an event sequence as a fraction', { ...call, events: [{ eventType: 'SHOW', extension: '101', sequence: 1.5 }] }, 400, 2016),
      post('a SHOW event without the employee', { ...call, events: [{ eventType: 'SHOW', sequence: 1 }] }, 412, 3000),
      post('an event that is not an object', { ...call, events: ['SHOW'] }, 400, 2005),
      post('an event with a NUL extension', { ...call, events: [{ eventType: 'SHOW', extension: '1\u0000', sequence: 1 }] }, 400, 3007),
      { name: 'a body over 1 MiB', method: 'POST', path: '/api/phone/1.0/call', body: { ...call, comment: 'x'.repeat(1024 * 1024 + 10) }, status: 413, code: 1044 },
      { name: 'GET a call by an id that is not a UUID', method: 'GET', path: '/api/phone/1.0/call/not-a-uuid', status: 400, code: 1052 },
      { name: 'GET a call by an id with SQL', method: 'GET', path: `/api/phone/1.0/call/${encodeURIComponent("1' OR '1'='1")}`, status: 400, code: 1052 },
      { name: 'GET a call by an id with a NUL', method: 'GET', path: '/api/phone/1.0/call/%00', status: 400, code: 1052 },
      { name: 'PUT a call by an id that is not a UUID', method: 'PUT', path: '/api/phone/1.0/call/123', body: { comment: 'x' }, status: 400, code: 1052 },
      { name: 'PUT a call with an array', method: 'PUT', path: `/api/phone/1.0/call/${callId}`, body: [{ comment: 'x' }], status: 400, code: 2009 },
      { name: 'PUT a call with a negative duration', method: 'PUT', path: `/api/phone/1.0/call/${callId}`, body: { duration: -5 }, status: 400, code: 2016 },
      { name: 'PUT a call with a NUL comment', method: 'PUT', path: `/api/phone/1.0/call/${callId}`, body: { comment: '\u0000' }, status: 400, code: 3007 },
      { name: 'PUT by an external id with a NUL', method: 'PUT', path: '/api/phone/1.0/call/extid/pbx%00', body: { comment: 'x' }, status: 400, code: 3007 },
      { name: 'PUT by an external id of 256 characters', method: 'PUT', path: `/api/phone/1.0/call/extid/${'x'.repeat(256)}`, body: { comment: 'x' }, status: 400, code: 3007 },
      { name: 'PUT by an external id with a line break', method: 'PUT', path: '/api/phone/1.0/call/extid/a%0Ab', body: { comment: 'x' }, status: 400, code: 3007 },
      { name: 'an event by an external id with an escape character', method: 'POST', path: '/api/phone/1.0/call/extid/a%1Bb/event', body: { eventType: 'HIDE_ALL', sequence: 1 }, status: 400, code: 3007 },
      { name: 'an event on a call id that is not a UUID', method: 'POST', path: '/api/phone/1.0/call/nope/event', body: { eventType: 'HIDE_ALL', sequence: 1 }, status: 400, code: 1052 },
      { name: 'an event with no body fields', method: 'POST', path: `/api/phone/1.0/call/${callId}/event`, body: {}, status: 412, code: 3000 },
      { name: 'an event as an array', method: 'POST', path: `/api/phone/1.0/call/${callId}/event`, body: [], status: 400, code: 2009 },
      { name: 'an event of an unknown type', method: 'POST', path: `/api/phone/1.0/call/${callId}/event`, body: { eventType: '__proto__', sequence: 1 }, status: 400, code: 3005 },
      { name: 'an employee filter on an unknown field', method: 'GET', path: '/api/phone/1.0/employee?filter=name=anna', status: 400, code: 1034 },
      { name: 'an employee filter that cannot be read', method: 'GET', path: '/api/phone/1.0/employee?filter=%00%00', status: 400, code: 1034 },
      { name: 'an employee filter over 1000 characters', method: 'GET', path: `/api/phone/1.0/employee?filter=extention=${'1'.repeat(1000)}`, status: 400, code: 1034 },
      { name: 'an employee filter given twice', method: 'GET', path: '/api/phone/1.0/employee?filter=extention=1&filter=extention=2', status: 400, code: 1034 },
      { name: 'a method the resource does not have', method: 'DELETE', path: `/api/phone/1.0/call/${callId}`, status: 405, code: 1039 },
      { name: 'a path the API does not have', method: 'GET', path: '/api/phone/1.0/counterparty', status: 404, code: 1002 },
      { name: 'a body declared gzip that is not', method: 'POST', path: '/api/phone/1.0/call', body: JSON.stringify(call), headers: { 'content-encoding': 'gzip' }, status: 400, code: 2001 },
      { name: 'a body in an encoding nobody speaks', method: 'POST', path: '/api/phone/1.0/call', body: JSON.stringify(call), headers: { 'content-encoding': 'x-unknown' }, status: 415, code: 1037 },
      { name: 'no key', method: 'GET', path: '/api/phone/1.0/employee', headers: { 'lognex-phone-auth-token': '' }, status: 401, code: 1056 },
      { name: 'a key that is not ours', method: 'GET', path: '/api/phone/1.0/employee', headers: { 'lognex-phone-auth-token': 'x'.repeat(64) }, status: 401, code: 1056 },
      { name: 'a key of 10,000 characters', method: 'GET', path: '/api/phone/1.0/employee', headers: { 'lognex-phone-auth-token': 'k'.repeat(10_000) }, status: 401, code: 1056 },
    ];
    // The key's first request binds the install to the Phone API (telephony.phone_installs): made before the count.
    const first = await fetch(`${origin()}/api/phone/1.0/employee`, { headers: { 'lognex-phone-auth-token': key } });
    expect(first.status).toBe(200);
    // Four at a time: the Phone API lets one key have five requests in flight (TOO_MANY_CONCURRENT_REQUESTS beyond).
    await expectRefused(cases, () => ({ 'lognex-phone-auth-token': key }), [], 4);
  });
});

describe('Vendor API 1.0: bad status callbacks, ids and context keys', () => {
  it('answers each with its HTTP status and code, and writes nothing but the used JWT ids', async () => {
    const catalog = stack.dataSources.catalog!;
    const vendor = await makeVendor(catalog);
    const secret = randomBytes(32).toString('hex');
    const app = await makeApp(catalog, vendor, { type: AppType.SERVER, status: AppStatus.PUBLISHED, secretKey: secret });
    const appUid = `${app.alias}.${vendor.alias}`;
    // A fresh, valid vendor JWT per request (a jti is accepted once), on the stack's clock.
    const jwt = () => {
      const iat = Math.floor(stack.clock.now().getTime() / 1000);
      const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: appUid, iat, exp: iat + 300, jti: randomUUID() })}`;
      return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
    };
    const accountId = randomUUID();
    const statusPath = `/api/vendor/1.0/apps/${app.id}/${accountId}/status`;
    const put = (name: string, body: unknown, status = 400, code = 'VENDOR_STATUS_INVALID'): RestCase => ({ name, method: 'PUT', path: statusPath, body, status, code });
    const cases: RestCase[] = [
      put('status as a list', { status: ['Activated'] }),
      put('status as an object', { status: { value: 'Activated' } }),
      put('status as a number', { status: 1 }),
      put('status null', { status: null }),
      put('status in lower case', { status: 'activated' }),
      put('status with a NUL', { status: 'Activated\u0000' }),
      put('status with a space', { status: 'Activated ' }),
      put('a status vendors may not report', { status: 'Suspended' }),
      put('another status vendors may not report', { status: 'Deactivating' }),
      put('an unknown status', { status: 'Installed' }),
      put('status of 10,000 characters', { status: 'A'.repeat(10_000) }),
      put('an empty object', {}),
      put('an extra field', { status: 'Activated', note: 'hi' }),
      put('a prototype key', '{"status": "Activated", "__proto__": {"admin": true}}'),
      put('an array', [{ status: 'Activated' }]),
      put('a JSON string', '"Activated"'),
      put('JSON null', 'null'),
      put('a JSON number', '1'),
      put('not JSON', '{status: Activated}', 400, 'BAD_REQUEST'),
      put('a body over 64 KiB', { status: 'Activated', pad: 'x'.repeat(70 * 1024) }, 413, 'BODY_TOO_LARGE'),
      { name: 'an app id that is not a UUID', method: 'PUT', path: `/api/vendor/1.0/apps/not-a-uuid/${accountId}/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_APP_NOT_FOUND' },
      { name: 'an app id with SQL', method: 'PUT', path: `/api/vendor/1.0/apps/${encodeURIComponent("1' OR '1'='1")}/${accountId}/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_APP_NOT_FOUND' },
      { name: 'an app id with a NUL', method: 'PUT', path: `/api/vendor/1.0/apps/%00/${accountId}/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_APP_NOT_FOUND' },
      { name: 'an app id of 10,000 characters', method: 'PUT', path: `/api/vendor/1.0/apps/${'a'.repeat(10_000)}/${accountId}/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_APP_NOT_FOUND' },
      { name: 'an app nobody has', method: 'PUT', path: `/api/vendor/1.0/apps/${randomUUID()}/${accountId}/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_APP_NOT_FOUND' },
      { name: 'an account id that is not a UUID', method: 'PUT', path: `/api/vendor/1.0/apps/${app.id}/12345/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_INSTALL_NOT_FOUND' },
      { name: 'an account id with a NUL', method: 'PUT', path: `/api/vendor/1.0/apps/${app.id}/%00/status`, body: { status: 'Activated' }, status: 404, code: 'VENDOR_INSTALL_NOT_FOUND' },
      { name: 'an account the app was never installed on', method: 'PUT', path: statusPath, body: { status: 'Activated' }, status: 404, code: 'VENDOR_INSTALL_NOT_FOUND' },
      { name: 'no JWT', method: 'PUT', path: statusPath, body: { status: 'Activated' }, headers: { authorization: '' }, status: 401, code: 'VENDOR_TOKEN_INVALID' },
      { name: 'a JWT that is not one', method: 'PUT', path: statusPath, body: { status: 'Activated' }, headers: { authorization: 'Bearer abc.def.ghi' }, status: 401, code: 'VENDOR_TOKEN_INVALID' },
      { name: 'a bearer of 10,000 characters', method: 'PUT', path: statusPath, body: { status: 'Activated' }, headers: { authorization: `Bearer ${'a'.repeat(10_000)}` }, status: 401, code: 'VENDOR_TOKEN_INVALID' },
      { name: 'a JWT signed with another secret', method: 'PUT', path: statusPath, body: { status: 'Activated' }, headers: { authorization: `Bearer ${jwt().replace(/\.[^.]+$/, '.AAAA')}` }, status: 401, code: 'VENDOR_TOKEN_INVALID' },
      { name: 'a context key with characters keys never have', method: 'POST', path: '/api/vendor/1.0/context/a%20b', body: {}, status: 404, code: 'CONTEXT_KEY_NOT_FOUND' },
      { name: 'a context key with a NUL', method: 'POST', path: '/api/vendor/1.0/context/%00', body: {}, status: 404, code: 'CONTEXT_KEY_NOT_FOUND' },
      { name: 'a context key of 129 characters', method: 'POST', path: `/api/vendor/1.0/context/${'k'.repeat(129)}`, body: {}, status: 404, code: 'CONTEXT_KEY_NOT_FOUND' },
      { name: 'a context key nobody minted', method: 'POST', path: `/api/vendor/1.0/context/${'k'.repeat(32)}`, body: {}, status: 404, code: 'CONTEXT_KEY_NOT_FOUND' },
    ];
    await expectRefused(cases, () => ({ authorization: `Bearer ${jwt()}` }), ['accounts.vendor_jwt_ids']);
  });
});

describe('credentials of the GraphQL routes: webhook tokens and host keys', () => {
  it('refuses malformed webhook tokens and host keys with 401 UNAUTHENTICATED, writing nothing', async () => {
    const gql = (name: string, authorization: string): RestCase => ({
      name, method: 'POST', path: '/graphql', body: { query: '{ __typename }' }, headers: { authorization }, status: 401, code: 'UNAUTHENTICATED',
    });
    const cases: RestCase[] = [
      gql('a webhook token of random characters', `Bearer whk.${randomBytes(32).toString('base64url')}`),
      gql('a webhook token with only the prefix', 'Bearer whk.'),
      gql('a webhook token of 10,000 characters', `Bearer whk.${'a'.repeat(10_000)}`),
      gql('a webhook token with a space', 'Bearer whk.abc def'),
      gql('a host key nobody has', `Bearer amhk_${randomBytes(32).toString('base64url')}`),
      gql('a host key of the wrong length', 'Bearer amhk_short'),
      gql('a host key of 10,000 characters', `Bearer amhk_${'A'.repeat(10_000)}`),
      gql('a scheme that is not Bearer', 'Basic dXNlcjpwYXNz'),
    ];
    await expectRefused(cases, () => ({}));
  });
});
