import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { AccessScopeLevel, type FrozenPermissions } from '@appmarket/accounts/src/installs/permissions';
import { AppToken } from '@appmarket/accounts/src/tokens/app-token.entity';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { sha256Hex } from '@appmarket/gateway';
import type { Identity } from '@appmarket/federation';
import type { Account } from '@appmarket/accounts/src/accounts/account.entity';
import type { Install } from '@appmarket/accounts/src/installs/install.entity';
import { makeAccount, makeApp, makeCall, makeInstall, makeInstallBilling, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';

/**
 * Issue 7: no caller sees another account's data, whatever ids it sends — at the root fields, and
 * on every entity path into accounts, billing and telephony (a subgraph called with a forged
 * representation refuses too). And AR-2 on the real stack: two installs of one app that froze
 * different permission sets run the same registered operation and get different fields.
 */
const ACCOUNT = 'query ($id: ID!) { account(id: $id) { id name } }';
const ACCOUNTS = '{ accounts(first: 50) { edges { node { id } } } }';
const MODERATOR: Identity = { kind: 'moderator', moderatorId: 'scope-moderator' };

type Errors = { errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
const codeOf = (body: Errors) => body.errors?.[0]?.extensions?.code;

describe('account scoping on the real stack', () => {
  let stack: TestStack;
  let mine: Account;
  let other: Account;
  let myAdmin: Identity;
  let myInstall: Install;
  let otherInstall: Install;

  beforeAll(async () => {
    stack = await startTestStack();
    const { catalog, accounts, billing } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.TELEPHONY });
    mine = await makeAccount(accounts!, { name: 'Моя' });
    other = await makeAccount(accounts!, { name: 'Чужая' });
    const admin = await makeUser(accounts!, mine, { role: UserRole.ADMIN });
    myAdmin = { kind: 'user', userId: admin.id, accountId: mine.id, role: 'ADMIN' };
    myInstall = await makeInstall(accounts!, mine, app);
    otherInstall = await makeInstall(accounts!, other, app);
    await makeInstallBilling(billing!, myInstall);
    await makeInstallBilling(billing!, otherInstall);
    await makeCall(stack.dataSources['telephony-loyalty']!, otherInstall, { externalId: 'secret-call' });
  });
  afterAll(() => stack?.stop());

  const asApp = (install: Install): Identity => ({
    kind: 'app', installId: install.id, accountId: install.accountId, appId: install.appId, appType: 'TELEPHONY',
  });

  it('Query.account: the own account for its users and apps, any for moderators', async () => {
    for (const who of [myAdmin, asApp(myInstall), MODERATOR]) {
      const { body } = await stack.query<{ account: { name: string } }>(ACCOUNT, { id: mine.id }, gatewayHeadersFor(who));
      expect({ who: who.kind, body }).toEqual({ who: who.kind, body: { data: { account: { id: mine.id, name: 'Моя' } } } });
    }
  });

  it.each([
    ['a user of another account', 'FORBIDDEN', () => myAdmin],
    ['an app installed on another account', 'FORBIDDEN', () => ({ kind: 'app', installId: randomUUID(), accountId: mine.id, appId: randomUUID(), appType: 'SERVER' }) as Identity],
    ['a vendor', 'FORBIDDEN', () => ({ kind: 'vendor', vendorId: randomUUID() }) as Identity],
    ['an anonymous caller', 'UNAUTHENTICATED', () => ({ kind: 'anonymous' }) as Identity],
  ])('Query.account of someone else\'s account, asked by %s, is refused with %s', async (_, code, who) => {
    const { body } = await stack.query(ACCOUNT, { id: other.id }, gatewayHeadersFor(who()));
    expect(codeOf(body)).toBe(code);
    expect(body.data).toEqual({ account: null }); // a nullable root lookup (docs/ARCHITECTURE.md, "Nullability")
  });

  it('Query.accounts lists a user only its own account, a moderator every account', async () => {
    const ids = async (who: Identity) =>
      (await stack.query<{ accounts: { edges: { node: { id: string } }[] } }>(ACCOUNTS, undefined, gatewayHeadersFor(who))).body.data?.accounts.edges.map((e) => e.node.id);
    expect(await ids(myAdmin)).toEqual([mine.id]);
    expect(await ids(MODERATOR)).toEqual(expect.arrayContaining([mine.id, other.id]));
    expect(codeOf((await stack.query(ACCOUNTS)).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await stack.query(ACCOUNTS, undefined, gatewayHeadersFor({ kind: 'vendor', vendorId: randomUUID() }))).body)).toBe('FORBIDDEN');
  });

  // The gateway only ever sends representations that a scoped root field produced; a caller who
  // reached a subgraph with a valid identity header still cannot read another account by id.
  it.each([
    ['accounts', 'Account', () => other.id, '... on Account { name }'],
    ['billing', 'Account', () => other.id, '... on Account { paidAppOptions { total } }'],
    ['telephony-loyalty', 'Account', () => other.id, '... on Account { calls(first: 5) { edges { node { externalId } } } }'],
    ['accounts', 'Install', () => otherInstall.id, '... on Install { status }'],
    ['billing', 'Install', () => otherInstall.id, '... on Install { billing { state } }'],
  ])('%s refuses %s entities of another account for a user', async (subgraph, typename, id, selection) => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
    const refused = await postGraphQL<{ _entities: unknown[] }>(
      stack.subgraphs[subgraph]!.url, query, { r: [{ __typename: typename, id: id() }] }, subgraphHeadersFor(myAdmin));
    expect(codeOf(refused.body)).toBe('FORBIDDEN');
    expect(refused.body.data?._entities).toEqual([null]);
    const asModerator = await postGraphQL<{ _entities: unknown[] }>(
      stack.subgraphs[subgraph]!.url, query, { r: [{ __typename: typename, id: id() }] }, subgraphHeadersFor(MODERATOR));
    expect(asModerator.body.errors).toBeUndefined();
    expect(asModerator.body.data?._entities[0]).not.toBeNull();
  });
});

/** The shipped partner manifest (gateway/persisted-queries): what partner integrations run. */
const MANIFESTS = path.join(__dirname, '../../gateway/persisted-queries');
const manifest = JSON.parse(readFileSync(path.join(MANIFESTS, 'partner-integrations.json'), 'utf8')) as {
  operations: { name: string; body: string }[];
};
const PARTNER_ACCOUNT = manifest.operations.find((o) => o.name === 'PartnerAccount')!.body;

describe('AR-2: field-level permissions from each install\'s own frozen set, with real install tokens', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ gateway: { persistedQueriesDir: MANIFESTS, appTokenCache: { ttlMs: 0, maxEntries: 10 } } });
  });
  afterAll(() => stack?.stop());

  const frozen = (version: number, entity: string): FrozenPermissions => ({
    descriptorVersion: version, scope: AccessScopeLevel.CUSTOM, flags: [], permissions: [{ entity, operations: ['VIEW'] }],
  });

  /** A SERVER install with its frozen set and a live token, as activation leaves it (SV-1). */
  async function installWithToken(app: Parameters<typeof makeInstall>[2], permissions: FrozenPermissions) {
    const { accounts } = stack.dataSources;
    const account = await makeAccount(accounts!);
    await makeUser(accounts!, account, { fullName: 'Пётр Сидоров', role: UserRole.EMPLOYEE });
    const install = await makeInstall(accounts!, account, app, { permissions });
    await makeCall(stack.dataSources['telephony-loyalty']!, install, { externalId: `call-of-${account.id}` });
    const token = randomBytes(32).toString('base64url');
    await accounts!.getRepository(AppToken).insert({
      id: randomUUID(), installId: install.id, tokenSha256: sha256Hex(token), createdAt: new Date('2026-10-01T10:00:00Z'), revokedAt: null,
    });
    return { account, token };
  }

  type PartnerAccount = { account: { id: string; users: { fullName: string }[] | null; calls: { edges: { node: { externalId: string } }[] } | null } };

  it('the same registered operation returns employees to one install and calls to the other; each denied field is null with FORBIDDEN', async () => {
    const { catalog } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.SERVER });
    // Installed before and after a descriptor update: version 1 asked for employees, version 2 for calls.
    const before = await installWithToken(app, frozen(1, 'employee'));
    const after = await installWithToken(app, frozen(2, 'phonecall'));

    const run = (who: { account: Account; token: string }) =>
      stack.query<PartnerAccount>(PARTNER_ACCOUNT, { accountId: who.account.id }, { authorization: `Bearer ${who.token}` });

    const first = (await run(before)).body;
    expect(first.data?.account.users).toEqual([expect.objectContaining({ fullName: 'Пётр Сидоров' })]);
    expect(first.data?.account.calls).toBeNull();
    expect(first.errors).toEqual([expect.objectContaining({ path: ['account', 'calls'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);

    const second = (await run(after)).body;
    expect(second.data?.account.users).toBeNull();
    expect(second.data?.account.calls?.edges.map((e) => e.node.externalId)).toEqual([`call-of-${after.account.id}`]);
    expect(second.errors).toEqual([expect.objectContaining({ path: ['account', 'users'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('an install token names another account\'s id and gets nothing of it', async () => {
    const { catalog } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.SERVER });
    const one = await installWithToken(app, frozen(1, 'phonecall'));
    const two = await installWithToken(app, frozen(1, 'phonecall'));
    const { body } = await stack.query<PartnerAccount>(PARTNER_ACCOUNT, { accountId: two.account.id }, { authorization: `Bearer ${one.token}` });
    expect(body.data).toEqual({ account: null });
    expect(codeOf(body)).toBe('FORBIDDEN');
  });

  it('an account employee reads both (VIEW by role); a moderator too', async () => {
    const { catalog, accounts } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.SERVER });
    const { account } = await installWithToken(app, frozen(1, 'employee'));
    const employee = await makeUser(accounts!, account, { role: UserRole.EMPLOYEE });
    for (const who of [{ kind: 'user', userId: employee.id, accountId: account.id, role: 'EMPLOYEE' }, MODERATOR] as Identity[]) {
      const { body } = await stack.query<PartnerAccount>(PARTNER_ACCOUNT, { accountId: account.id }, gatewayHeadersFor(who));
      expect(body.errors).toBeUndefined();
      expect(body.data?.account.users).toHaveLength(2);
      expect(body.data?.account.calls?.edges).toHaveLength(1);
    }
  });
});
