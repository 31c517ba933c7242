import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { ActivationState, InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeUser } from '../support/factories';
import {
  customAccess, fakeApp, FakeVendor, PUBLIC_BASE_URL_IN_TESTS, SERVICE, startAccountsHarness, userIdentity, vendorJwt,
  type AccountsHarness, type FakeApp,
} from '../support/accounts-factories';

/**
 * Issue 13, measured against MoySklad's Vendor API 1.0: the status callback's transition table,
 * clock skew on vendor JWTs, and the body of every call for every cause.
 */
let h: AccountsHarness;
const vendors: FakeVendor[] = [];
beforeAll(async () => {
  h = await startAccountsHarness();
});
afterAll(async () => {
  await h.stop();
  for (const v of vendors) await v.stop();
});

const EVENT = 'mutation($id: ID!, $cause: VendorEventCause!, $key: String!) { sendVendorEvent(installId: $id, cause: $cause, idempotencyKey: $key) }';
const runVendorCalls = () => h.accounts.jobs.drain(Queues.vendorCall);

async function installed(over: Partial<FakeApp> = {}) {
  const vendor = new FakeVendor();
  await vendor.start();
  vendors.push(vendor);
  vendor.fallback = { status: 200, body: { status: 'Activated' } };
  const app = h.peers.add(fakeApp({
    type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW'] }), vendorApi: { endpointBase: vendor.url, additionalEvents: ['updatePermissions'] }, ...over,
  }));
  const account = await makeAccount(h.dataSource, { name: 'Рога и копыта' });
  const admin = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  const result = await h.query<{ installApp: { install: { id: string } } }>('mutation($appId: ID!) { installApp(appId: $appId) { install { id } userErrors { field message code } } }', { appId: app.id }, userIdentity(admin));
  return { vendor, app, account, admin, installId: result.body.data!.installApp.install.id };
}

async function putStatus(app: FakeApp, accountId: string, body: unknown, claims: Record<string, unknown> = {}) {
  const now = Math.floor(h.clock.now().getTime() / 1000);
  const token = vendorJwt(app.signingSecret, { sub: app.appUid, iat: now, exp: now + 300, jti: crypto.randomUUID(), ...claims });
  const response = await fetch(new URL(`/api/vendor/1.0/apps/${app.id}/${accountId}/status`, h.accounts.url), {
    method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const setState = (id: string, over: Partial<Install>) => h.dataSource.getRepository(Install).update({ id }, over);
const stateOf = async (id: string) => (await h.dataSource.getRepository(Install).findOneByOrFail({ id })).activationState;

describe('status callback transition table (docs/vendor-api.md)', () => {
  const live = [ActivationState.ACTIVATING, ActivationState.SETTINGS_REQUIRED, ActivationState.ACTIVATED];
  const reported = ['Activating', 'SettingsRequired', 'Activated'];
  it.each(live.flatMap((from) => reported.map((to) => [from, to])))('SV-2: a live install in %s reported as %s answers 200 and takes it', async (from, to) => {
    const { app, account, installId } = await installed();
    await setState(installId, { activationState: from as ActivationState });
    expect(await putStatus(app, account.id, { status: to })).toEqual({ status: 200, body: { status: to } });
    expect(await stateOf(installId)).toBe(to);
    // The same report again (a second settings save): the same answer, nothing else changes.
    expect((await putStatus(app, account.id, { status: to })).status).toBe(200);
  });

  it.each([
    ['ActivationFailed', { activationState: ActivationState.ACTIVATION_FAILED }],
    ['Deactivating', { activationState: ActivationState.DEACTIVATING }],
    ['DeactivationFailed', { activationState: ActivationState.DEACTIVATION_FAILED }],
    ['Suspended', { activationState: ActivationState.SUSPENDED, suspendedAt: new Date() }],
    ['uninstalled', { status: InstallStatus.UNINSTALLED, uninstalledAt: new Date(), activationState: null }],
  ])('SV-2: an install that is not live (%s) answers 409 VENDOR_INSTALL_NOT_LIVE and keeps its state', async (_name, over) => {
    const { app, account, installId } = await installed();
    await setState(installId, over as Partial<Install>);
    expect(await putStatus(app, account.id, { status: 'Activated' })).toMatchObject({ status: 409, body: { code: 'VENDOR_INSTALL_NOT_LIVE' } });
    expect(await stateOf(installId)).toBe((over as Partial<Install>).activationState);
  });

  it('SV-2: an account that never installed the app answers 404; a body off the protocol 400 with a code; a non-UUID never 5xx', async () => {
    const { app, account, installId } = await installed();
    expect(await putStatus(app, crypto.randomUUID(), { status: 'Activated' })).toMatchObject({ status: 404, body: { code: 'VENDOR_INSTALL_NOT_FOUND' } });
    for (const body of [{ status: ['Activated'] }, { status: 'Suspended' }, { status: 'Activated', note: 'x' }, {}, [], 42]) {
      expect(await putStatus(app, account.id, body)).toMatchObject({ status: 400, body: { code: 'VENDOR_STATUS_INVALID' } });
    }
    expect((await putStatus(app, 'not-a-uuid', { status: 'Activated' })).status).toBe(404);
    const malformed = await fetch(new URL(`/api/vendor/1.0/apps/${app.id}/${account.id}/status`, h.accounts.url), {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"status":',
    });
    expect(malformed.status).toBe(400);
    expect(await stateOf(installId)).toBe('Activating');
  });
});

describe('vendor JWT clock skew (30 s both ways)', () => {
  it('accepts iat up to 30 s ahead and exp up to 30 s behind; refuses beyond; exp is optional (iat + 300 s)', async () => {
    const { app, account } = await installed();
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const status = async (claims: Record<string, unknown>) => (await putStatus(app, account.id, { status: 'Activated' }, claims)).status;
    expect(await status({ iat: now + 2, exp: now + 302 })).toBe(200); // the vendor: 2 s ahead
    expect(await status({ iat: now + 30, exp: now + 330 })).toBe(200);
    expect(await status({ iat: now + 31, exp: now + 331 })).toBe(401);
    expect(await status({ iat: now - 320, exp: now - 20 })).toBe(200);
    expect(await status({ iat: now - 340, exp: now - 40 })).toBe(401);
    expect(await status({ iat: now, exp: undefined })).toBe(200);
    expect(await status({ iat: now - 340, exp: undefined })).toBe(401);
    expect(await status({ iat: now - 100, exp: now + 10_000 })).toBe(200); // exp capped at iat + 300 s
    expect(await status({ iat: now - 340, exp: now + 10_000 })).toBe(401);
    expect(await status({ iat: now, exp: now + 300, nbf: now + 20 })).toBe(200);
    expect(await status({ iat: now, exp: now + 300, nbf: now + 60 })).toBe(401);
  });
});

describe('payloads for every cause (MoySklad Vendor API 1.0)', () => {
  const bodyOf = (vendor: FakeVendor, i: number) => vendor.requests[i]!.body as Record<string, any>;

  it('Install: appUid, accountName, access with the API URL and a token, the app’s tariff; paid: expiryMoment from billing’s periods', async () => {
    const { vendor, app, account, installId } = await installed();
    h.peers.installBilling.set(installId, { state: 'PAID', trialEndsAt: null, priceKopecks: 100_000 });
    h.peers.subscriptionPeriods.set(account.id, [
      { startsAt: '2026-10-01T00:00:00.000Z', endsAt: '2026-11-15T00:00:00.000Z' },
      { startsAt: '2026-11-15T00:00:00.000Z', endsAt: '2026-12-15T00:00:00.000Z' }, // an extension
      { startsAt: '2027-02-01T00:00:00.000Z', endsAt: '2027-03-01T00:00:00.000Z' }, // not contiguous
    ]);
    await runVendorCalls();
    const body = bodyOf(vendor, 0);
    expect(body).toEqual({
      appUid: app.appUid, accountName: 'Рога и копыта', cause: 'Install',
      access: [{ resource: `${PUBLIC_BASE_URL_IN_TESTS}/graphql`, scope: ['custom'], permissions: { customerOrder: { view: 'ALL' } }, access_token: expect.any(String) }],
      subscription: {
        tariffId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        tariffName: '1000 RUB/month', trial: false, expiryMoment: '2026-12-15T00:00:00.000Z', notForResale: false, partner: false,
      },
    });
  });

  it('Install on a trial: trial true, expiryMoment the trial end; a free app: expiryMoment null, tariff Free', async () => {
    const trial = await installed({ isFree: false });
    h.peers.installBilling.set(trial.installId, { state: 'TRIAL', trialEndsAt: '2026-11-08T09:00:00.000Z', priceKopecks: 50_000 });
    const free = await installed();
    await runVendorCalls();
    expect(bodyOf(trial.vendor, 0).subscription).toMatchObject({ trial: true, expiryMoment: '2026-11-08T09:00:00.000Z', tariffName: '500 RUB/month' });
    expect(bodyOf(free.vendor, 0).subscription).toMatchObject({ trial: false, expiryMoment: null, tariffName: 'Free' });
    expect(bodyOf(free.vendor, 0).subscription.tariffId).not.toBe(bodyOf(trial.vendor, 0).subscription.tariffId);
  });

  it('TariffChanged and Autoprolongation: subscription, no access; Suspend and Resume: DELETE and PUT with the account named', async () => {
    const { vendor, app, installId } = await installed();
    await runVendorCalls();
    for (const [cause, key] of [['TARIFF_CHANGED', 't'], ['AUTOPROLONGATION', 'a'], ['SUSPEND', 's'], ['RESUME', 'r']]) {
      await h.query(EVENT, { id: installId, cause, key: `${key}-${installId}` }, SERVICE);
      await runVendorCalls();
    }
    const [, tariff, prolongation, suspend, resume] = vendor.requests;
    for (const [request, cause] of [[tariff, 'TariffChanged'], [prolongation, 'Autoprolongation']] as const) {
      expect(request!.method).toBe('PUT');
      expect(request!.body).toEqual({ appUid: app.appUid, accountName: 'Рога и копыта', cause, subscription: expect.objectContaining({ trial: false }) });
    }
    expect(suspend).toMatchObject({ method: 'DELETE', body: { appUid: app.appUid, accountName: 'Рога и копыта', cause: 'Suspend' } });
    expect(resume!.body).toMatchObject({ appUid: app.appUid, accountName: 'Рога и копыта', cause: 'Resume', access: [{ access_token: expect.any(String) }] });
    expect(await stateOf(installId)).toBe('Activated');
  });

  it('Uninstall: DELETE with appUid, accountName and cause; PermissionsChanged: /event with access but no token and no subscription', async () => {
    const { vendor, app, admin, installId } = await installed();
    await runVendorCalls();
    await h.query('mutation($id: ID!) { reinstallApp(installId: $id) { install { id } userErrors { field message code } } }', { id: installId }, userIdentity(admin));
    await runVendorCalls();
    await h.query('mutation($id: ID!) { uninstallApp(installId: $id) { install { id } userErrors { field message code } } }', { id: installId }, userIdentity(admin));
    await runVendorCalls();
    const [, event, removal] = vendor.requests;
    expect(event!.path).toMatch(/\/event$/);
    expect(event!.body).toEqual({
      appUid: app.appUid, accountName: 'Рога и копыта', cause: 'PermissionsChanged',
      access: [{ resource: `${PUBLIC_BASE_URL_IN_TESTS}/graphql`, scope: ['custom'], permissions: { customerOrder: { view: 'ALL' } } }],
    });
    expect(removal).toMatchObject({ method: 'DELETE', body: { appUid: app.appUid, accountName: 'Рога и копыта', cause: 'Uninstall' } });
  });
});
