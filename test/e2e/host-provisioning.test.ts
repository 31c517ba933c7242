import { randomUUID } from 'node:crypto';
import type { RunningAccounts } from '@appmarket/accounts';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { VendorCall } from '@appmarket/accounts/src/vendor-api/vendor-call.entity';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { makeApp, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { refusalCode, userErrorsOf } from '../support/refusals';

/** Issue 13: a host platform provisions its customers through the gateway with its own API key. */
let stack: TestStack;
const SAVED_ENV = { ...process.env };
beforeAll(async () => {
  process.env.ACCOUNTS_JOB_WORKERS = 'off';
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
  process.env = SAVED_ENV;
});

const hostOne = gatewayHeadersFor({ kind: 'host', hostId: 'host-one' });
const hostTwo = gatewayHeadersFor({ kind: 'host', hostId: 'host-two' });
const ACCOUNT = 'mutation($input: ProvisionAccountInput!) { provisionAccount(input: $input) { account { id externalId name zone tariff active } userErrors { field message code } } }';
const USER = 'mutation($input: ProvisionUserInput!) { provisionUser(input: $input) { user { id accountId role extension active } userErrors { field message code } } }';
const audit = (accountId: string) =>
  stack.dataSources.accounts!.query('SELECT host_id, action, changes FROM provisioning_audit WHERE account_id = $1 ORDER BY id', [accountId]);
/** The refusal's code: top-level, else a payload's user error (issue 19, item 2). */
const code = (r: { body: unknown }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);

describe('host provisioning API', () => {
  it('creates and updates accounts and users by the host’s ids, idempotently, every change audited', async () => {
    const externalId = `crm-${randomUUID()}`;
    const input = { externalId, name: 'ИП Петров', zone: 'RU', tariff: 'FREE' };
    const first = await stack.query<any>(ACCOUNT, { input }, hostOne);
    const again = await stack.query<any>(ACCOUNT, { input }, hostOne);
    expect(first.body.data.provisionAccount).toMatchObject({ account: { externalId, zone: 'RU', tariff: 'FREE', active: true }, userErrors: [] });
    expect(again.body.data.provisionAccount.account.id).toBe(first.body.data.provisionAccount.account.id);
    const accountId = first.body.data.provisionAccount.account.id;
    await stack.query(ACCOUNT, { input: { ...input, tariff: 'PROFESSIONAL', zone: 'KZ' } }, hostOne);
    // The same external id at another host is another account: hosts never see each other's.
    const other = await stack.query<any>(ACCOUNT, { input }, hostTwo);
    expect(other.body.data.provisionAccount.account.id).not.toBe(accountId);

    const user = { accountExternalId: externalId, externalId: 'u-1', fullName: 'Петров Пётр', email: 'petrov@example.ru', role: 'EMPLOYEE', extension: '101' };
    const created = await stack.query<any>(USER, { input: user }, hostOne);
    await stack.query(USER, { input: user }, hostOne);
    const promoted = await stack.query<any>(USER, { input: { ...user, role: 'ADMIN', extension: null } }, hostOne);
    expect(promoted.body.data.provisionUser.user).toMatchObject({ id: created.body.data.provisionUser.user.id, accountId, role: 'ADMIN', extension: null, active: true });

    expect(await audit(accountId)).toEqual([
      { host_id: 'host-one', action: 'ACCOUNT_CREATED', changes: { name: [null, 'ИП Петров'], zone: [null, 'ru'], tariff: [null, 'FREE'] } },
      { host_id: 'host-one', action: 'ACCOUNT_UPDATED', changes: { zone: ['ru', 'kz'], tariff: ['FREE', 'PROFESSIONAL'] } },
      expect.objectContaining({ action: 'USER_CREATED' }),
      { host_id: 'host-one', action: 'USER_UPDATED', changes: { role: ['EMPLOYEE', 'ADMIN'], extension: ['101', null] } },
    ]);
    const seen = await stack.query<any>('query($id: ID!) { account(id: $id) { tariff zone } }', { id: accountId },
      gatewayHeadersFor({ kind: 'user', userId: promoted.body.data.provisionUser.user.id, accountId, role: 'ADMIN' }));
    expect(seen.body.data.account).toEqual({ tariff: 'PROFESSIONAL', zone: 'KZ' });
  });

  it('answers only host keys: a user JWT is FORBIDDEN, an unknown key 401, bad input a code, nothing written', async () => {
    const input = { externalId: `crm-${randomUUID()}`, name: 'X', zone: 'RU', tariff: 'BASIC' };
    const admin = gatewayHeadersFor({ kind: 'user', userId: randomUUID(), accountId: randomUUID(), role: 'ADMIN' });
    expect(code(await stack.query(ACCOUNT, { input }, admin))).toBe('FORBIDDEN');
    const unknown = await stack.query(ACCOUNT, { input }, { authorization: `Bearer amhk_${'A'.repeat(43)}` });
    expect([unknown.status, code(unknown)]).toEqual([401, 'UNAUTHENTICATED']);
    // The shape of a tariff is provisioning's rule; length, blank and control characters are the input bounds' (docs/INPUT-BOUNDS.md).
    for (const [bad, expected] of [
      [{ tariff: 'basic; drop' }, 'PROVISIONING_INPUT_INVALID'], [{ externalId: '' }, 'INPUT_BLANK'],
      [{ externalId: 'x'.repeat(201) }, 'INPUT_TOO_LONG'], [{ name: 'a\u0000b' }, 'INPUT_INVALID_TEXT'],
    ] as const) {
      expect(code(await stack.query(ACCOUNT, { input: { ...input, ...bad } }, hostOne))).toBe(expected);
    }
    // A refusal by provisioning's own rules is data at the input field (issue 19, item 2); the bounds stay top-level 400s.
    const noAccount = await stack.query(USER, { input: { accountExternalId: 'nope', externalId: 'u', fullName: 'A', email: 'a@b.c', role: 'ADMIN' } }, hostOne);
    expect(noAccount.body.errors).toBeUndefined();
    expect(userErrorsOf(noAccount.body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: ['input', 'accountExternalId'], code: 'HOST_ACCOUNT_NOT_FOUND', message: expect.any(String) }]);
    expect(await stack.dataSources.accounts!.query('SELECT 1 FROM accounts WHERE external_id = $1', [input.externalId])).toEqual([]);
  });

  it('a deactivated user loses app access and context; a deactivated account’s installs are suspended with data kept (SERVER: DELETE Suspend)', async () => {
    const externalId = `crm-${randomUUID()}`;
    const accountId = (await stack.query<any>(ACCOUNT, { input: { externalId, name: 'ООО Вектор', zone: 'RU', tariff: 'BASIC' } }, hostOne)).body.data.provisionAccount.account.id;
    const userOf = async (id: string, role: string) => (await stack.query<any>(USER, {
      input: { accountExternalId: externalId, externalId: id, fullName: 'Сидоров Сидор', email: `${id}@vector.example`, role },
    }, hostOne)).body.data.provisionUser.user.id as string;
    const adminId = await userOf('admin', 'ADMIN');
    const employeeId = await userOf('employee', 'EMPLOYEE');
    const admin = gatewayHeadersFor({ kind: 'user', userId: adminId, accountId, role: 'ADMIN' });
    const employee = gatewayHeadersFor({ kind: 'user', userId: employeeId, accountId, role: 'EMPLOYEE' });
    const app = await makeApp(stack.dataSources.catalog!, await makeVendor(stack.dataSources.catalog!), { type: AppType.IFRAME });
    const installId = (await stack.query<any>('mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: app.id }, admin)).body.data.installApp.install.id;
    const open = (as: Record<string, string>) => stack.query<any>('mutation($id: ID!) { openApp(installId: $id) { launch { contextKey } userErrors { field message code } } }', { id: installId }, as);
    const key = (await open(employee)).body.data.openApp.launch.contextKey as string;

    await stack.query('mutation($a: String!, $e: String!) { deactivateUser(accountExternalId: $a, externalId: $e) { user { active } userErrors { field message code } } }', { a: externalId, e: 'employee' }, hostOne);
    expect(code(await open(employee))).toBe('USER_DEACTIVATED');
    const keys = await stack.dataSources.accounts!.query('SELECT used_at FROM context_keys WHERE user_id = $1', [employeeId]);
    expect(keys.every((k: { used_at: Date | null }) => k.used_at !== null)).toBe(true);
    expect(key).toBeTruthy();

    const deactivated = await stack.query<any>('mutation($e: String!) { deactivateAccount(externalId: $e) { account { active deactivatedAt } userErrors { field message code } } }', { e: externalId }, hostOne);
    expect(deactivated.body.data.deactivateAccount.account.active).toBe(false);
    const install = await stack.dataSources.accounts!.getRepository(Install).findOneByOrFail({ id: installId });
    expect(install.status).toBe('ACTIVE'); // kept, not removed
    expect(install.suspendedAt).not.toBeNull();
    expect(code(await open(admin))).toBe('ACCOUNT_DEACTIVATED');
    expect((await audit(accountId)).map((a: { action: string }) => a.action)).toEqual(
      ['ACCOUNT_CREATED', 'USER_CREATED', 'USER_CREATED', 'USER_DEACTIVATED', 'ACCOUNT_DEACTIVATED'],
    );
    // Idempotent: deactivating again changes and audits nothing.
    await stack.query('mutation($e: String!) { deactivateAccount(externalId: $e) { account { active } userErrors { field message code } } }', { e: externalId }, hostOne);
    expect(await audit(accountId)).toHaveLength(5);
  });

  it('SERVER installs of a deactivated account get DELETE cause Suspend (queued; billing’s RESUME does not wake them)', async () => {
    const externalId = `crm-${randomUUID()}`;
    const accountId = (await stack.query<any>(ACCOUNT, { input: { externalId, name: 'ООО Сервер', zone: 'RU', tariff: 'BASIC' } }, hostOne)).body.data.provisionAccount.account.id;
    const adminId = (await stack.query<any>(USER, { input: { accountExternalId: externalId, externalId: 'a', fullName: 'A B', email: 'a@b.example', role: 'ADMIN' } }, hostOne)).body.data.provisionUser.user.id;
    const app = await makeApp(stack.dataSources.catalog!, await makeVendor(stack.dataSources.catalog!), { type: AppType.SERVER });
    const installId = (await stack.query<any>('mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: app.id },
      gatewayHeadersFor({ kind: 'user', userId: adminId, accountId, role: 'ADMIN' }))).body.data.installApp.install.id;
    await stack.query('mutation($e: String!) { deactivateAccount(externalId: $e) { account { active } userErrors { field message code } } }', { e: externalId }, hostOne);
    const calls = await stack.dataSources.accounts!.getRepository(VendorCall).find({ where: { installId }, order: { createdAt: 'ASC' } });
    expect(calls.map((c) => [c.method, c.cause])).toEqual([['PUT', 'Install'], ['DELETE', 'Suspend']]);
    const accounts = stack.subgraphs.accounts as unknown as RunningAccounts;
    await accounts.background!.drain(Queues.vendorCall);
    await accounts.services.vendorEvents.send(installId, 'RESUME' as never, `billing-${installId}`);
    expect((await stack.dataSources.accounts!.getRepository(Install).findOneByOrFail({ id: installId })).suspendedAt).not.toBeNull();
  });
});
