import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema, isEnumType } from 'graphql';
import { UserRole, Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { DataSource } from 'typeorm';
import { makeAccount, makeApp, makeInstall, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { userErrorsOf, type UserErrorShape } from '../support/refusals';
import { startTestStack, type TestStack } from '../support/stack';
import { rowCounts } from '../bad-input/support/row-counts';

/**
 * Issue 19, item 2, through the gateway over the real stack, for every mutation family of the
 * accounts subgraph: a refusal a form can act on is data (HTTP 200, no `errors`), its `field` is
 * the path of the argument it concerns, its `code` is a value of the mutation's `<Name>ErrorCode`
 * in the published schema, nothing is written, and where the service checks several fields every
 * problem comes back at once. Rights (BX-3, FORBIDDEN) stay top-level errors.
 */
const API_SCHEMA = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'web', 'schema.graphql'), 'utf8'));
const UE = 'userErrors { field message code }';

/** The values of `<Mutation>ErrorCode` clients see (web/schema.graphql, the API schema). */
function codesOf(mutation: string): string[] {
  const type = API_SCHEMA.getType(`${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}ErrorCode`);
  if (!isEnumType(type)) throw new Error(`no error-code enum for ${mutation}`);
  return type.getValues().map((v) => v.name);
}

type Answer = Awaited<ReturnType<TestStack['query']>>;

/** The refusal is data: HTTP 200, no top-level error, every code in the mutation's enum, the result null. */
function refusedAsData(answer: Answer, mutation: string, result: string): UserErrorShape[] {
  expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
  const payload = (answer.body.data as Record<string, Record<string, unknown>>)[mutation]!;
  expect(payload[result]).toBeNull();
  const errors = userErrorsOf(answer.body as Parameters<typeof userErrorsOf>[0], mutation);
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(codesOf(mutation)).toContain(e.code);
  return errors;
}

const placed = (errors: UserErrorShape[]) => errors.map((e) => [e.field, e.code]);

describe('accounts: refusals a form can show are user errors (issue 19, item 2)', () => {
  let stack: TestStack;
  let accounts: DataSource;
  let catalog: DataSource;
  const SAVED_ENV = { ...process.env };
  beforeAll(async () => {
    process.env.ACCOUNTS_JOB_WORKERS = 'off';
    stack = await startTestStack();
    [accounts, catalog] = [stack.dataSources.accounts!, stack.dataSources.catalog!];
  });
  afterAll(async () => {
    await stack?.stop();
    process.env = SAVED_ENV;
  });

  async function adminOf(over: Parameters<typeof makeAccount>[1] = {}) {
    const account = await makeAccount(accounts, { zone: Zone.KZ, ...over });
    const user = await makeUser(accounts, account, { role: UserRole.ADMIN });
    return { account, user, headers: gatewayHeadersFor({ kind: 'user', userId: user.id, accountId: account.id, role: 'ADMIN' }) };
  }
  const appOf = async (type: AppType = AppType.IFRAME) => makeApp(catalog, await makeVendor(catalog), { type });

  describe('installs', () => {
    const INSTALL = `mutation($appId: ID!, $key: String) { installApp(appId: $appId, idempotencyKey: $key) { install { id status } ${UE} } }`;

    it('LC-3, DL-3: an unknown app is APP_NOT_FOUND at ["appId"]; TY-2: a second TELEPHONY app is a limit of the request as a whole; nothing written', async () => {
      const { account, headers } = await adminOf();
      const before = await rowCounts(stack);
      const unknown = refusedAsData(await stack.query(INSTALL, { appId: randomUUID() }, headers), 'installApp', 'install');
      expect(placed(unknown)).toEqual([[['appId'], 'APP_NOT_FOUND']]);
      expect(await rowCounts(stack)).toEqual(before);

      await makeInstall(accounts, account, await appOf(AppType.TELEPHONY));
      const second = refusedAsData(await stack.query(INSTALL, { appId: (await appOf(AppType.TELEPHONY)).id }, headers), 'installApp', 'install');
      expect(placed(second)).toEqual([[null, 'APP_TYPE_LIMIT_REACHED']]);
      expect(await accounts.query('SELECT app_type FROM installs WHERE account_id = $1', [account.id])).toEqual([{ app_type: 'TELEPHONY' }]);
    });

    it('a refused call with a key stores nothing: the same retry gets the same user error; ALREADY_INSTALLED answers the live install', async () => {
      const { account, headers } = await adminOf();
      const key = randomUUID();
      const appId = randomUUID();
      const first = await stack.query(INSTALL, { appId, key }, headers);
      const again = await stack.query(INSTALL, { appId, key }, headers);
      expect(again.body).toEqual(first.body);
      expect(await accounts.query('SELECT 1 FROM idempotency_keys WHERE scope = $1', [`account:${account.id}`])).toEqual([]);

      const app = await appOf();
      const made = await stack.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id }, headers);
      const twice = await stack.query(INSTALL, { appId: app.id }, headers);
      expect([twice.status, twice.body.errors]).toEqual([200, undefined]);
      expect(twice.body.data).toEqual({ installApp: {
        install: { id: made.body.data!.installApp.install.id, status: 'ACTIVE' },
        userErrors: [{ field: ['appId'], code: 'ALREADY_INSTALLED', message: expect.any(String) }],
      } });
      expect(codesOf('installApp')).toContain('ALREADY_INSTALLED');
    });

    it('BX-3: an employee where only admins install is refused as a right: a top-level error, not a user error', async () => {
      const { account } = await adminOf();
      const employee = await makeUser(accounts, account, { role: UserRole.EMPLOYEE });
      const refused = await stack.query(INSTALL, { appId: (await appOf()).id },
        gatewayHeadersFor({ kind: 'user', userId: employee.id, accountId: account.id, role: 'EMPLOYEE' }));
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('INSTALL_NOT_ALLOWED');
      expect(codesOf('installApp')).not.toContain('INSTALL_NOT_ALLOWED');
      expect(await accounts.query('SELECT 1 FROM installs WHERE account_id = $1', [account.id])).toEqual([]);
    });

    it('BX-6: every user of another account in the access list is named at its place, all at once; nothing is stored', async () => {
      const { account, headers } = await adminOf();
      const stranger = await adminOf();
      const mate = await makeUser(accounts, account, { role: UserRole.EMPLOYEE });
      const install = await makeInstall(accounts, account, await appOf());
      const SET = `mutation($id: ID!, $u: [ID!]) { setInstallUsers(installId: $id, userIds: $u) { install { allowedUserIds } ${UE} } }`;
      const errors = refusedAsData(await stack.query(SET, { id: install.id, u: [stranger.user.id, mate.id, randomUUID()] }, headers), 'setInstallUsers', 'install');
      expect(placed(errors)).toEqual([[['userIds', '0'], 'USER_NOT_IN_ACCOUNT'], [['userIds', '2'], 'USER_NOT_IN_ACCOUNT']]);
      expect(await accounts.query('SELECT allowed_user_ids FROM installs WHERE id = $1', [install.id])).toEqual([{ allowed_user_ids: null }]);
    });

    it('AR-3, SV-3, TL-1: an install id that is not the account\'s is NOT_FOUND at ["installId"]; an IFRAME install has no Phone API token', async () => {
      const { account, headers } = await adminOf();
      const theirs = await makeInstall(accounts, (await adminOf()).account, await appOf());
      for (const [mutation, result] of [['uninstallApp', 'install'], ['reinstallApp', 'install'], ['openApp', 'launch']] as const) {
        const selection = result === 'launch' ? 'launch { contextKey }' : 'install { id }';
        const answer = await stack.query(`mutation($id: ID!) { ${mutation}(installId: $id) { ${selection} ${UE} } }`, { id: theirs.id }, headers);
        expect(placed(refusedAsData(answer, mutation, result))).toEqual([[['installId'], 'NOT_FOUND']]);
      }
      expect(await accounts.query('SELECT status FROM installs WHERE id = $1', [theirs.id])).toEqual([{ status: 'ACTIVE' }]);
      const iframe = await makeInstall(accounts, account, await appOf());
      const token = await stack.query(`mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token ${UE} } }`, { id: iframe.id }, headers);
      expect(placed(refusedAsData(token, 'issuePhoneApiToken', 'token'))).toEqual([[['installId'], 'CAPABILITY_NOT_SUPPORTED']]);
      expect(await accounts.query('SELECT 1 FROM app_tokens WHERE install_id = $1', [iframe.id])).toEqual([]);
    });
  });

  describe('account settings', () => {
    it('TY-3: a moderator links an account that does not exist: NOT_FOUND at ["accountId"]; a vendor the catalog lacks: VENDOR_NOT_FOUND at ["vendorId"]', async () => {
      const LINK = `mutation($a: ID!, $v: ID) { setDeveloperVendor(accountId: $a, vendorId: $v) { account { id } ${UE} } }`;
      const moderator = gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' });
      const noAccount = await stack.query(LINK, { a: randomUUID(), v: null }, moderator);
      expect(placed(refusedAsData(noAccount, 'setDeveloperVendor', 'account'))).toEqual([[['accountId'], 'NOT_FOUND']]);
      const { account } = await adminOf();
      const noVendor = await stack.query(LINK, { a: account.id, v: randomUUID() }, moderator);
      expect(placed(refusedAsData(noVendor, 'setDeveloperVendor', 'account'))).toEqual([[['vendorId'], 'VENDOR_NOT_FOUND']]);
      expect(await accounts.query('SELECT developer_vendor_id FROM accounts WHERE id = $1', [account.id])).toEqual([{ developer_vendor_id: null }]);
    });
  });

  describe('developer section', () => {
    const WEBHOOK = `mutation($name: String!, $p: [WebhookPermissionInput!]!, $key: String) {
      createIncomingWebhook(name: $name, permissions: $p, idempotencyKey: $key) { token webhook { id } ${UE} } }`;

    it('BX-8: every bad permission of a webhook at its path at once (unknown entity, twice, no VIEW); a retry with the key gets the same, nothing is kept', async () => {
      const { account, headers } = await adminOf();
      const p = [
        { entity: 'customerOrder', operations: ['VIEW'] },
        { entity: 'phonecall', operations: ['CREATE'] },
        { entity: 'phonecall', operations: ['VIEW'] },
        { entity: 'employee', operations: ['VIEW'] },
      ];
      const key = randomUUID();
      const first = await stack.query(WEBHOOK, { name: 'Orders', p, key }, headers);
      const errors = refusedAsData(first, 'createIncomingWebhook', 'webhook');
      expect(placed(errors)).toEqual([
        [['permissions', '0', 'entity'], 'UNKNOWN_PERMISSION_ENTITY'],
        [['permissions', '1', 'operations'], 'BAD_USER_INPUT'],
        [['permissions', '2', 'entity'], 'BAD_USER_INPUT'],
      ]);
      expect((first.body.data as { createIncomingWebhook: { token: unknown } }).createIncomingWebhook.token).toBeNull();
      expect((await stack.query(WEBHOOK, { name: 'Orders', p, key }, headers)).body).toEqual(first.body);
      expect(await accounts.query('SELECT 1 FROM incoming_webhooks WHERE account_id = $1', [account.id])).toEqual([]);
      expect(await accounts.query('SELECT 1 FROM idempotency_keys WHERE scope = $1', [`account:${account.id}`])).toEqual([]);
    });

    it('TR-4, BX-8: the FREE tariff and zone ru without the subscription are user errors of the request as a whole', async () => {
      const free = await adminOf({ tariff: 'FREE' });
      const noWebhooks = await stack.query(WEBHOOK, { name: 'Orders', p: [] }, free.headers);
      expect(placed(refusedAsData(noWebhooks, 'createIncomingWebhook', 'webhook'))).toEqual([[null, 'WEBHOOKS_NOT_ON_FREE_TARIFF']]);
      const ru = await adminOf({ zone: Zone.RU });
      const local = await stack.query(`mutation { createLocalApp(name: "Sync") { localApp { id } ${UE} } }`, {}, ru.headers);
      expect(placed(refusedAsData(local, 'createLocalApp', 'localApp'))).toEqual([[null, 'MARKETPLACE_SUBSCRIPTION_REQUIRED']]);
      expect(await accounts.query('SELECT 1 FROM local_apps WHERE account_id = $1', [ru.account.id])).toEqual([]);
    });

    it('BX-8: a webhook of another account is NOT_FOUND at ["id"] and stays live', async () => {
      const owner = await adminOf();
      const made = await stack.query<{ createIncomingWebhook: { webhook: { id: string } } }>(
        WEBHOOK, { name: 'Orders', p: [{ entity: 'phonecall', operations: ['VIEW'] }] }, owner.headers);
      const id = made.body.data!.createIncomingWebhook.webhook.id;
      const deleted = await stack.query(`mutation($id: ID!) { deleteIncomingWebhook(id: $id) { webhook { id } ${UE} } }`, { id }, (await adminOf()).headers);
      expect(placed(refusedAsData(deleted, 'deleteIncomingWebhook', 'webhook'))).toEqual([[['id'], 'NOT_FOUND']]);
      expect(await accounts.query('SELECT revoked_at FROM incoming_webhooks WHERE id = $1', [id])).toEqual([{ revoked_at: null }]);
    });
  });

  describe('host provisioning', () => {
    // A host the stack knows (its key is configured); the external ids are fresh, so nothing of another test is seen.
    const host = gatewayHeadersFor({ kind: 'host', hostId: 'host-one' });
    const USER = `mutation($input: ProvisionUserInput!) { provisionUser(input: $input) { user { id } ${UE} } }`;

    it('every field of a user out of provisioning\'s rules at once, under ["input", …]; then an unknown account; nothing written', async () => {
      const before = await rowCounts(stack);
      const input = { accountExternalId: `crm-${randomUUID()}`, externalId: 'u-1', fullName: 'Анна', email: 'not an address', role: 'ADMIN', extension: '12a' };
      const bad = await stack.query(USER, { input }, host);
      expect(placed(refusedAsData(bad, 'provisionUser', 'user'))).toEqual([
        [['input', 'email'], 'PROVISIONING_INPUT_INVALID'], [['input', 'extension'], 'PROVISIONING_INPUT_INVALID'],
      ]);
      const noAccount = await stack.query(USER, { input: { ...input, email: 'anna@example.ru', extension: '101' } }, host);
      expect(placed(refusedAsData(noAccount, 'provisionUser', 'user'))).toEqual([[['input', 'accountExternalId'], 'HOST_ACCOUNT_NOT_FOUND']]);
      const account = await stack.query(`mutation($input: ProvisionAccountInput!) { provisionAccount(input: $input) { account { id } ${UE} } }`,
        { input: { externalId: 'crm-1', name: 'ООО Ромашка', zone: 'RU', tariff: 'basic' } }, host);
      expect(placed(refusedAsData(account, 'provisionAccount', 'account'))).toEqual([[['input', 'tariff'], 'PROVISIONING_INPUT_INVALID']]);
      expect(await rowCounts(stack)).toEqual(before);
    });

    it('deactivations name the argument that found nothing: ["externalId"] of an account, of a user', async () => {
      const externalId = `crm-${randomUUID()}`;
      const DEACTIVATE_ACCOUNT = `mutation($e: String!) { deactivateAccount(externalId: $e) { account { id } ${UE} } }`;
      expect(placed(refusedAsData(await stack.query(DEACTIVATE_ACCOUNT, { e: externalId }, host), 'deactivateAccount', 'account')))
        .toEqual([[['externalId'], 'HOST_ACCOUNT_NOT_FOUND']]);
      await stack.query(`mutation($input: ProvisionAccountInput!) { provisionAccount(input: $input) { account { id } ${UE} } }`,
        { input: { externalId, name: 'ООО Вектор', zone: 'KZ', tariff: 'BASIC' } }, host);
      const DEACTIVATE_USER = `mutation($a: String!, $e: String!) { deactivateUser(accountExternalId: $a, externalId: $e) { user { id } ${UE} } }`;
      expect(placed(refusedAsData(await stack.query(DEACTIVATE_USER, { a: externalId, e: 'nobody' }, host), 'deactivateUser', 'user')))
        .toEqual([[['externalId'], 'HOST_USER_NOT_FOUND']]);
      expect(placed(refusedAsData(await stack.query(DEACTIVATE_USER, { a: `crm-${randomUUID()}`, e: 'nobody' }, host), 'deactivateUser', 'user')))
        .toEqual([[['accountExternalId'], 'HOST_ACCOUNT_NOT_FOUND']]);
    });
  });
});
