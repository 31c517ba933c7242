import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeApp, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { userIdentity } from '../support/accounts-factories';
import { eventually } from '../support/eventually';
import { userErrorsOf } from '../support/refusals';

/** The install path through the gateway against the real catalog and billing subgraphs. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it('installs a published free app through the gateway: catalog answers the app, billing decides FREE', async () => {
  const vendor = await makeVendor(stack.dataSources.catalog!);
  const app = await makeApp(stack.dataSources.catalog!, vendor, { type: 'IFRAME' as never });
  const account = await makeAccount(stack.dataSources.accounts!);
  const admin = await makeUser(stack.dataSources.accounts!, account, { role: UserRole.ADMIN });
  const response = await stack.query<{ installApp: { install: { id: string; status: string; billing: { state: string } | null } } }>(
    'mutation($appId: ID!) { installApp(appId: $appId) { install { id status billing { state } } userErrors { field message code } } }',
    { appId: app.id },
    gatewayHeadersFor(userIdentity(admin)),
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data?.installApp).toMatchObject({ install: { status: 'ACTIVE', billing: { state: 'FREE' } }, userErrors: [] });
  // LC-3, DL-4: the accounts job queue's workers bring the catalog's projection up to date.
  const projected = () => stack.dataSources.catalog!.query(
    'SELECT installed FROM installed_apps WHERE account_id = $1 AND app_id = $2', [account.id, app.id]) as Promise<{ installed: boolean }[]>;
  await eventually(async () => (await projected()).length > 0, { timeout: 15_000, message: 'the catalog projection gets the install (LC-3, DL-4)' });
  expect(await projected()).toEqual([{ installed: true }]);
});

it('passes the real billing’s refusal of a paid app through with its code, and writes nothing', async () => {
  const vendor = await makeVendor(stack.dataSources.catalog!);
  const app = await makeApp(stack.dataSources.catalog!, vendor, { type: 'IFRAME' as never, priceKopecks: 50_000 });
  const account = await makeAccount(stack.dataSources.accounts!);
  const admin = await makeUser(stack.dataSources.accounts!, account, { role: UserRole.ADMIN });
  const response = await stack.query('mutation($appId: ID!) { installApp(appId: $appId) { install { id } userErrors { field message code } } }', { appId: app.id },
    gatewayHeadersFor(userIdentity(admin)));
  // Billing's decision refuses: a user error the storefront shows (issue 19, item 2), of the request as a whole.
  expect(response.body.errors).toBeUndefined();
  expect(userErrorsOf(response.body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: null, code: expect.stringMatching(/^(MARKETPLACE_SUBSCRIPTION_REQUIRED|NOT_ENOUGH_PAID_APP_OPTIONS)$/), message: expect.any(String) }]);
  expect(await stack.dataSources.accounts!.getRepository(Install).countBy({ accountId: account.id })).toBe(0);
});
