import { randomUUID } from 'node:crypto';
import type { RunningAccounts } from '@appmarket/accounts';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { App } from '@appmarket/catalog/src/apps/app.entity';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { makeApp, makeVendor } from '../support/factories';
import { SampleVendorApp } from '../support/moysklad-vendor';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { userErrorsOf } from '../support/refusals';

/**
 * Issue 13: a vendor app written against MoySklad's Vendor API works unchanged with one base URL,
 * the gateway's origin. Every Vendor API call below goes through the gateway; the accounts and
 * users come from a host platform's provisioning calls.
 */
const PUBLIC_BASE_URL = 'https://market.test';
const SAVED_ENV = { ...process.env };
const V2 = 'https://apps-api.moysklad.ru/xml/ns/appstore/app/v2';

let stack: TestStack;
beforeAll(async () => {
  // The sample app listens on 127.0.0.1 over http: this stack widens egress on purpose (local development).
  Object.assign(process.env, {
    EGRESS_ALLOW_HTTP: 'on', EGRESS_ALLOW_PRIVATE_NETWORKS: 'on', PUBLIC_BASE_URL, ACCOUNTS_JOB_WORKERS: 'off',
  });
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
  process.env = SAVED_ENV;
});

const host = gatewayHeadersFor({ kind: 'host', hostId: 'host-one' });
const drainVendorCalls = () => (stack.subgraphs.accounts as unknown as RunningAccounts).background!.drain(Queues.vendorCall);

async function gql<T = any>(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await stack.query<T>(query, variables, headers);
  expect(response.body.errors).toBeUndefined();
  expect(userErrorsOf(response.body as Parameters<typeof userErrorsOf>[0])).toEqual([]);
  return response.body.data as T;
}

/** A host brings a customer with an admin and an employee (provisioning API, host API key). */
async function provisionedCustomer() {
  const externalId = `crm-${randomUUID().slice(0, 8)}`;
  const { provisionAccount } = await gql(host, `mutation($input: ProvisionAccountInput!) { provisionAccount(input: $input) { account { id } userErrors { field message code } } }`,
    { input: { externalId, name: 'ООО Ромашка', zone: 'RU', tariff: 'BASIC' } });
  const user = async (role: 'ADMIN' | 'EMPLOYEE') => (await gql(host, `mutation($input: ProvisionUserInput!) { provisionUser(input: $input) { user { id role } userErrors { field message code } } }`, {
    input: { accountExternalId: externalId, externalId: `${role}-1`, fullName: 'Иванов Иван Иванович', email: `${role.toLowerCase()}@romashka.example`, role },
  })).provisionUser.user;
  const accountId: string = provisionAccount.account.id;
  const as = async (role: 'ADMIN' | 'EMPLOYEE') => gatewayHeadersFor({ kind: 'user', userId: (await user(role)).id, accountId, role });
  return { accountId, admin: await as('ADMIN'), employee: await as('EMPLOYEE') };
}

/** A published SERVER app whose descriptor (uploaded through the gateway) points at the sample app. */
async function publishedServerApp() {
  const catalog = stack.dataSources.catalog!;
  const vendor = await makeVendor(catalog);
  const secret = randomUUID();
  const app = await makeApp(catalog, vendor, { type: AppType.SERVER, status: AppStatus.DRAFT, secretKey: secret });
  const sample = new SampleVendorApp({
    appId: app.id, appUid: `${app.alias}.${vendor.alias}`, secret, marketplaceBase: `${stack.gateway.url.replace(/\/graphql$/, '')}/api/vendor/1.0`,
    marketplaceNow: () => stack.clock.now().getTime(), clockOffsetMs: 2_000,
  });
  await sample.start();
  const xml = `<ServerApplication xmlns="${V2}"><vendorApi><endpointBase>${sample.url}</endpointBase></vendorApi>` +
    '<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>custom</scope>' +
    '<permissions><customerOrder><view/><update/></customerOrder></permissions></access></ServerApplication>';
  const uploaded = await gql(gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id }),
    'mutation($appId: ID!, $xml: String!) { uploadAppDescriptor(appId: $appId, xml: $xml) { descriptor { version } userErrors { field message code } } }', { appId: app.id, xml });
  expect(uploaded.uploadAppDescriptor.userErrors).toEqual([]);
  await catalog.getRepository(App).update({ id: app.id }, { status: AppStatus.PUBLISHED });
  return { app, sample };
}

describe('a MoySklad vendor app through the one public origin', () => {
  it('installs, is configured by an admin (saving repeatedly), refuses an employee, and is removed — every call through the gateway', async () => {
    const { app, sample } = await publishedServerApp();
    try {
      const { accountId, admin, employee } = await provisionedCustomer();
      const { installApp: { install: installApp } } = await gql(admin, 'mutation($appId: ID!) { installApp(appId: $appId) { install { id } userErrors { field message code } } }', { appId: app.id });
      await drainVendorCalls();
      const install = async () => (await gql(admin, 'query($id: ID!) { account(id: $id) { installs { id activationState } } }', { id: accountId }))
        .account.installs.find((i: { id: string }) => i.id === installApp.id).activationState;
      expect(await install()).toBe('SETTINGS_REQUIRED');
      const [activation] = sample.received;
      expect(activation!.body).toMatchObject({
        appUid: `${app.alias}.${sample['options'].appUid.split('.')[1]}`, accountName: 'ООО Ромашка', cause: 'Install',
        access: [{ resource: `${PUBLIC_BASE_URL}/graphql`, scope: ['custom'], permissions: { customerOrder: { view: 'ALL', update: 'ALL' } } }],
        subscription: { trial: false, tariffName: 'Free', expiryMoment: null, notForResale: false, partner: false },
      });

      const open = async (as: Record<string, string>) => sample.openIframe(
        (await gql(as, 'mutation($id: ID!) { openApp(installId: $id) { launch { contextKey } userErrors { field message code } } }', { id: installApp.id })).openApp.launch.contextKey,
      );
      // The admin opens the app; its clock is 2 s ahead of ours, and every save repeats the status PUT.
      const asAdmin = await open(admin);
      expect(asAdmin).toMatchObject({ status: 200, employee: { accountId, isAdmin: true, shortFio: 'Иванов И. И.' } });
      expect(await sample.saveSettings(asAdmin.employee!, 'store: main')).toBe(200);
      expect(await install()).toBe('ACTIVATED');
      expect(await sample.saveSettings(asAdmin.employee!, 'store: second')).toBe(200); // Activated → Activated
      expect(await sample.saveSettings(asAdmin.employee!, '')).toBe(200); // Activated → SettingsRequired
      expect(await install()).toBe('SETTINGS_REQUIRED');
      expect(await sample.saveSettings(asAdmin.employee!, 'store: main')).toBe(200);
      expect(await install()).toBe('ACTIVATED');

      // An employee is no admin in the context, so the app does not let it configure anything.
      const asEmployee = await open(employee);
      expect(asEmployee).toMatchObject({ status: 200, employee: { isAdmin: false } });
      expect(await sample.saveSettings(asEmployee.employee!, 'hijack')).toBe(403);

      await gql(admin, 'mutation($id: ID!) { uninstallApp(installId: $id) { install { id } userErrors { field message code } } }', { id: installApp.id });
      await drainVendorCalls();
      expect(sample.received.at(-1)).toMatchObject({
        method: 'DELETE', body: { appUid: sample['options'].appUid, accountName: 'ООО Ромашка', cause: 'Uninstall' },
      });
      expect(sample.problems).toEqual([]);
      // Once removed, a status callback is a conflict, not an error of ours.
      expect((await sample.call('PUT', `/apps/${app.id}/${accountId}/status`, { status: 'Activated' })).status).toBe(409);
    } finally {
      await sample.stop();
    }
  });

  it('answers off-protocol and hostile calls at the gateway with 4xx and a code, never 5xx', async () => {
    const { app, sample } = await publishedServerApp();
    try {
      const put = (path: string, body: unknown, token?: string) => sample.call('PUT', path, body, token);
      const accountId = randomUUID();
      for (const body of [{ status: ['Activated'] }, { status: 'Installed' }, { status: 'Activated', extra: 1 }, 'Activated', null]) {
        const answer = await put(`/apps/${app.id}/${accountId}/status`, body);
        expect(answer).toEqual({ status: 400, body: expect.objectContaining({ code: 'VENDOR_STATUS_INVALID' }) });
      }
      expect((await put(`/apps/not-a-uuid/${accountId}/status`, { status: 'Activated' })).status).toBe(404);
      expect((await put(`/apps/${app.id}/not-a-uuid/status`, { status: 'Activated' })).status).toBe(404);
      expect((await put(`/apps/${app.id}/${accountId}/status`, { status: 'Activated' })).body).toMatchObject({ code: 'VENDOR_INSTALL_NOT_FOUND' });
      const skewed = sample.vendorJwt({ iat: Math.floor(stack.clock.now().getTime() / 1000) + 120 });
      expect((await put(`/apps/${app.id}/${accountId}/status`, { status: 'Activated' }, skewed)).status).toBe(401);
      expect((await sample.call('POST', `/context/${'x'.repeat(500)}`, {})).status).toBe(404);
    } finally {
      await sample.stop();
    }
  });
});
