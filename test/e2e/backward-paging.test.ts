import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { App } from '@appmarket/catalog/src/apps/app.entity';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import type { Identity } from '@appmarket/federation';
import { asAdmin, asModerator, asVendor } from '../support/catalog-factories';
import { makeApp, makeCall, makeVendor } from '../support/factories';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { sqlStatementsOf } from '../support/sql-statements';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount } from '../support/telephony-factories';
import { CallDirection } from '@appmarket/telephony-loyalty/src/calls/call.enums';

/**
 * Issue 19, item 4: `apps`, `vendorApps`, `storefront` and `phoneCalls` page backward too
 * (last/before). Walking back from the end of a list meets exactly the items of the forward walk,
 * in the same order, ties included (the id breaks them), for every order the list has; the SQL
 * statements of a request do not depend on the page size in either direction.
 */
type Conn = {
  totalCount?: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};
type Window = { first?: number; after?: string; last?: number; before?: string };
type Fetch = (window: Window) => Promise<Conn>;
const PAGE = 'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const WINDOW_VARS = '$first: Int, $after: String, $last: Int, $before: String';
const WINDOW_ARGS = 'first: $first, after: $after, last: $last, before: $before';
const ids = (c: Conn) => c.edges.map((e) => e.node.id);

/** Every page forward with first/after; pageInfo says what precedes and follows each page. */
async function forward(fetch: Fetch, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await fetch({ first: size, after });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
    seen.push(...ids(page));
    if (!page.pageInfo.hasNextPage) return seen;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor!;
  }
  throw new Error('the forward walk does not end');
}

/** Every page backward from the end with last/before, put back together in the list's order. */
async function backward(fetch: Fetch, size: number): Promise<string[]> {
  let seen: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await fetch({ last: size, before });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasNextPage).toBe(before !== undefined);
    seen = [...ids(page), ...seen];
    if (!page.pageInfo.hasPreviousPage) return seen;
    expect(page.edges).toHaveLength(size);
    before = page.pageInfo.startCursor!;
  }
  throw new Error('the backward walk does not end');
}

/** The forward walk at several page sizes, and the backward walk, give `expected` (when known) and each other. */
async function expectSameWalk(fetch: Fetch, expected?: string[]): Promise<string[]> {
  const walk = await forward(fetch, 3);
  if (expected) expect(walk).toEqual(expected);
  expect(new Set(walk).size).toBe(walk.length);
  for (const size of [1, 3, 4, 100]) {
    expect({ size, walk: await forward(fetch, size) }).toEqual({ size, walk });
    expect({ size, walk: await backward(fetch, size) }).toEqual({ size, walk });
  }
  return walk;
}

/** Newest first on (time, id): ids compare as PostgreSQL compares uuids (their lower-case hex). */
const newestFirst = <T extends { id: string }>(rows: T[], time: (row: T) => Date) =>
  [...rows].sort((a, b) => time(b).getTime() - time(a).getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);

const cursorKey = (cursor: string) => (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[])[1];

describe('backward paging (last/before) of apps, vendorApps, storefront and phoneCalls', () => {
  let stack: TestStack;
  let vendor: Vendor;
  beforeAll(async () => {
    stack = await startTestStack();
    vendor = await makeVendor(stack.dataSources.catalog!);
  });
  afterAll(() => stack?.stop());

  const through = (identity: Identity, query: string, field: string, vars: Record<string, unknown> = {}): Fetch => async (window) => {
    const { body } = await stack.query<Record<string, Conn>>(query, { ...vars, ...window }, gatewayHeadersFor(identity));
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data![field]!;
  };

  describe('storefront: every sort, ties included', () => {
    const category = `c-${randomUUID()}`;
    const STOREFRONT = `query ($search: String, $category: String, $sort: StorefrontSort, ${WINDOW_VARS}) {
      storefront(search: $search, category: $category, sort: $sort, ${WINDOW_ARGS}) { totalCount ${PAGE} } }`;
    const admin = asAdmin();
    const storefront = (vars: Record<string, unknown>) => through(admin, STOREFRONT, 'storefront', { category, ...vars });
    let apps: { id: string; publishedAt: Date | null; installs: number }[];

    beforeAll(async () => {
      const catalog = stack.dataSources.catalog!;
      // Three publication times and three install counts for nine apps: every sort has ties.
      const times = ['2026-10-01T10:00:00Z', '2026-10-02T10:00:00Z', '2026-10-03T10:00:00Z'];
      const installs = [4, 4, 0, 0, 0, 1, 1, 0, 4];
      const content = [
        { name: 'Складской учёт', nameEn: 'Warehouse accounting', shortDescriptionRu: 'Остатки на складе', description: 'Остатки на складе' },
        { name: 'Склад и доставка', nameEn: 'Warehouse and delivery', shortDescriptionRu: 'Отгрузки со склада', description: 'Отгрузки со склада' },
        { name: 'Печать этикеток', nameEn: 'Label printing', shortDescriptionRu: 'Ценники и этикетки', description: 'Ценники и этикетки' },
      ];
      apps = [];
      for (let i = 0; i < 9; i++) {
        const app = await makeApp(catalog, vendor, { category, categories: [category], publishedAt: new Date(times[i % 3]!), ...content[i % 3]! });
        await catalog.query('UPDATE apps SET live_installs = $2 WHERE id = $1', [app.id, installs[i]]);
        apps.push({ id: app.id, publishedAt: app.publishedAt, installs: installs[i]! });
      }
    });

    it('NEWEST: the backward walk is the forward walk, publication time then id', async () => {
      await expectSameWalk(storefront({ sort: 'NEWEST' }), newestFirst(apps, (a) => a.publishedAt!));
    });

    it('POPULARITY, and RELEVANCE without a search (which sorts as POPULARITY): live installs then id', async () => {
      const expected = [...apps].sort((a, b) => b.installs - a.installs || (a.id < b.id ? 1 : -1)).map((a) => a.id);
      await expectSameWalk(storefront({ sort: 'POPULARITY' }), expected);
      await expectSameWalk(storefront({ sort: 'RELEVANCE' }), expected);
    });

    it('RELEVANCE of a search, with ties of equal scores: the same items in the same order both ways; totalCount counts the matches', async () => {
      for (const [search, least] of [['склад', 6], ['warehouse', 6], ['склад этикетки', 3]] as const) {
        const fetch = storefront({ search });
        const walk = await expectSameWalk(fetch);
        expect(walk.length).toBeGreaterThanOrEqual(least);
        const all = await fetch({ first: 100 });
        const keys = all.edges.map((e) => cursorKey(e.cursor));
        expect(new Set(keys).size).toBeLessThan(keys.length); // equal scores: the walk went through ties
        expect(all.totalCount).toBe(walk.length);
      }
      expect((await storefront({})({ last: 2 })).totalCount).toBe(9);
    });

    it('a cursor of one sort is refused as before of another; first with last is refused (400, BAD_USER_INPUT)', async () => {
      const newest = await storefront({ sort: 'NEWEST' })({ first: 2 });
      const mixed = await stack.query(STOREFRONT, { category, sort: 'POPULARITY', last: 2, before: newest.pageInfo.endCursor }, gatewayHeadersFor(admin));
      expect(mixed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
      const both = await stack.query(STOREFRONT, { category, first: 2, last: 2 }, gatewayHeadersFor(admin));
      expect(both.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const forged = Buffer.from(JSON.stringify(['NEWEST', '1', 'not-an-id'])).toString('base64url');
      const refused = await stack.query(STOREFRONT, { category, last: 2, before: forged }, gatewayHeadersFor(admin));
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    });

    it('no N+1 backward: a page of 8 costs the catalog as many statements as a page of 2', async () => {
      const statements = async (last: number) => {
        const response = await postGraphQL<{ storefront: Conn }>(stack.subgraphs.catalog!.url,
          `query ($category: String) { storefront(category: $category, sort: POPULARITY, last: ${last}) { totalCount edges { node { id appUid vendor { alias } } } } }`,
          { category }, subgraphHeadersFor(admin));
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data!.storefront.edges).toHaveLength(last);
        return sqlStatementsOf(response);
      };
      expect(await statements(8)).toBe(await statements(2));
    });
  });

  describe('apps and vendorApps: newest first (created_at, id), ties included', () => {
    let mine: App[];
    let owner: Vendor;
    beforeAll(async () => {
      const catalog = stack.dataSources.catalog!;
      owner = await makeVendor(catalog);
      mine = [];
      for (let i = 0; i < 8; i++) {
        mine.push(await makeApp(catalog, owner, {
          status: i < 6 ? AppStatus.DRAFT : AppStatus.PUBLISHED, type: i % 2 ? AppType.SERVER : AppType.IFRAME,
          createdAt: new Date(Date.UTC(2026, 9, 1 + (i % 3))),
        }));
      }
    });

    it('vendorApps (the vendor’s own) and vendorApps(vendorId:) for a moderator, both ways, with totalCount', async () => {
      const query = `query ($vendorId: ID, $type: AppType, ${WINDOW_VARS}) { vendorApps(vendorId: $vendorId, type: $type, ${WINDOW_ARGS}) { totalCount ${PAGE} } }`;
      const expected = newestFirst(mine, (a) => a.createdAt);
      await expectSameWalk(through(asVendor(owner), query, 'vendorApps'), expected);
      await expectSameWalk(through(asModerator, query, 'vendorApps', { vendorId: owner.id }), expected);
      const servers = newestFirst(mine.filter((a) => a.type === AppType.SERVER), (a) => a.createdAt);
      await expectSameWalk(through(asVendor(owner), query, 'vendorApps', { type: 'SERVER' }), servers);
      expect((await through(asVendor(owner), query, 'vendorApps')({ last: 3 })).totalCount).toBe(8);
      const refused = await stack.query(query, { vendorId: 'not-a-vendor', last: 2 }, gatewayHeadersFor(asModerator));
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'INPUT_INVALID_ID', field: 'vendorId' });
    });

    it('apps: what the caller may see (a vendor: its own DRAFTs), both ways; a cursor of the forward-only list still works', async () => {
      const query = `query ($status: AppStatus, ${WINDOW_VARS}) { apps(status: $status, ${WINDOW_ARGS}) { totalCount ${PAGE} } }`;
      const drafts = newestFirst(mine.filter((a) => a.status === AppStatus.DRAFT), (a) => a.createdAt);
      const fetch = through(asVendor(owner), query, 'apps', { status: 'DRAFT' });
      await expectSameWalk(fetch, drafts);
      expect((await fetch({ first: 1 })).totalCount).toBe(6);
      // Another vendor sees none of these DRAFTs.
      expect(ids(await through(asVendor(vendor), query, 'apps', { status: 'DRAFT' })({ last: 10 }))).toEqual([]);
      // Before issue 19 a cursor was [ISO time, id]: as after and as before it still names its place.
      const third = mine.find((a) => a.id === drafts[2])!;
      const old = Buffer.from(JSON.stringify([third.createdAt.toISOString(), third.id])).toString('base64url');
      expect(ids(await fetch({ first: 10, after: old }))).toEqual(drafts.slice(3));
      expect(ids(await fetch({ last: 10, before: old }))).toEqual(drafts.slice(0, 2));
    });

    it('no N+1 backward: vendorApps of 6 costs as many statements as of 2', async () => {
      const statements = async (last: number) => {
        const response = await postGraphQL<{ vendorApps: Conn }>(stack.subgraphs.catalog!.url,
          `{ vendorApps(last: ${last}) { totalCount edges { node { id appUid vendor { alias } } } } }`, {}, subgraphHeadersFor(asVendor(owner)));
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data!.vendorApps.edges).toHaveLength(last);
        return sqlStatementsOf(response);
      };
      expect(await statements(6)).toBe(await statements(2));
    });
  });

  describe('phoneCalls: newest first (started_at, id), ties included', () => {
    it('pages both ways over the whole history and over a filter; no N+1 backward', async () => {
      const t = await makeAppAccount(stack);
      const telephony = stack.dataSources['telephony-loyalty']!;
      const calls = [];
      for (let i = 0; i < 8; i++) {
        calls.push(await makeCall(telephony, t.install, {
          startedAt: new Date(Date.UTC(2026, 9, 1, 10 + (i % 3))), direction: i % 2 ? CallDirection.OUTGOING : CallDirection.INCOMING,
        }));
      }
      const query = `query ($filter: CallFilter, ${WINDOW_VARS}) { phoneCalls(filter: $filter, ${WINDOW_ARGS}) { ${PAGE} } }`;
      // Straight to the subgraph: the gateway's Phone API limit (100 requests per window of the stack's still clock) would end the walks.
      const phoneCalls = (vars: Record<string, unknown> = {}): Fetch => async (window) => {
        const { body } = await postGraphQL<{ phoneCalls: Conn }>(stack.subgraphs['telephony-loyalty']!.url, query, { ...vars, ...window }, subgraphHeadersFor(t.appIdentity));
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data!.phoneCalls;
      };
      await expectSameWalk(phoneCalls(), newestFirst(calls, (c) => c.startedAt));
      // One request through the gateway: the arguments are there.
      expect(ids(await through(t.appIdentity, query, 'phoneCalls')({ last: 3 }))).toEqual(newestFirst(calls, (c) => c.startedAt).slice(5));
      const outgoing = newestFirst(calls.filter((c) => c.direction === CallDirection.OUTGOING), (c) => c.startedAt);
      await expectSameWalk(phoneCalls({ filter: { direction: 'OUTGOING' } }), outgoing);

      const statements = async (last: number) => {
        const response = await postGraphQL<{ phoneCalls: Conn }>(stack.subgraphs['telephony-loyalty']!.url,
          `{ phoneCalls(last: ${last}) { edges { node { id cards { userId } } } } }`, {}, subgraphHeadersFor(t.appIdentity));
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data!.phoneCalls.edges).toHaveLength(last);
        return sqlStatementsOf(response);
      };
      expect(await statements(7)).toBe(await statements(2));
    });
  });
});
