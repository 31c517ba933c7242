import { randomUUID } from 'node:crypto';
import type { Identity } from '@appmarket/federation';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { App } from '@appmarket/catalog/src/apps/app.entity';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { makeAccount, makeApp, makeInstall, makeVendor } from '../support/factories';
import { asAdmin, asEmployee, asModerator, asService, asVendor, catalogDirect, dataOf, errorCode, gql, recordInstall } from '../support/catalog-factories';
import { startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';

const APP = `query ($id: ID!) { app(id: $id) { id status } }`;
const APPS = `query ($first: Int, $after: String, $status: AppStatus) {
  apps(first: $first, after: $after, status: $status) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const STATUSES = [AppStatus.DRAFT, AppStatus.READY, AppStatus.PUBLISHED, AppStatus.HIDDEN];

type Apps = { apps: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/**
 * Who reads `app(id)` and `apps` (LC-1: DRAFT and READY are not public). Moderators and services
 * see every app; a vendor its own in any status and others' PUBLISHED ones; an account's user or an
 * app PUBLISHED ones (an app also its own). An app the caller may not see answers like a missing one.
 */
describe('catalog: who sees which app through app(id) and apps', () => {
  let stack: TestStack;
  let mine: Vendor;
  let theirs: Vendor;
  /** One app of each vendor in each LC-1 status. */
  const apps: Record<'mine' | 'theirs', Record<AppStatus, App>> = { mine: {} as never, theirs: {} as never };

  beforeAll(async () => {
    stack = await startTestStack();
    const catalog = stack.dataSources.catalog!;
    [mine, theirs] = [await makeVendor(catalog), await makeVendor(catalog)];
    for (const status of STATUSES) {
      apps.mine[status] = await makeApp(catalog, mine, { status, alias: `mine-${status.toLowerCase()}` });
      apps.theirs[status] = await makeApp(catalog, theirs, { status, alias: `theirs-${status.toLowerCase()}` });
    }
  });
  afterAll(() => stack?.stop());

  const all = () => [...STATUSES.map((s) => apps.mine[s]), ...STATUSES.map((s) => apps.theirs[s])];
  const asApp = (app: App): Identity => ({ kind: 'app', installId: randomUUID(), accountId: randomUUID(), appId: app.id, appType: app.type });

  /** Through the gateway, except services, which call the catalog directly. */
  const ask = (identity: Identity | null, query: string, variables?: Record<string, unknown>) =>
    identity?.kind === 'service' ? catalogDirect(stack, identity, query, variables) : gql(stack, identity, query, variables);

  /** The ids of the test's apps that `app(id)` answers for the caller; every other one must be NOT_FOUND. */
  const seenById = async (identity: Identity) => {
    const seen: string[] = [];
    for (const app of all()) {
      const response = await ask(identity, APP, { id: app.id });
      if (response.body.errors) expect(errorCode(response)).toBe('NOT_FOUND');
      else seen.push(dataOf(response).app.id);
    }
    return seen.sort();
  };

  /** The ids of the test's apps that `apps` lists for the caller, every page walked. */
  const seenInList = async (identity: Identity, status?: AppStatus) => {
    const ours = new Set(all().map((a) => a.id));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Apps['apps'] = dataOf(await ask(identity, APPS, { first: 3, after, status })).apps as Apps['apps'];
      seen.push(...page.edges.map((e) => e.node.id).filter((id) => ours.has(id)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return seen.sort();
  };

  const idsOf = (...picked: App[]) => picked.map((a) => a.id).sort();

  it('an anonymous caller is UNAUTHENTICATED for app(id) in every status and for apps', async () => {
    for (const app of all()) expect(errorCode(await gql(stack, null, APP, { id: app.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(stack, null, APPS, {}))).toBe('UNAUTHENTICATED');
  });

  it('LC-1: a moderator and a service see every app in every status', async () => {
    for (const identity of [asModerator, asService]) {
      expect(await seenById(identity)).toEqual(idsOf(...all()));
      expect(await seenInList(identity)).toEqual(idsOf(...all()));
    }
  });

  it('LC-1: a vendor sees its own apps in any status (its own DRAFT too) but of another vendor only the PUBLISHED one', async () => {
    const expected = idsOf(...STATUSES.map((s) => apps.mine[s]), apps.theirs.PUBLISHED);
    expect(await seenById(asVendor(mine))).toEqual(expected);
    expect(await seenInList(asVendor(mine))).toEqual(expected);
    // The status filter narrows within what the vendor may see: its own DRAFT, never another's.
    expect(await seenInList(asVendor(mine), AppStatus.DRAFT)).toEqual(idsOf(apps.mine.DRAFT));
    expect(errorCode(await gql(stack, asVendor(mine), APP, { id: apps.theirs.DRAFT.id }))).toBe('NOT_FOUND');
  });

  it('LC-1, DL-5: a user of an account, admin or employee, sees only PUBLISHED apps (app/apps are not the storefront DL-5 gates)', async () => {
    for (const identity of [asAdmin(), asEmployee()]) {
      expect(await seenById(identity)).toEqual(idsOf(apps.mine.PUBLISHED, apps.theirs.PUBLISHED));
      expect(await seenInList(identity)).toEqual(idsOf(apps.mine.PUBLISHED, apps.theirs.PUBLISHED));
    }
  });

  it('LC-1: an app identity sees PUBLISHED apps and its own app whatever its status', async () => {
    for (const status of STATUSES) {
      const own = apps.mine[status];
      const expected = idsOf(...new Set([own, apps.mine.PUBLISHED, apps.theirs.PUBLISHED]));
      expect(await seenById(asApp(own))).toEqual(expected);
      expect(await seenInList(asApp(own))).toEqual(expected);
    }
  });

  it('LC-3: a HIDDEN app the caller may not see answers exactly like a missing app', async () => {
    const missing = randomUUID();
    const hidden = await gql(stack, asAdmin(), APP, { id: apps.theirs.HIDDEN.id });
    const absent = await gql(stack, asAdmin(), APP, { id: missing });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden.body).replaceAll(apps.theirs.HIDDEN.id, '<id>')).toBe(JSON.stringify(absent.body).replaceAll(missing, '<id>'));
  });

  /** The ids of the test's apps a signed direct call to catalog's `_entities` resolves for the caller. */
  const seenByEntities = async (identity: Identity | null) => {
    const response = await catalogDirect<{ _entities: ({ id: string; status: string } | null)[] }>(stack, identity,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on App { id status } } }`,
      { r: all().map((app) => ({ __typename: 'App', id: app.id })) });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!._entities.filter((app): app is { id: string; status: string } => app !== null).map((app) => app.id).sort();
  };

  it('issue 14 item 6: a signed direct call to _entities resolves exactly the apps app(id) answers, for every kind of caller', async () => {
    for (const identity of [asModerator, asService, asVendor(mine), asVendor(theirs), asAdmin(), asEmployee(), asApp(apps.mine.DRAFT), asApp(apps.theirs.READY)]) {
      expect({ who: identity, seen: await seenByEntities(identity) }).toEqual({ who: identity, seen: await seenById(identity) });
    }
    // Another vendor's DRAFT, by name: what the issue found.
    expect(await seenByEntities(asVendor(mine))).not.toContain(apps.theirs.DRAFT.id);
    // Anonymous: nothing (the gateway never sends such a plan; a forged call gains nothing).
    const anonymous = await catalogDirect<{ _entities: unknown[] }>(stack, { kind: 'anonymous' },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on App { id } } }`, { r: all().map((app) => ({ __typename: 'App', id: app.id })) });
    expect(anonymous.body.data?._entities).toEqual(all().map(() => null));
  });

  it('LC-3: through its installs an account resolves the HIDDEN and DRAFT apps it installed (the catalog\'s projection), and no other account does', async () => {
    const account = await makeAccount(stack.dataSources.accounts!);
    for (const app of [apps.theirs.HIDDEN, apps.theirs.DRAFT]) {
      await makeInstall(stack.dataSources.accounts!, account, app);
      dataOf(await recordInstall(stack, account.id, app.id, true, `2026-10-01T00:00:00.000Z ${app.id}`));
    }
    const response = await gql(stack, asAdmin(account.id), `query ($id: ID!) { account(id: $id) { installs { app { id status } } } }`, { id: account.id });
    expect(dataOf(response).account.installs).toEqual(expect.arrayContaining([
      { app: { id: apps.theirs.HIDDEN.id, status: 'HIDDEN' } }, { app: { id: apps.theirs.DRAFT.id, status: 'DRAFT' } },
    ]));
    const installed = idsOf(apps.theirs.HIDDEN, apps.theirs.DRAFT);
    expect(await seenByEntities(asAdmin(account.id))).toEqual(expect.arrayContaining(installed));
    expect(await seenByEntities(asAdmin())).toEqual(expect.not.arrayContaining([apps.theirs.HIDDEN.id]));
    expect(await seenByEntities(asAdmin())).toEqual(expect.not.arrayContaining([apps.theirs.DRAFT.id]));
  });

  it('a vendor reads another vendor’s PUBLISHED app, but its owner-only fields are null with FORBIDDEN at their paths (issue 19 items 3, 6)', async () => {
    const response = await gql(stack, asVendor(mine), `query ($id: ID!) { app(id: $id) {
      id vendorEarningsKopecks transitions { toStatus } pricingHistory { id } descriptors { id } } }`, { id: apps.theirs.PUBLISHED.id });
    expect(response.body.data).toEqual({ app: { id: apps.theirs.PUBLISHED.id, vendorEarningsKopecks: null, transitions: null, pricingHistory: null, descriptors: null } });
    expect(response.body.errors?.map((e) => [e.path, e.extensions?.code]).sort()).toEqual(
      ['descriptors', 'pricingHistory', 'transitions', 'vendorEarningsKopecks'].map((field) => [['app', field], 'FORBIDDEN']));
    // Its own app: every owner-only field answers.
    const own = await gql(stack, asVendor(mine), `query ($id: ID!) { app(id: $id) { vendorEarningsKopecks transitions { toStatus } pricingHistory { id } descriptors { id } } }`, { id: apps.mine.PUBLISHED.id });
    expect(own.body.errors).toBeUndefined();
    expect(dataOf(own).app).toEqual({ vendorEarningsKopecks: null, transitions: [], pricingHistory: expect.any(Array), descriptors: [] });
  });

  it('no N+1: the filtered list costs the same SQL statements for pages of 10 and 50', async () => {
    const catalog = stack.dataSources.catalog!;
    const others = await Promise.all(Array.from({ length: 5 }, () => makeVendor(catalog)));
    for (let i = 0; i < 50; i++) await makeApp(catalog, others[i % 5]!, { type: AppType.IFRAME });
    for (let i = 0; i < 10; i++) await makeApp(catalog, mine, { status: AppStatus.DRAFT });
    const statements = async (identity: Identity, first: number) => {
      const response = await catalogDirect<Apps>(stack, identity, `query ($first: Int) { apps(first: $first) { edges { node { id vendor { name } } } } }`, { first });
      expect(dataOf(response).apps.edges).toHaveLength(first);
      return sqlStatementsOf(response);
    };
    for (const identity of [asVendor(mine), asApp(apps.mine.DRAFT), asAdmin()]) {
      // The page itself, visibility included, is one statement for its ids and one for its rows (the keyset pager of every connection).
      const bare = await catalogDirect(stack, identity, `{ apps(first: 50) { edges { node { id } } } }`);
      expect(sqlStatementsOf(bare)).toBe(2);
      const ten = await statements(identity, 10);
      expect(ten).toBeGreaterThan(0);
      expect(await statements(identity, 50)).toBe(ten);
    }
  });
});
