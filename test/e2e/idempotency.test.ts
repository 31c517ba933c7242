import { createHash, randomUUID } from 'node:crypto';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { UserRole, Zone } from '@appmarket/accounts/src/accounts/account.enums';
import type { DataSource } from 'typeorm';
import { makeAccount, makeApp, makeUser, makeVendor } from '../support/factories';
import { asModerator, asVendor, CUSTOM_ACCESS, descriptor, errorCode, gql, VENDOR_API } from '../support/catalog-factories';
import { gatewayHeadersFor } from '../support/identity';
import { refusalCode, userErrorsOf } from '../support/refusals';
import { startTestStack, type TestStack } from '../support/stack';

const INSTALL = 'mutation($appId: ID!, $key: String) { installApp(appId: $appId, idempotencyKey: $key) { install { id status } userErrors { field message code } } }';
const UNINSTALL = 'mutation($id: ID!) { uninstallApp(installId: $id) { install { id } userErrors { field message code } } }';
const LOCAL = 'mutation($name: String!, $key: String) { createLocalApp(name: $name, idempotencyKey: $key) { localApp { id name } userErrors { field message code } } }';
const WEBHOOK = `mutation($name: String!, $key: String) {
  createIncomingWebhook(name: $name, permissions: [{ entity: "phonecall", operations: [VIEW] }], idempotencyKey: $key) { token webhook { id } userErrors { field message code } } }`;

/** The refusal's code: top-level, else a payload's user error (issue 19, item 2). */
const codeOf = (body: unknown) => refusalCode(body as Parameters<typeof refusalCode>[0]);

/**
 * Issue 19, item 1, through the gateway over the whole stack: installApp, createLocalApp and
 * createIncomingWebhook take an idempotencyKey; repeats with it make one row and answer it.
 */
describe('idempotent creating mutations through the gateway (issue 19)', () => {
  let stack: TestStack;
  let accounts: DataSource;
  let catalog: DataSource;
  let billing: DataSource;
  beforeAll(async () => {
    stack = await startTestStack();
    [accounts, catalog, billing] = [stack.dataSources.accounts!, stack.dataSources.catalog!, stack.dataSources.billing!];
  });
  afterAll(() => stack?.stop());

  async function admin(zone = Zone.KZ) {
    const account = await makeAccount(accounts, { zone });
    const user = await makeUser(accounts, account, { role: UserRole.ADMIN });
    const headers = gatewayHeadersFor({ kind: 'user', userId: user.id, accountId: account.id, role: 'ADMIN' });
    return { account, headers };
  }
  const freeApp = async () => makeApp(catalog, await makeVendor(catalog), { type: AppType.IFRAME });
  const installsOf = async (accountId: string) =>
    Number((await accounts.query('SELECT count(*) AS n FROM installs WHERE account_id = $1', [accountId]))[0].n);
  const billingsOf = async (accountId: string) =>
    Number((await billing.query('SELECT count(*) AS n FROM install_billings WHERE account_id = $1', [accountId]))[0].n);

  it('TY-2: five concurrent installApp with one key make one install, decided once by billing, and all answer it', async () => {
    const app = await freeApp();
    const { account, headers } = await admin();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () =>
      stack.query<{ installApp: { install: { id: string; status: string } } }>(INSTALL, { appId: app.id, key }, headers)));
    expect(answers.map((a) => codeOf(a.body))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.body.data!.installApp.install.id)).size).toBe(1);
    expect(await installsOf(account.id)).toBe(1);
    expect(await billingsOf(account.id)).toBe(1);
  });

  it('a retried installApp with its key answers the install it made; without a key ALREADY_INSTALLED carries that install', async () => {
    const app = await freeApp();
    const { account, headers } = await admin();
    const key = randomUUID();
    const first = await stack.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id, key }, headers);
    const installId = first.body.data!.installApp.install.id;
    const retried = await stack.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id, key }, headers);
    expect(retried.body.data!.installApp.install.id).toBe(installId);
    // Without a key the refusal is data, and the payload carries the live install (issue 19, item 2).
    const keyless = await stack.query(INSTALL, { appId: app.id }, headers);
    expect(keyless.body.errors).toBeUndefined();
    expect(keyless.body.data).toEqual({ installApp: {
      install: { id: installId, status: 'ACTIVE' }, userErrors: [{ field: ['appId'], code: 'ALREADY_INSTALLED', message: expect.any(String) }],
    } });
    // The first result as it is now: removed since, the retry shows it removed and installs nothing.
    await stack.query(UNINSTALL, { id: installId }, headers);
    const late = await stack.query<{ installApp: { install: { id: string; status: string } } }>(INSTALL, { appId: app.id, key }, headers);
    expect(late.body.data!.installApp).toEqual({ install: { id: installId, status: 'UNINSTALLED' }, userErrors: [] });
    expect(await installsOf(account.id)).toBe(1);
    // The same key for another app is another request.
    const reused = await stack.query(INSTALL, { appId: (await freeApp()).id, key }, headers);
    expect(reused.body.errors).toBeUndefined();
    expect(userErrorsOf(reused.body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: ['idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) }]);
  });

  it('keys are the account\'s own: another account installs with the same key', async () => {
    const app = await freeApp();
    const key = randomUUID();
    const [a, b] = [await admin(), await admin()];
    const first = await stack.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id, key }, a.headers);
    const second = await stack.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id, key }, b.headers);
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data!.installApp.install.id).not.toBe(first.body.data!.installApp.install.id);
    expect([await installsOf(a.account.id), await installsOf(b.account.id)]).toEqual([1, 1]);
  });

  it('BX-8: concurrent createLocalApp with one key make one app; a keyless retry is CONFLICT', async () => {
    const { account, headers } = await admin();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 3 }, () =>
      stack.query<{ createLocalApp: { localApp: { id: string } } }>(LOCAL, { name: 'Sync', key }, headers)));
    expect(answers.map((a) => codeOf(a.body))).toEqual([undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.body.data!.createLocalApp.localApp.id)).size).toBe(1);
    expect(Number((await accounts.query('SELECT count(*) AS n FROM local_apps WHERE account_id = $1', [account.id]))[0].n)).toBe(1);
    expect(userErrorsOf((await stack.query(LOCAL, { name: 'Sync' }, headers)).body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: ['name'], code: 'CONFLICT', message: expect.any(String) }]);
    expect(codeOf((await stack.query(LOCAL, { name: 'Other', key }, headers)).body)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('BX-8: a retried createIncomingWebhook makes one webhook; the retry carries a new token and only it works', async () => {
    const { account, headers } = await admin();
    const key = randomUUID();
    type Created = { createIncomingWebhook: { token: string; webhook: { id: string } } };
    const first = (await stack.query<Created>(WEBHOOK, { name: 'Orders', key }, headers)).body.data!.createIncomingWebhook;
    const again = (await stack.query<Created>(WEBHOOK, { name: 'Orders', key }, headers)).body.data!.createIncomingWebhook;
    expect(again.webhook.id).toBe(first.webhook.id);
    expect(again.token).not.toBe(first.token);
    const rows = await accounts.query('SELECT token_sha256 FROM incoming_webhooks WHERE account_id = $1', [account.id]);
    expect(rows).toEqual([{ token_sha256: createHash('sha256').update(again.token).digest('hex') }]);
    // The new token reaches the API; the first one no longer does.
    const asWebhook = (token: string) => stack.query('{ __typename }', {}, { authorization: `Bearer ${token}` });
    expect((await asWebhook(again.token)).status).toBe(200);
    expect((await asWebhook(first.token)).status).toBe(401);
  });

  const CREATE_APP = `mutation($input: CreateAppInput!, $key: String) {
    createApp(input: $input, idempotencyKey: $key) { secretKey app { id alias status } userErrors { field code } } }`;
  type CreatedApp = { createApp: { secretKey: string; app: { id: string } } };

  it('LC-2: concurrent createApp with one key make one DRAFT app and answer it with its secret key; another vendor\'s key is its own', async () => {
    const [vendor, other] = [await makeVendor(catalog), await makeVendor(catalog)];
    const input = { alias: 'crm-sync', type: 'SERVER', name: 'Синхронизация', categories: ['crm'] };
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => gql<CreatedApp>(stack, asVendor(vendor), CREATE_APP, { input, key })));
    expect(answers.map(errorCode)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.body.data!.createApp.app.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.data!.createApp.secretKey)).size).toBe(1);
    expect(Number((await catalog.query('SELECT count(*) AS n FROM apps WHERE vendor_id = $1', [vendor.id]))[0].n)).toBe(1);
    expect(errorCode(await gql(stack, asVendor(vendor), CREATE_APP, { input }))).toBe('APP_ALIAS_TAKEN');
    expect(errorCode(await gql(stack, asVendor(vendor), CREATE_APP, { input: { ...input, name: 'Другое' }, key }))).toBe('IDEMPOTENCY_KEY_REUSED');
    const theirs = await gql<CreatedApp>(stack, asVendor(other), CREATE_APP, { input, key });
    expect(theirs.body.data!.createApp.app.id).not.toBe(answers[0]!.body.data!.createApp.app.id);
  });

  it('a retried createVendor and uploadAppDescriptor with their keys answer what the first made (one vendor, one version)', async () => {
    const CREATE_VENDOR = 'mutation($alias: String!, $key: String) { createVendor(alias: $alias, name: "Сигма", idempotencyKey: $key) { vendor { id alias } userErrors { field code } } }';
    const key = randomUUID();
    const alias = `sigma-${key.slice(0, 8)}`;
    const first = await gql<{ createVendor: { vendor: { id: string } } }>(stack, asModerator, CREATE_VENDOR, { alias, key });
    const again = await gql<{ createVendor: { vendor: { id: string } } }>(stack, asModerator, CREATE_VENDOR, { alias, key });
    expect(first.body.data?.createVendor).toEqual({ vendor: { id: expect.any(String), alias }, userErrors: [] });
    expect(again.body.data).toEqual(first.body.data);
    expect(errorCode(await gql(stack, asModerator, CREATE_VENDOR, { alias }))).toBe('VENDOR_ALIAS_TAKEN');

    const vendor = await makeVendor(catalog);
    const app = await gql<CreatedApp>(stack, asVendor(vendor), CREATE_APP, { input: { alias: 'calls', type: 'SERVER', name: 'Звонки', categories: [] } });
    const appId = app.body.data!.createApp.app.id;
    const UPLOAD = 'mutation($appId: ID!, $xml: String!, $key: String) { uploadAppDescriptor(appId: $appId, xml: $xml, idempotencyKey: $key) { descriptor { id version } userErrors { field code } } }';
    const xml = descriptor(`${VENDOR_API}${CUSTOM_ACCESS}`);
    type Uploaded = { uploadAppDescriptor: { descriptor: { id: string; version: number } } };
    const uploads = await Promise.all([1, 2, 3].map(() => gql<Uploaded>(stack, asVendor(vendor), UPLOAD, { appId, xml, key })));
    expect(uploads.map((u) => u.body.data?.uploadAppDescriptor.descriptor.version)).toEqual([1, 1, 1]);
    expect((await gql<Uploaded>(stack, asVendor(vendor), UPLOAD, { appId, xml })).body.data!.uploadAppDescriptor.descriptor.version).toBe(2);
    // Issue 19, item 2: the key reused for another descriptor is data at the idempotencyKey argument, nothing stored.
    const reused = await gql(stack, asVendor(vendor), UPLOAD, { appId, xml: descriptor(VENDOR_API), key });
    expect(reused.body.errors).toBeUndefined();
    expect(reused.body.data).toEqual({ uploadAppDescriptor: { descriptor: null, userErrors: [{ field: ['idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }] } });
  });

  it('every subgraph sweeps keys older than the retention period on its own pg-boss schedule', async () => {
    const sweeps: Record<string, [string, string]> = {
      accounts: ['accounts_jobs', 'accounts-maintenance'],
      billing: ['billing_jobs', 'billing-expire-idempotency-keys'],
      catalog: ['catalog_jobs', 'catalog-expire-idempotency-keys'],
      'telephony-loyalty': ['telephony_jobs', 'telephony-expire-idempotency-keys'],
    };
    const old = new Date(stack.clock.now().getTime() - 25 * 3600_000);
    for (const [name, [schema, queue]] of Object.entries(sweeps)) {
      const db = stack.dataSources[name]!;
      expect(await db.query(`SELECT name FROM ${schema}.schedule WHERE name = $1`, [queue])).toEqual([{ name: queue }]);
      await db.query(`INSERT INTO idempotency_keys (scope, key, operation, request_sha256, result, created_at)
                      VALUES ('account:old', 'old-key', 'test', repeat('0', 64), 'null', $1)`, [old]);
    }
    const services = (name: string) => (stack.subgraphs[name] as unknown as { services: Record<string, any> }).services;
    await services('accounts').maintenance.forgetExpired();
    for (const name of ['billing', 'catalog', 'telephony-loyalty']) await services(name).idempotency.expire();
    for (const name of Object.keys(sweeps)) {
      expect(await stack.dataSources[name]!.query(`SELECT key FROM idempotency_keys WHERE scope = 'account:old'`)).toEqual([]);
    }
  });
});
