import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { VendorCall } from '@appmarket/accounts/src/vendor-api/vendor-call.entity';
import type { Identity } from '@appmarket/federation';
import { makeAccount, makeUser } from '../support/factories';
import {
  customAccess, fakeApp, FakeVendor, PUBLIC_BASE_URL_IN_TESTS, SERVICE, startAccountsHarness, userIdentity, verifiedClaims, vendorJwt,
  type AccountsHarness, type FakeApp, type VendorReply,
} from '../support/accounts-factories';

const INSTALL = 'mutation($appId: ID!) { installApp(appId: $appId) { install { id activationState } userErrors { field message code } } }';
const UNINSTALL = 'mutation($installId: ID!) { uninstallApp(installId: $installId) { install { id } userErrors { field message code } } }';
const REINSTALL = 'mutation($installId: ID!) { reinstallApp(installId: $installId) { install { id } userErrors { field message code } } }';
const CREDENTIAL = `query($token: String!) { installByAccessToken(token: $token) {
  installId accountId appId appType status permissions { descriptorVersion scope permissions { entity operations } } } }`;
const EVENT = 'mutation($id: ID!, $cause: VendorEventCause!, $key: String!) { sendVendorEvent(installId: $id, cause: $cause, idempotencyKey: $key) }';

let h: AccountsHarness;
const vendors: FakeVendor[] = [];
beforeAll(async () => {
  h = await startAccountsHarness();
});
afterAll(async () => {
  await h.stop();
  for (const v of vendors) await v.stop();
});

/** A SERVER app whose vendor answers `replies` in order, then `fallback`. */
async function serverApp(replies: VendorReply[] = [], over: Partial<FakeApp> = {}) {
  const vendor = new FakeVendor();
  await vendor.start();
  vendors.push(vendor);
  vendor.replies.push(...replies);
  const app = h.peers.add(fakeApp({
    type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW', 'UPDATE'] }),
    vendorApi: { endpointBase: vendor.url, additionalEvents: [] }, ...over,
  }));
  return { vendor, app };
}

async function installFor(app: FakeApp): Promise<{ installId: string; accountId: string; as: Identity }> {
  const account = await makeAccount(h.dataSource);
  const user = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  const as = userIdentity(user);
  const result = await h.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id }, as);
  expect(result.body.errors).toBeUndefined();
  return { installId: result.body.data!.installApp.install.id, accountId: account.id, as };
}

const runVendorCalls = () => h.accounts.jobs.drain(Queues.vendorCall);
const stateOf = async (id: string) => (await h.dataSource.getRepository(Install).findOneByOrFail({ id })).activationState;
const callsOf = (installId: string) => h.dataSource.getRepository(VendorCall).find({ where: { installId }, order: { createdAt: 'ASC' } });
const liveTokens = async (installId: string): Promise<number> =>
  (await h.dataSource.query('SELECT count(*)::int AS n FROM app_tokens WHERE install_id = $1 AND revoked_at IS NULL', [installId]))[0].n;
const tokenOf = (body: Record<string, unknown>) => (body.access as { access_token: string }[] | undefined)?.[0]?.access_token;
const credential = async (token: string, as: Identity = SERVICE) =>
  h.query<{ installByAccessToken: { installId: string; permissions: { descriptorVersion: number } } | null }>(CREDENTIAL, { token }, as);

describe('activation (SV-2)', () => {
  it.each(['Activating', 'SettingsRequired', 'Activated'])('SV-2: a 200 with status %s puts the install in that state', async (status) => {
    const { vendor, app } = await serverApp([{ status: 200, body: { status } }]);
    const { installId, accountId } = await installFor(app);
    expect(await stateOf(installId)).toBe('Activating');
    await runVendorCalls();
    expect(await stateOf(installId)).toBe(status);
    const [request] = vendor.requests;
    expect(request!.method).toBe('PUT');
    expect(request!.path).toBe(`/api/moysklad/vendor/1.0/apps/${app.id}/${accountId}`);
    expect(request!.body).toMatchObject({ appUid: app.appUid, cause: 'Install' });
  });

  it('SV-1: the PUT is signed HS256 with the app secret and carries a token scoped to the frozen permissions', async () => {
    const { vendor, app } = await serverApp();
    const { installId, accountId } = await installFor(app);
    await runVendorCalls();
    const request = vendor.requests[0]!;
    const jwt = String(request.headers.authorization).replace(/^Bearer /, '');
    const claims = verifiedClaims(jwt, app.signingSecret);
    expect(claims).not.toBeNull();
    expect(verifiedClaims(jwt, 'another secret')).toBeNull();
    const nowSeconds = h.clock.now().getTime() / 1000;
    expect(claims).toMatchObject({ iat: nowSeconds, exp: nowSeconds + 300 });
    expect(typeof claims!.jti).toBe('string');
    expect(request.headers['x-lognex-requestid']).toBe((await callsOf(installId))[0]!.id);
    const access = (request.body.access as Record<string, unknown>[])[0]!;
    expect(access).toMatchObject({ resource: `${PUBLIC_BASE_URL_IN_TESTS}/graphql`, scope: ['custom'], permissions: { customerOrder: { view: 'ALL', update: 'ALL' } } });
    const found = await credential(tokenOf(request.body)!);
    expect(found.body.data?.installByAccessToken).toMatchObject({ installId, accountId, appId: app.id, appType: 'SERVER', status: 'ACTIVE' });
    // Stored only as a hash.
    const stored: { token_sha256: string }[] = await h.dataSource.query('SELECT token_sha256 FROM app_tokens WHERE install_id = $1', [installId]);
    expect(stored.map((r) => r.token_sha256)).not.toContain(tokenOf(request.body));
  });

  it('AR-1: an admin-scope app gets scope ["admin"] without a permission list; an app without API access gets no access block', async () => {
    const admin = await serverApp([], { access: { descriptorVersion: 1, scope: 'ADMIN', permissions: [], flags: [] } });
    await installFor(admin.app);
    const none = await serverApp([], { access: null });
    await installFor(none.app);
    await runVendorCalls();
    const access = (admin.vendor.requests[0]!.body.access as Record<string, unknown>[])[0]!;
    expect(access.scope).toEqual(['admin']);
    expect(access.permissions).toBeUndefined();
    expect(typeof access.access_token).toBe('string');
    expect(none.vendor.requests[0]!.body.access).toBeUndefined();
  });

  it('TR-5: the subscription block tells the vendor about a trial and when it ends, as billing has it', async () => {
    const { vendor, app } = await serverApp();
    const { installId } = await installFor(app);
    h.peers.installBilling.set(installId, { state: 'TRIAL', trialEndsAt: '2026-11-08T09:00:00.000Z' });
    await runVendorCalls();
    expect(vendor.requests[0]!.body.subscription).toMatchObject({ trial: true, expiryMoment: '2026-11-08T09:00:00.000Z' });
  });

  it('SV-1: installByAccessToken answers services only', async () => {
    const { app } = await serverApp();
    const { as } = await installFor(app);
    const refused = await credential('whatever', as);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await credential('unknown-token')).body.data?.installByAccessToken).toBeNull();
  });

  it.each([[400], [403], [551]])('SV-2: an answer %s fails the activation and revokes the token', async (httpStatus) => {
    const { vendor, app } = await serverApp([{ status: httpStatus, body: {} }]);
    const { installId } = await installFor(app);
    await runVendorCalls();
    expect(await stateOf(installId)).toBe('ActivationFailed');
    expect((await credential(tokenOf(vendor.requests[0]!.body)!)).body.data?.installByAccessToken).toBeNull();
    expect((await callsOf(installId))[0]!.status).toBe('FAILED');
    h.clock.advance(10_000);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(1);
  });

  it('SV-2: a 5xx is retried 10 s later with the same request id, then a 200 activates', async () => {
    const { vendor, app } = await serverApp([{ status: 503 }, { status: 500 }, { status: 200, body: { status: 'Activated' } }]);
    const { installId } = await installFor(app);
    const started = h.clock.now().getTime();
    await runVendorCalls();
    const [call] = await callsOf(installId);
    expect(call!.nextAttemptAt?.getTime()).toBe(started + 10_000);
    expect(await stateOf(installId)).toBe('Activating');
    await runVendorCalls(); // not due yet by the clock: the vendor is not called
    expect(vendor.requests).toHaveLength(1);
    h.clock.advance(10_000);
    await runVendorCalls();
    h.clock.advance(10_000);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(3);
    expect(await stateOf(installId)).toBe('Activated');
    const ids = new Set(vendor.requests.map((r) => r.headers['x-lognex-requestid']));
    expect(ids).toEqual(new Set([call!.id]));
    const jtis = new Set(vendor.requests.map((r) => verifiedClaims(String(r.headers.authorization).slice(7), app.signingSecret)!.jti));
    expect(jtis.size).toBe(3);
    // SV-1: one token per activation, the same on every attempt (a vendor that kept the first
    // delivery keeps a working token), and it is the install's only live one.
    const tokens = new Set(vendor.requests.map((r) => tokenOf(r.body)!));
    expect(tokens.size).toBe(1);
    expect((await credential([...tokens][0]!)).body.data?.installByAccessToken?.installId).toBe(installId);
    expect(await liveTokens(installId)).toBe(1);
    expect((await callsOf(installId))[0]!.tokenSealed).toBeNull(); // forgotten once the call settled
  });

  it('SV-2: no answer within the time-out is retried', async () => {
    const { vendor, app } = await serverApp(['no-answer', { status: 200, body: { status: 'SettingsRequired' } }]);
    const { installId } = await installFor(app);
    await runVendorCalls();
    expect((await callsOf(installId))[0]!.lastResult).toMatch(/timeout|abort/i);
    expect(await stateOf(installId)).toBe('Activating');
    h.clock.advance(10_000);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(2);
    expect(await stateOf(installId)).toBe('SettingsRequired');
  });

  it('SV-2: activation is retried every 10 s for 3 minutes, then stops and the install keeps its state', async () => {
    const { vendor, app } = await serverApp();
    vendor.fallback = { status: 500 };
    const { installId } = await installFor(app);
    const started = h.clock.now().getTime();
    for (let i = 0; i < 25; i++) {
      await runVendorCalls();
      h.clock.advance(10_000);
    }
    const times = (await callsOf(installId)).length;
    expect(times).toBe(1);
    const [call] = await callsOf(installId);
    expect(call!.status).toBe('GAVE_UP');
    expect(call!.attempts).toBe(19); // at 0 s, 10 s, …, 180 s
    expect(call!.lastAttemptAt!.getTime() - started).toBe(180_000);
    expect(vendor.requests).toHaveLength(19);
    expect(await stateOf(installId)).toBe('Activating');
  });

  it('SV-2: a restart in the middle of retries loses nothing', async () => {
    const { vendor, app } = await serverApp([{ status: 502 }, { status: 200, body: { status: 'Activated' } }]);
    const { installId } = await installFor(app);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(1);
    await h.restart();
    expect(await h.accounts.jobs.pending(Queues.vendorCall)).toBeGreaterThan(0);
    h.clock.advance(10_000);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(2);
    expect(vendor.requests[1]!.headers['x-lognex-requestid']).toBe(vendor.requests[0]!.headers['x-lognex-requestid']);
    expect(await stateOf(installId)).toBe('Activated');
  });

  it('SV-1, SV-2: an attempt run twice at once (a job delivered twice) is sent once', async () => {
    const { vendor, app } = await serverApp([{ status: 503 }]);
    const { installId } = await installFor(app);
    const [call] = await callsOf(installId);
    await Promise.all([h.accounts.services.vendorCalls.attempt(call!.id, 1), h.accounts.services.vendorCalls.attempt(call!.id, 1)]);
    expect(vendor.requests).toHaveLength(1);
    h.clock.advance(10_000);
    await runVendorCalls(); // the first job, and the second attempt's, enqueued when the first began
    expect(vendor.requests).toHaveLength(2);
    expect(tokenOf(vendor.requests[1]!.body)).toBe(tokenOf(vendor.requests[0]!.body));
    expect((await callsOf(installId))[0]).toMatchObject({ status: 'DONE', attempts: 2 });
    expect(await liveTokens(installId)).toBe(1);
  });

  it('SV-1: the database keeps an install at one live token', async () => {
    const { app } = await serverApp();
    const { installId } = await installFor(app);
    await runVendorCalls();
    await expect(h.dataSource.query(
      `INSERT INTO app_tokens (id, install_id, token_sha256, created_at) VALUES (gen_random_uuid(), $1, repeat('a', 64), now())`, [installId],
    )).rejects.toThrow(/app_tokens_one_live/);
  });

  it('TY-3, TL-1: TELEPHONY, IFRAME and LOYALTY apps get no Vendor API calls', async () => {
    for (const type of ['TELEPHONY', 'IFRAME', 'LOYALTY'] as const) {
      const { vendor, app } = await serverApp([], { type });
      const { installId, as } = await installFor(app);
      await h.query(UNINSTALL, { installId }, as);
      await runVendorCalls();
      expect(vendor.requests).toHaveLength(0);
      expect(await callsOf(installId)).toHaveLength(0);
      expect(await stateOf(installId)).toBeNull();
    }
  });
});

describe('Phone API tokens', () => {
  const ISSUE = 'mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token userErrors { field message code } } }';
  it('TL-1: a TELEPHONY install gets a Phone API token from its admin, without JSON API permissions; a new one or a suspension revokes it', async () => {
    const { vendor, app } = await serverApp([], { type: 'TELEPHONY', access: customAccess(1, { demand: ['VIEW'] }) });
    const { installId, accountId, as } = await installFor(app);
    const employee = await makeUser(h.dataSource, { id: accountId } as never, { role: UserRole.EMPLOYEE });
    expect((await h.query(ISSUE, { id: installId }, userIdentity(employee))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = (await h.query<{ issuePhoneApiToken: { token: string } }>(ISSUE, { id: installId }, as)).body.data!.issuePhoneApiToken.token;
    // TL-1: no JSON API permissions, only the Phone API's own set (packages/core, PHONE_API_PERMISSIONS).
    expect((await credential(first)).body.data?.installByAccessToken).toMatchObject({
      installId, appType: 'TELEPHONY',
      permissions: { scope: 'CUSTOM', permissions: [
        { entity: 'phonecall', operations: ['VIEW', 'CREATE', 'UPDATE'] }, { entity: 'callcard', operations: ['VIEW', 'CREATE', 'UPDATE'] },
        { entity: 'employee', operations: ['VIEW'] },
      ] },
    });
    const second = (await h.query<{ issuePhoneApiToken: { token: string } }>(ISSUE, { id: installId }, as)).body.data!.issuePhoneApiToken.token;
    expect((await credential(first)).body.data?.installByAccessToken).toBeNull();
    await h.query(EVENT, { id: installId, cause: 'SUSPEND', key: `phone-${installId}` }, SERVICE);
    expect((await credential(second)).body.data?.installByAccessToken).toBeNull();
    expect(vendor.requests).toHaveLength(0);
  });

  it('TY-3: IFRAME and SERVER installs get no Phone API token', async () => {
    for (const type of ['IFRAME', 'SERVER'] as const) {
      const { app } = await serverApp([], { type });
      const { installId, as } = await installFor(app);
      const refused = await h.query(ISSUE, { id: installId }, as);
      expect(refused.body.errors).toBeUndefined();
      expect(refused.body.data).toEqual({ issuePhoneApiToken: { token: null, userErrors: [{ field: ['installId'], code: 'CAPABILITY_NOT_SUPPORTED', message: expect.any(String) }] } });
    }
  });
});

describe('deactivation', () => {
  it('SV-1: uninstall revokes the token before the DELETE, which deactivates', async () => {
    const { vendor, app } = await serverApp();
    const { installId, as } = await installFor(app);
    await runVendorCalls();
    const token = tokenOf(vendor.requests[0]!.body)!;
    await h.query(UNINSTALL, { installId }, as);
    expect((await credential(token)).body.data?.installByAccessToken).toBeNull();
    expect(await stateOf(installId)).toBe('Deactivating');
    vendor.replies.push({ status: 200 });
    await runVendorCalls();
    expect(vendor.requests[1]).toMatchObject({ method: 'DELETE', body: { cause: 'Uninstall' } });
    expect(await stateOf(installId)).toBeNull();
  });

  it('SV-2: an uninstall before the activation went out supersedes it: only the DELETE is sent', async () => {
    const { vendor, app } = await serverApp([{ status: 503 }]);
    const { installId, as } = await installFor(app);
    await runVendorCalls(); // 503: the activation waits for its retry
    await h.query(UNINSTALL, { installId }, as);
    h.clock.advance(10_000);
    await runVendorCalls();
    expect(vendor.requests.map((r) => r.method)).toEqual(['PUT', 'DELETE']);
    const statuses = Object.fromEntries((await callsOf(installId)).map((c) => [c.cause, c.status]));
    expect(statuses).toEqual({ Install: 'GAVE_UP', Uninstall: 'DONE' });
    expect(await stateOf(installId)).toBeNull();
  });

  it('SV-2: a 4xx to the DELETE leaves the install DeactivationFailed', async () => {
    const { vendor, app } = await serverApp();
    const { installId, as } = await installFor(app);
    await runVendorCalls();
    await h.query(UNINSTALL, { installId }, as);
    vendor.replies.push({ status: 404 });
    await runVendorCalls();
    expect(await stateOf(installId)).toBe('DeactivationFailed');
  });
});

describe('billing events', () => {
  it('SV-1: suspension revokes the token and deactivates (Suspend); resume sends a new token (Resume); idempotent by key', async () => {
    const { vendor, app } = await serverApp();
    const { installId } = await installFor(app);
    await runVendorCalls();
    const first = tokenOf(vendor.requests[0]!.body)!;
    expect((await h.query(EVENT, { id: installId, cause: 'SUSPEND', key: `s-${installId}` }, SERVICE)).body.data).toEqual({ sendVendorEvent: true });
    await h.query(EVENT, { id: installId, cause: 'SUSPEND', key: `s-${installId}` }, SERVICE);
    expect((await credential(first)).body.data?.installByAccessToken).toBeNull();
    vendor.replies.push({ status: 200 });
    await runVendorCalls();
    expect(vendor.requests.slice(1)).toEqual([expect.objectContaining({ method: 'DELETE', body: expect.objectContaining({ cause: 'Suspend' }) })]);
    expect(await stateOf(installId)).toBe('Suspended');

    await h.query(EVENT, { id: installId, cause: 'RESUME', key: `r-${installId}` }, SERVICE);
    await runVendorCalls();
    const resume = vendor.requests[2]!;
    expect(resume.body).toMatchObject({ cause: 'Resume' });
    expect((await credential(tokenOf(resume.body)!)).body.data?.installByAccessToken?.installId).toBe(installId);
    expect(await stateOf(installId)).toBe('Activated');
  });

  it('sendVendorEvent answers services only', async () => {
    const { app } = await serverApp();
    const { installId, as } = await installFor(app);
    expect((await h.query(EVENT, { id: installId, cause: 'SUSPEND', key: 'k' }, as)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('SV-2: TariffChanged carries no access and is retried every 5 minutes', async () => {
    const { vendor, app } = await serverApp();
    const { installId } = await installFor(app);
    await runVendorCalls();
    vendor.replies.push({ status: 500 }, { status: 200, body: {} });
    await h.query(EVENT, { id: installId, cause: 'TARIFF_CHANGED', key: `t-${installId}` }, SERVICE);
    await runVendorCalls();
    const call = (await callsOf(installId)).find((c) => c.cause === 'TariffChanged')!;
    expect(call.nextAttemptAt!.getTime() - call.firstAttemptAt!.getTime()).toBe(5 * 60_000);
    h.clock.advance(10_000);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(2);
    h.clock.advance(5 * 60_000);
    await runVendorCalls();
    expect(vendor.requests).toHaveLength(3);
    expect(vendor.requests[2]!.body).toMatchObject({ cause: 'TariffChanged' });
    expect(vendor.requests[2]!.body.access).toBeUndefined();
    expect(await stateOf(installId)).toBe('Activated');
  });
});

describe('permissions', () => {
  it('AR-2: after a descriptor update two installs with different frozen sets live side by side, each token sees its own', async () => {
    const { vendor, app } = await serverApp();
    const a = await installFor(app);
    app.access = customAccess(2, { customerOrder: ['VIEW'], counterparty: ['VIEW', 'CREATE'] });
    const b = await installFor(app);
    await runVendorCalls();
    const tokens = new Map(vendor.requests.map((r) => [r.path.split('/').pop(), tokenOf(r.body)!]));
    const seenA = (await credential(tokens.get(a.accountId)!)).body.data?.installByAccessToken;
    const seenB = (await credential(tokens.get(b.accountId)!)).body.data?.installByAccessToken;
    expect(seenA).toMatchObject({ installId: a.installId, permissions: { descriptorVersion: 1 } });
    expect(seenB).toMatchObject({ installId: b.installId, permissions: { descriptorVersion: 2 } });
  });

  it('AR-3: a reinstall sends updatePermissions only to apps that declare it', async () => {
    const declared = await serverApp([], { vendorApi: undefined });
    declared.app.vendorApi = { endpointBase: declared.vendor.url, additionalEvents: ['updatePermissions'] };
    const silent = await serverApp();
    for (const { vendor, app } of [declared, silent]) {
      const { installId, as } = await installFor(app);
      await runVendorCalls();
      app.access = customAccess(3, { demand: ['VIEW'] });
      await h.query(REINSTALL, { installId }, as);
      await runVendorCalls();
      const events = vendor.requests.filter((r) => r.path.endsWith('/event'));
      expect(events).toHaveLength(app === declared.app ? 1 : 0);
      if (events[0]) {
        expect(events[0].body).toMatchObject({ cause: 'PermissionsChanged', access: [{ scope: ['custom'], permissions: { demand: { view: 'ALL' } } }] });
        // The token the vendor holds stays valid and now carries the new set.
        const seen = await credential(tokenOf(vendor.requests[0]!.body)!);
        expect(seen.body.data?.installByAccessToken?.permissions.descriptorVersion).toBe(3);
      }
    }
  });
});

describe('status callback', () => {
  const statusPath = (appId: string, accountId: string) => `/api/vendor/1.0/apps/${appId}/${accountId}/status`;
  async function callback(app: FakeApp, accountId: string, status: string, claims: Record<string, unknown> = {}, secret = app.signingSecret) {
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const token = vendorJwt(secret, { sub: app.appUid, iat: now, exp: now + 60, jti: crypto.randomUUID(), ...claims });
    const response = await fetch(new URL(statusPath(app.id, accountId), h.accounts.url), {
      method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ status }),
    });
    return response.status;
  }

  it('SV-2: the vendor completes an Activating install; a reused jti, a wrong secret, an expired token, unknown install and bad transition are refused', async () => {
    const { app } = await serverApp([{ status: 200, body: { status: 'Activating' } }]);
    const { installId, accountId } = await installFor(app);
    await runVendorCalls();
    expect(await callback(app, accountId, 'Activated', {}, 'wrong secret')).toBe(401);
    const now = Math.floor(h.clock.now().getTime() / 1000);
    expect(await callback(app, accountId, 'Activated', { iat: now - 600, exp: now - 300 })).toBe(401);
    expect(await callback(app, accountId, 'Activated', { sub: 'other.app' })).toBe(401);
    expect(await callback(app, accountId, 'SettingsRequired', { jti: 'once' })).toBe(200);
    expect(await stateOf(installId)).toBe('SettingsRequired');
    expect(await callback(app, accountId, 'Activated', { jti: 'once' })).toBe(401);
    expect(await callback(app, accountId, 'Activated')).toBe(200);
    expect(await stateOf(installId)).toBe('Activated');
    // Repeats are idempotent (vendor apps call on every settings save); the transition table is in vendor-status.test.ts.
    expect(await callback(app, accountId, 'SettingsRequired')).toBe(200);
    expect(await callback(app, crypto.randomUUID(), 'Activated')).toBe(404);
  });

  it('forgets vendor JWT ids a day after they expired, never before', async () => {
    const { app } = await serverApp([{ status: 200, body: { status: 'Activating' } }]);
    const { accountId } = await installFor(app);
    await runVendorCalls();
    expect(await callback(app, accountId, 'Activated', { jti: `kept-${accountId}` })).toBe(200);
    const count = async () => (await h.dataSource.query('SELECT count(*)::int AS n FROM vendor_jwt_ids WHERE jti = $1', [`kept-${accountId}`]))[0].n;
    await h.accounts.services.maintenance.forgetExpired();
    expect(await count()).toBe(1);
    h.clock.advance(2 * 24 * 60 * 60_000);
    await h.accounts.services.maintenance.forgetExpired();
    expect(await count()).toBe(0);
  });
});
