import { randomUUID } from 'node:crypto';
import { createLogger } from '@appmarket/core';
import { createCatalogSubgraph } from '@appmarket/catalog';
import type { CatalogServices } from '@appmarket/catalog/src/context';
import type { CacheInvalidationListener } from '@appmarket/catalog/src/cache/invalidation-listener';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { databaseUrlOf, peersFromMap, type Identity, type RunningServer } from '@appmarket/federation';
import { cacheLookups } from '@appmarket/telemetry';
import type { DataSource } from 'typeorm';
import { asAdmin, asModerator, asVendor, createApp, dataOf, gql, hide, publish, recordInstall } from '../support/catalog-factories';
import { eventually } from '../support/eventually';
import { makeAccount, makeApp, makeInstall, makeUser, makeVendor } from '../support/factories';
import { subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';

/**
 * Issue 17 item 4: the catalog's cache of public data (docs/CACHING.md). Every kind of write is
 * seen by the next read, on this replica at once and on another replica after its NOTIFY;
 * concurrent misses share one load; what one account sees never reaches another.
 */
const CARDS = `query ($category: String, $sort: StorefrontSort, $first: Int) {
  storefront(category: $category, sort: $sort, first: $first) {
    edges { node { id name priceKopecks trialDays vendor { name description } } } } }`;
type Card = { id: string; name: string; priceKopecks: number | null; trialDays: number | null; vendor: { name: string; description: string } };
type Cards = { storefront: { edges: { node: Card }[] } };

const CATALOG_CACHE_ON = { CATALOG_CACHE: 'on', CATALOG_CACHE_TTL_SECONDS: 3600, CATALOG_CACHE_POPULARITY_TTL_SECONDS: 3600 } as const;
type RunningCatalog = RunningServer & { services: CatalogServices & { cacheListener?: CacheInvalidationListener } };

describe('catalog: cache of public data', () => {
  let stack: TestStack;
  let vendor: Vendor;
  let catalog: RunningCatalog;
  beforeAll(async () => {
    stack = await startTestStack({ subgraphs: { catalog: createCatalogSubgraph({ config: CATALOG_CACHE_ON }) } });
    catalog = stack.subgraphs.catalog as RunningCatalog;
    vendor = await makeVendor(stack.dataSources.catalog!, { alias: `cache-${randomUUID().slice(0, 8)}` });
  });
  afterAll(() => stack?.stop());

  /** A request straight to a catalog server, with its statement count. */
  const direct = async <T>(url: string, identity: Identity, query: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<T>(url, query, variables, subgraphHeadersFor(identity));
    return { data: dataOf(response), statements: sqlStatementsOf(response) };
  };
  const cards = async (identity: Identity, variables: Record<string, unknown>, url = catalog.url) =>
    (await direct<Cards>(url, identity, CARDS, { first: 50, ...variables })).data.storefront.edges.map((e) => e.node);
  const publishedApp = async (category: string, over: Record<string, unknown> = {}) => {
    const app = await createApp(stack, vendor, { categories: [category], ...over });
    await publish(stack, vendor, app.id);
    return app;
  };

  it('a warm page costs the catalog no SQL statement; the cold one costs the same at 10 and 50 cards (no N+1)', async () => {
    const category = `c-${randomUUID()}`;
    for (let i = 0; i < 12; i += 1) await makeApp(stack.dataSources.catalog!, vendor, { categories: [category], category });
    const admin = asAdmin();
    const cold = async (first: number) => {
      catalog.services.cache.setLive(true); // starts empty
      return (await direct(catalog.url, admin, CARDS, { category, first })).statements;
    };
    const cold10 = await cold(10);
    expect(cold10).toBeGreaterThan(0);
    expect(await cold(50)).toBe(cold10);
    // Warm (once the NOTIFYs of the inserts above have arrived): no statement at all.
    await eventually(async () => (await direct(catalog.url, admin, CARDS, { category, first: 50 })).statements === 0, { message: 'a warm page costs no statement' });
    // Another account (no HIDDEN installs) reads the same public page: one statement, its own flag.
    expect((await direct(catalog.url, asAdmin(), CARDS, { category, first: 50 })).statements).toBe(1);
  });

  it('a backward page (last/before) is kept under its own key: a cached forward page of the same size or cursor never answers it', async () => {
    const category = `c-${randomUUID()}`;
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeApp(stack.dataSources.catalog!, vendor, { categories: [category], category, publishedAt: new Date(Date.UTC(2026, 9, 1 + i)) }));
    const newest = made.map((a) => a.id).reverse();
    const PAGE = `query ($category: String, $first: Int, $after: String, $last: Int, $before: String) {
      storefront(category: $category, sort: NEWEST, first: $first, after: $after, last: $last, before: $before) { edges { cursor node { id } } } }`;
    type Paged = { storefront: { edges: { cursor: string; node: { id: string } }[] } };
    const admin = asAdmin();
    const page = async (window: Record<string, unknown>) => {
      const answer = await direct<Paged>(catalog.url, admin, PAGE, { category, ...window });
      return { ids: answer.data.storefront.edges.map((e) => e.node.id), cursors: answer.data.storefront.edges.map((e) => e.cursor), statements: answer.statements };
    };
    const middle = (await page({ first: 5 })).cursors[2]!;
    const windows: [Record<string, unknown>, string[]][] = [
      [{ first: 2 }, newest.slice(0, 2)], [{ last: 2 }, newest.slice(3)],
      [{ first: 2, after: middle }, newest.slice(3)], [{ last: 2, before: middle }, newest.slice(0, 2)],
    ];
    // Each window warm (once the NOTIFYs of the inserts above have arrived), then read again: its own items, from memory.
    for (const [window] of windows) {
      await eventually(async () => (await page(window)).statements === 0, { message: `${JSON.stringify(window)} is warm` });
    }
    for (const [window, expected] of windows) {
      const again = await page(window);
      expect({ window, ids: again.ids, statements: again.statements }).toEqual({ window, ids: expected, statements: 0 });
    }
  });

  it('invalidation: content edits, price changes, hide/show, publication and vendor profiles are read at once', async () => {
    const category = `c-${randomUUID()}`;
    const admin = asAdmin();
    const paid = await publishedApp(category, { priceKopecks: 50_000, trialDays: 7 });
    const free = await publishedApp(category);
    const byId = async () => new Map((await cards(admin, { category })).map((c) => [c.id, c]));
    expect([...(await byId()).keys()].sort()).toEqual([paid.id, free.id].sort());

    dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { updateApp(id: $id, input: { name: "Новое имя" }) { app { id } userErrors { code } } }`, { id: paid.id }));
    expect((await byId()).get(paid.id)?.name).toBe('Новое имя');

    dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { changeAppPricing(appId: $id, priceKopecks: 100000, trialDays: 14) { app { id } userErrors { code } } }`, { id: paid.id }));
    expect((await byId()).get(paid.id)).toMatchObject({ priceKopecks: 100_000, trialDays: 14 });

    await hide(stack, free.id);
    expect([...(await byId()).keys()]).toEqual([paid.id]);
    dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { showApp(id: $id) { app { id } userErrors { code } } }`, { id: free.id }));
    expect((await byId()).has(free.id)).toBe(true);

    const later = await publishedApp(category);
    expect((await byId()).has(later.id)).toBe(true);

    dataOf(await gql(stack, asVendor(vendor), `mutation { updateVendorProfile(input: { description: "Мы делаем приложения" }) { vendor { id } userErrors { code } } }`));
    expect((await byId()).get(paid.id)?.vendor.description).toBe('Мы делаем приложения');
  });

  it('invalidation: categories, and popularity (live installs) orders at once', async () => {
    const slug = `new-${randomUUID().slice(0, 8)}`;
    const list = async () => (await direct<{ categories: { slug: string }[] }>(catalog.url, asAdmin(), '{ categories { slug appCount } }')).data.categories.map((c) => c.slug);
    expect(await list()).not.toContain(slug);
    dataOf(await gql(stack, asModerator, `mutation ($slug: String!) { createCategory(slug: $slug, name: "Новая", nameEn: "New") { category { slug } userErrors { code } } }`, { slug }));
    expect(await list()).toContain(slug);

    const category = `c-${randomUUID()}`;
    const [first, second] = [await publishedApp(category), await publishedApp(category)];
    const popular = async () => (await cards(asAdmin(), { category, sort: 'POPULARITY' })).map((c) => c.id);
    const before = await popular();
    const loser = before[0]!;
    const winner = before[1]!;
    expect([first.id, second.id]).toEqual(expect.arrayContaining(before));
    dataOf(await recordInstall(stack, randomUUID(), winner, true, '2026-11-01T00:00:00.000Z i'));
    expect(await popular()).toEqual([winner, loser]);
  });

  it('a write the services did not make (plain SQL) reaches the cache through the trigger’s NOTIFY', async () => {
    const category = `c-${randomUUID()}`;
    const app = await publishedApp(category);
    const admin = asAdmin();
    expect((await cards(admin, { category }))[0]?.name).not.toBe('Исправлено в базе');
    await stack.dataSources.catalog!.query(`UPDATE apps SET name = 'Исправлено в базе' WHERE id = $1`, [app.id]);
    await eventually(async () => (await cards(admin, { category }))[0]?.name === 'Исправлено в базе', { message: 'the cached card shows the SQL write' });
  });

  it('a lost LISTEN connection empties the cache and keeps it off until it listens again: no change missed meanwhile stays', async () => {
    const category = `c-${randomUUID()}`;
    const app = await publishedApp(category);
    const admin = asAdmin();
    await eventually(async () => (await direct(catalog.url, admin, CARDS, { category, first: 50 })).statements === 0, { message: 'the page is warm' });
    const db = stack.dataSources.catalog!;
    // The listener's backend dies; the write below is announced to nobody.
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'appmarket-catalog-cache' AND datname = current_database()`);
    await db.query(`UPDATE apps SET name = 'Пока никто не слушал' WHERE id = $1`, [app.id]);
    await eventually(async () => (await cards(admin, { category }))[0]?.name === 'Пока никто не слушал', { message: 'the write made while nobody listened is read' });
    // Listening again (a second later), the cache fills and serves again.
    await eventually(async () => (await direct(catalog.url, admin, CARDS, { category, first: 50 })).statements === 0, { message: 'the cache serves again after the reconnect' });
    expect((await cards(admin, { category }))[0]?.name).toBe('Пока никто не слушал');
  });

  describe('a second catalog replica on the same database', () => {
    let replica: RunningCatalog;
    let replicaSource: DataSource;
    beforeAll(async () => {
      replicaSource = createCatalogSubgraph().createDataSource(databaseUrlOf(stack.dataSources.catalog!), 2);
      await replicaSource.initialize();
      replica = (await createCatalogSubgraph({ config: { ...CATALOG_CACHE_ON, CATALOG_JOB_WORKERS: 'off' } }).start({
        dataSource: replicaSource, port: 0, host: '127.0.0.1', clock: stack.clock, logger: createLogger('test', 'error'), peers: peersFromMap({}),
      })) as RunningCatalog;
    });
    afterAll(async () => {
      await replica?.stop();
      await replicaSource?.destroy();
    });

    it('sees the other replica’s writes after their NOTIFY: edits, prices, hiding, vendor profiles', async () => {
      const category = `c-${randomUUID()}`;
      const app = await publishedApp(category, { priceKopecks: 50_000, trialDays: 7 });
      const admin = asAdmin();
      const onReplica = async () => (await cards(admin, { category }, replica.url))[0];
      expect((await onReplica())?.name).toBe('Тестовое приложение');
      await eventually(async () => (await direct(replica.url, admin, CARDS, { category, first: 50 })).statements === 0, { message: 'the replica serves the page from memory' });

      dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { updateApp(id: $id, input: { name: "С другой реплики" }) { app { id } userErrors { code } } }`, { id: app.id }));
      await eventually(async () => (await onReplica())?.name === 'С другой реплики', { message: 'the replica reads the new name' });

      dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { changeAppPricing(appId: $id, priceKopecks: 150000, trialDays: 7) { app { id } userErrors { code } } }`, { id: app.id }));
      await eventually(async () => (await onReplica())?.priceKopecks === 150_000, { message: 'the replica reads the new price' });

      const description = `Профиль ${randomUUID().slice(0, 8)}`;
      dataOf(await gql(stack, asVendor(vendor), `mutation ($d: String) { updateVendorProfile(input: { description: $d }) { vendor { id } userErrors { code } } }`, { d: description }));
      await eventually(async () => (await onReplica())?.vendor.description === description, { message: 'the replica reads the new vendor profile' });

      const free = await publishedApp(category);
      await eventually(async () => (await cards(admin, { category }, replica.url)).length === 2, { message: 'the replica lists the newly published app' });
      await hide(stack, free.id);
      await eventually(async () => (await cards(admin, { category }, replica.url)).length === 1, { message: 'the replica drops the hidden app' });
    });
  });

  it('single flight: concurrent misses of one app share one SQL load', async () => {
    const app = await publishedApp(`c-${randomUUID()}`);
    catalog.services.cache.setLive(true); // empty
    const sharedBefore = await lookups('catalog_apps', 'shared');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const original = catalog.services.apps.findByIds.bind(catalog.services.apps);
    const load = jest.spyOn(catalog.services.apps, 'findByIds').mockImplementation(async (ids) => {
      await gate; // held until every other request has joined this load
      return original(ids);
    });
    try {
      const readers = Array.from({ length: 6 }, () => direct<{ app: { id: string } }>(catalog.url, asAdmin(), `query ($id: ID!) { app(id: $id) { id name } }`, { id: app.id }));
      await eventually(async () => (await lookups('catalog_apps', 'shared')) - sharedBefore >= 5, { message: 'five requests join the first one’s load' });
      release();
      const answers = await Promise.all(readers);
      expect(answers.map((a) => a.data.app.id)).toEqual(Array(6).fill(app.id));
      expect(load).toHaveBeenCalledTimes(1);
      expect(answers.map((a) => a.statements).reduce((a, b) => a + b)).toBe(1);
    } finally {
      load.mockRestore();
      release();
    }
  });

  it('a cached row is still shown per caller: entity resolution, owner-only fields and drafts decide per request', async () => {
    const app = await publishedApp(`c-${randomUUID()}`);
    const draft = await createApp(stack, vendor, {});
    const other = await makeVendor(stack.dataSources.catalog!);
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on App { id name } } }`;
    const entities = async (who: Identity, id: string) =>
      (await direct<{ _entities: ({ id: string } | null)[] }>(catalog.url, who, ENTITIES, { r: [{ __typename: 'App', id }] })).data._entities[0];
    const HISTORY = `query ($id: ID!) { app(id: $id) { id pricingHistory { priceKopecks } } }`;
    for (let round = 0; round < 2; round += 1) {
      // Round 1 reads the published app's row from memory.
      expect(await entities(asAdmin(), app.id)).toEqual({ id: app.id, name: 'Тестовое приложение' });
      expect(await entities(asAdmin(), draft.id)).toBeNull(); // LC-1: a DRAFT is nobody's but its vendor's
      expect(await entities(asVendor(vendor), draft.id)).toEqual({ id: draft.id, name: 'Тестовое приложение' });
      const own = await postGraphQL<{ app: { pricingHistory: unknown[] | null } }>(catalog.url, HISTORY, { id: app.id }, subgraphHeadersFor(asVendor(vendor)));
      expect(own.body.data?.app.pricingHistory).toHaveLength(1);
      const foreign = await postGraphQL<{ app: { pricingHistory: unknown[] | null } }>(catalog.url, HISTORY, { id: app.id }, subgraphHeadersFor(asVendor(other)));
      expect(foreign.body.data?.app.pricingHistory).toBeNull();
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  describe('account-scoped data is never shared across accounts (cache on)', () => {
    it('LC-3: a HIDDEN app one account installed shows on its storefront and counts only, whichever account reads first', async () => {
      const category = `c-${randomUUID()}`;
      const live = await publishedApp(category);
      const hidden = await publishedApp(category);
      await hide(stack, hidden.id);
      const holder = asAdmin();
      const other = asAdmin();
      dataOf(await recordInstall(stack, holder.accountId, hidden.id, true, '2026-11-01T00:00:00.000Z h'));
      const ids = async (who: Identity) => (await cards(who, { category })).map((c) => c.id).sort();
      const count = async (who: Identity) => (await direct<{ categories: { slug: string; appCount: number }[] }>(catalog.url, who, '{ categories { slug appCount } }'))
        .data.categories.find((c) => c.slug === category)?.appCount;
      for (let round = 0; round < 2; round += 1) {
        // Round 0: the other account warms the public entries first; round 1: the holder does.
        const order = round === 0 ? [other, holder] : [holder, other];
        for (const who of order) {
          expect(await ids(who)).toEqual(who === holder ? [live.id, hidden.id].sort() : [live.id]);
          expect(await count(who)).toBe(who === holder ? 2 : 1);
        }
      }
      // The holder removes it: gone for it too, at once.
      dataOf(await recordInstall(stack, holder.accountId, hidden.id, false, '2026-11-02T00:00:00.000Z h'));
      expect(await ids(holder)).toEqual([live.id]);
    });

    it('App.viewerInstallState through the gateway: account A’s install never shows for account B on the shared cached card', async () => {
      const { catalog: catalogDb, accounts } = stack.dataSources;
      const category = `c-${randomUUID()}`;
      const app = await makeApp(catalogDb!, vendor, { categories: [category], category });
      const [a, b] = [await makeAccount(accounts!), await makeAccount(accounts!)];
      const install = await makeInstall(accounts!, a, app);
      const who = async (account: typeof a): Promise<Identity> =>
        ({ kind: 'user', userId: (await makeUser(accounts!, account)).id, accountId: account.id, role: 'ADMIN' }) as Identity;
      const [adminA, adminB] = [await who(a), await who(b)];
      const state = async (identity: Identity) => dataOf(await gql<{ storefront: { edges: { node: { id: string; viewerInstallState: { installed: boolean; install: { id: string } | null } } }[] } }>(
        stack, identity, `query ($category: String) { storefront(category: $category, first: 20) { edges { node { id viewerInstallState { installed install { id } } } } } }`, { category },
      )).storefront.edges.map((e) => e.node.viewerInstallState);
      for (const [identity, expected] of [[adminB, { installed: false, install: null }], [adminA, { installed: true, install: { id: install.id } }],
        [adminB, { installed: false, install: null }], [adminA, { installed: true, install: { id: install.id } }]] as const) {
        expect(await state(identity)).toEqual([expected]);
      }
    });
  });
});

async function lookups(cache: string, result: string): Promise<number> {
  const values = (await cacheLookups.get()).values;
  return values.filter((v) => v.labels.cache === cache && v.labels.result === result).reduce((sum, v) => sum + v.value, 0);
}
