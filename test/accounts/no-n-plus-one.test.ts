import { UserRole, Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeUser } from '../support/factories';
import { fakeApp, startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';
import { sqlStatementsOf } from '../support/sql-statements';

/** Accounts' new lists (installs with frozen permissions, local apps, webhooks) batch through loaders. */
let h: AccountsHarness;
beforeAll(async () => {
  h = await startAccountsHarness();
  for (let i = 0; i < 12; i++) {
    const account = await makeAccount(h.dataSource, { zone: Zone.KZ, name: `Account ${String(i).padStart(2, '0')}` });
    const admin = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
    const as = userIdentity(admin);
    await h.query('mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: h.peers.add(fakeApp()).id }, as);
    await h.query('mutation { createLocalApp(name: "Sync") { localApp { id } userErrors { field message code } } }', {}, as);
    await h.query('mutation { createIncomingWebhook(name: "Hook", permissions: []) { token userErrors { field message code } } }', {}, as);
  }
});
afterAll(() => h.stop());

const PAGE = `query($first: Int!) { accounts(first: $first) { edges { node {
  id employeesMayInstall users { id } installs { id permissions { descriptorVersion } allowedUserIds activationState }
  localApps { name } incomingWebhooks { name } } } } }`;

it('SQL statements per request do not grow with the page of accounts', async () => {
  const small = await h.query(PAGE, { first: 3 }, { kind: 'moderator', moderatorId: 'm-1' });
  const large = await h.query<{ accounts: { edges: unknown[] } }>(PAGE, { first: 12 }, { kind: 'moderator', moderatorId: 'm-1' });
  expect(large.body.errors).toBeUndefined();
  expect(large.body.data?.accounts.edges).toHaveLength(12);
  expect(sqlStatementsOf(large)).toBe(sqlStatementsOf(small));
});
