import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { DataSource } from 'typeorm';
import { makeAccount, makeApp, makeCall, makeInstall, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';

/**
 * Issue 19, item 7: objects where the schema had bare ids — a developer account's vendor, an
 * install's allowed users (BX-6), a call's employee — followed in one request through the gateway;
 * `User` is an entity of accounts that answers only callers of the user's own account.
 */
describe('object references instead of bare ids (issue 19)', () => {
  let stack: TestStack;
  let accounts: DataSource;
  let catalog: DataSource;
  let telephony: DataSource;
  beforeAll(async () => {
    stack = await startTestStack();
    [accounts, catalog, telephony] = [stack.dataSources.accounts!, stack.dataSources.catalog!, stack.dataSources['telephony-loyalty']!];
  });
  afterAll(() => stack?.stop());

  it('a developer account names its vendor, an install its allowed users (BX-6), a call its employee', async () => {
    const vendor = await makeVendor(catalog, { name: 'Сигма Софт' });
    const account = await makeAccount(accounts, { developerVendorId: vendor.id });
    const admin = await makeUser(accounts, account, { role: UserRole.ADMIN, fullName: 'Анна Иванова' });
    const clerk = await makeUser(accounts, account, { role: UserRole.EMPLOYEE, fullName: 'Пётр Сидоров', extension: '102' });
    const app = await makeApp(catalog, vendor, { type: AppType.TELEPHONY });
    const install = await makeInstall(accounts, account, app, { allowedUserIds: [clerk.id] });
    await makeCall(telephony, install, { userId: clerk.id });

    const answer = await stack.query<any>(`query($id: ID!) {
      account(id: $id) {
        developerVendor { id name }
        installs { id allowedUserIds allowedUsers { id fullName role } }
        calls(first: 5) { edges { node { userId user { id fullName extension } } } }
      }
    }`, { id: account.id }, gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' }));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.account.developerVendor).toEqual({ id: vendor.id, name: 'Сигма Софт' });
    expect(answer.body.data.account.installs).toEqual([
      { id: install.id, allowedUserIds: [clerk.id], allowedUsers: [{ id: clerk.id, fullName: 'Пётр Сидоров', role: 'EMPLOYEE' }] },
    ]);
    expect(answer.body.data.account.calls.edges).toEqual([
      { node: { userId: clerk.id, user: { id: clerk.id, fullName: 'Пётр Сидоров', extension: '102' } } },
    ]);
  });

  it('an install open to everyone has no allowed users list; an account that is no developer has no vendor', async () => {
    const account = await makeAccount(accounts);
    const admin = await makeUser(accounts, account, { role: UserRole.ADMIN });
    await makeInstall(accounts, account, await makeApp(catalog, await makeVendor(catalog), { type: AppType.IFRAME }));
    const answer = await stack.query<any>(`query($id: ID!) { account(id: $id) { developerVendor { id } installs { allowedUsers { id } } } }`,
      { id: account.id }, gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' }));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.account).toEqual({ developerVendor: null, installs: [{ allowedUsers: null }] });
  });

  it('User is an entity: accounts resolves it for its own account and refuses another account’s caller', async () => {
    const [mine, theirs] = [await makeAccount(accounts), await makeAccount(accounts)];
    const user = await makeUser(accounts, mine, { fullName: 'Ольга Петрова' });
    const outsider = await makeUser(accounts, theirs);
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id fullName } } }`;
    const reps = [{ __typename: 'User', id: user.id }];
    const own = await postGraphQL<any>(stack.subgraphs.accounts!.url, query, { reps },
      subgraphHeadersFor({ kind: 'user', userId: user.id, accountId: mine.id, role: 'ADMIN' }));
    expect(own.body.data._entities).toEqual([{ id: user.id, fullName: 'Ольга Петрова' }]);
    const other = await postGraphQL<any>(stack.subgraphs.accounts!.url, query, { reps },
      subgraphHeadersFor({ kind: 'user', userId: outsider.id, accountId: theirs.id, role: 'ADMIN' }));
    expect(other.body.data?._entities?.[0] ?? null).toBeNull();
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('install(id:) and call(id:) refetch one object; another account’s is NOT_FOUND, like a missing one (DL-3)', async () => {
    const vendor = await makeVendor(catalog);
    const [mine, theirs] = [await makeAccount(accounts), await makeAccount(accounts)];
    const admin = await makeUser(accounts, mine, { role: UserRole.ADMIN });
    const app = await makeApp(catalog, vendor, { type: AppType.TELEPHONY });
    const install = await makeInstall(accounts, mine, app);
    const call = await makeCall(telephony, install);
    const foreign = await makeInstall(accounts, theirs, app);
    const headers = gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: mine.id, role: 'ADMIN' });
    const query = `query($install: ID!, $call: ID!) { install(id: $install) { id app { name } } call(id: $call) { id externalId } }`;
    const own = await stack.query<any>(query, { install: install.id, call: call.id }, headers);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data).toEqual({ install: { id: install.id, app: { name: app.name } }, call: { id: call.id, externalId: call.externalId } });
    const other = await stack.query<any>(query, { install: foreign.id, call: (await makeCall(telephony, foreign)).id }, headers);
    expect(other.body.data).toEqual({ install: null, call: null });
    expect(other.body.errors!.map((e) => [e.path, e.extensions!.code])).toEqual(expect.arrayContaining([[['install'], 'NOT_FOUND'], [['call'], 'NOT_FOUND']]));
  });
});
