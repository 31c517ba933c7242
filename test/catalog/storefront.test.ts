import { randomUUID } from 'node:crypto';
import { makeVendor } from '../support/factories';
import {
  asAdmin, asEmployee, asModerator, asVendor, catalogDirect, createApp, dataOf, errorCode, gql, hide, publish, recordInstall, type AppOverrides,
} from '../support/catalog-factories';
import { startTestStack, type TestStack } from '../support/stack';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { sqlStatementsOf } from '../support/sql-statements';

const STOREFRONT = `query ($search: String, $block: StorefrontBlock, $category: String, $freeOnly: Boolean, $sort: StorefrontSort, $first: Int, $after: String) {
  storefront(search: $search, block: $block, category: $category, freeOnly: $freeOnly, sort: $sort, first: $first, after: $after) {
    edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;

type Page = { storefront: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

/** Storefront (DL-5, LC-3, BX-1, TY-3 blocks, search, sorts, pagination) and direct links (DL-1..DL-4). */
describe('catalog: storefront and direct links', () => {
  let stack: TestStack;
  let vendor: Vendor;
  beforeAll(async () => {
    stack = await startTestStack();
    vendor = await makeVendor(stack.dataSources.catalog!, { alias: 'shop-vendor' });
  });
  afterAll(() => stack?.stop());

  const published = async (over: AppOverrides) => {
    const app = await createApp(stack, vendor, over);
    await publish(stack, vendor, app.id);
    return app;
  };
  const storefront = async (identity: ReturnType<typeof asAdmin>, vars: Record<string, unknown>) =>
    dataOf(await gql<Page>(stack, identity, STOREFRONT, { first: 50, ...vars })).storefront;
  const ids = (page: Page['storefront']) => page.edges.map((e) => e.node.id);

  it('DL-5: the storefront is open to account admins only; DL-2: an anonymous caller logs in first', async () => {
    expect(errorCode(await gql(stack, asEmployee(), STOREFRONT, {}))).toBe('FORBIDDEN');
    expect(errorCode(await gql(stack, asVendor(vendor), STOREFRONT, {}))).toBe('FORBIDDEN');
    expect(errorCode(await gql(stack, null, STOREFRONT, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(stack, asEmployee(), `{ appByLink(link: "/storefront/apps/x.y") { id } }`))).toBe('FORBIDDEN');
    expect((await gql(stack, asAdmin(), STOREFRONT, {})).body.errors).toBeUndefined();
  });

  it('LC-1, LC-3: only PUBLISHED apps, plus HIDDEN apps installed on the caller’s account', async () => {
    const category = `c-${randomUUID()}`;
    const draft = await createApp(stack, vendor, { categories: [category] });
    const ready = await createApp(stack, vendor, { categories: [category] });
    dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { submitApp(id: $id) { app { id } userErrors { code } } }`, { id: ready.id }));
    const live = await published({ categories: [category] });
    const hidden = await published({ categories: [category] });
    await hide(stack, hidden.id);
    const holder = asAdmin();
    const remover = asAdmin();
    dataOf(await recordInstall(stack, holder.accountId, hidden.id, true, '2026-10-01T00:00:00.000Z a'));
    dataOf(await recordInstall(stack, remover.accountId, hidden.id, true, '2026-10-01T00:00:00.000Z b'));
    dataOf(await recordInstall(stack, remover.accountId, hidden.id, false, '2026-10-02T00:00:00.000Z b'));
    expect(ids(await storefront(holder, { category })).sort()).toEqual([live.id, hidden.id].sort());
    expect(ids(await storefront(remover, { category }))).toEqual([live.id]);
    expect(ids(await storefront(asAdmin(), { category }))).toEqual([live.id]);
    expect(draft.id).toBeDefined();
  });

  it('recordInstallState is idempotent and an older version never overwrites a newer one', async () => {
    const category = `c-${randomUUID()}`;
    const app = await published({ categories: [category] });
    await hide(stack, app.id);
    const admin = asAdmin();
    const visible = async () => ids(await storefront(admin, { category })).includes(app.id);
    expect(dataOf(await recordInstall(stack, admin.accountId, app.id, true, '2026-10-05T00:00:00.000Z i1')).recordInstallState).toBe(true);
    expect(dataOf(await recordInstall(stack, admin.accountId, app.id, true, '2026-10-05T00:00:00.000Z i1')).recordInstallState).toBe(false);
    expect(await visible()).toBe(true);
    // a late, older "removed" arrives after the install: ignored
    expect(dataOf(await recordInstall(stack, admin.accountId, app.id, false, '2026-10-04T00:00:00.000Z i0')).recordInstallState).toBe(false);
    expect(await visible()).toBe(true);
    expect(dataOf(await recordInstall(stack, admin.accountId, app.id, false, '2026-10-06T00:00:00.000Z i1')).recordInstallState).toBe(true);
    expect(await visible()).toBe(false);
    // internal only: the gateway does not serve it, and the subgraph refuses non-services
    expect(errorCode(await gql(stack, asModerator, `mutation { recordInstallState(accountId: "${admin.accountId}", appId: "${app.id}", installed: true, version: "z") }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(await catalogDirect(stack, asModerator, `mutation { recordInstallState(accountId: "${admin.accountId}", appId: "${app.id}", installed: true, version: "z") }`))).toBe('FORBIDDEN');
  });

  it('TY-3: blocks CALLS, NEW and DISCOUNTS list the types of the matrix', async () => {
    const category = `c-${randomUUID()}`;
    const byType: Record<string, string> = {};
    for (const type of ['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY']) byType[type] = (await published({ type, categories: [category] })).id;
    const admin = asAdmin();
    expect(ids(await storefront(admin, { category, block: 'CALLS' }))).toEqual([byType.TELEPHONY]);
    expect(ids(await storefront(admin, { category, block: 'NEW' })).sort()).toEqual([byType.IFRAME, byType.SERVER].sort());
    expect(ids(await storefront(admin, { category, block: 'DISCOUNTS' }))).toEqual([byType.LOYALTY]);
  });

  it('BX-1: the "free solutions" filter; and the category filter matches any of an app’s categories', async () => {
    const category = `c-${randomUUID()}`;
    const free = await published({ categories: ['other', category] });
    await published({ categories: [category], priceKopecks: 50_000 });
    const admin = asAdmin();
    expect(ids(await storefront(admin, { category }))).toHaveLength(2);
    expect(ids(await storefront(admin, { category, freeOnly: true }))).toEqual([free.id]);
  });

  it('sorts by newest and by popularity (live installs from the projection), paging with cursors', async () => {
    const category = `c-${randomUUID()}`;
    const apps: string[] = [];
    for (let i = 0; i < 5; i++) {
      stack.clock.set(`2026-11-0${i + 1}T10:00:00Z`);
      apps.push((await published({ categories: [category] })).id);
    }
    stack.clock.set('2026-11-01T09:00:00Z');
    const installs = [0, 3, 1, 2, 0]; // app 1 most installed, then app 3, app 2, ...
    for (const [i, n] of installs.entries()) {
      for (let k = 0; k < n; k++) dataOf(await recordInstall(stack, randomUUID(), apps[i]!, true, `2026-10-01T00:00:00.000Z ${k}`));
    }
    // a removed install does not count
    const gone = randomUUID();
    dataOf(await recordInstall(stack, gone, apps[4]!, true, '2026-10-01T00:00:00.000Z x'));
    dataOf(await recordInstall(stack, gone, apps[4]!, false, '2026-10-02T00:00:00.000Z x'));
    const admin = asAdmin();
    const all = async (sort: string) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await storefront(admin, { category, sort, first: 2, after });
        seen.push(...ids(page));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await all('NEWEST')).toEqual([...apps].reverse());
    const newest = await storefront(admin, { category, sort: 'NEWEST', first: 2 });
    const mixed = await gql(stack, admin, STOREFRONT, { category, sort: 'POPULARITY', first: 2, after: newest.pageInfo.endCursor });
    expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
    const popular = await all('POPULARITY');
    expect(popular.slice(0, 3)).toEqual([apps[1], apps[3], apps[2]]);
    expect(popular.slice(3).sort()).toEqual([apps[0], apps[4]].sort());
  });

  describe('search', () => {
    const catalogApps: Record<string, string> = {};
    beforeAll(async () => {
      const topics: [string, string, string, string, string][] = [
        ['pbx', 'Облачная АТС', 'Cloud PBX', 'Звонки клиентам из карточки контрагента, запись разговоров', 'Call customers from the counterparty card, record calls'],
        ['ozon', 'Интеграция с Ozon', 'Ozon Integration', 'Выгрузка товаров, остатков и заказов Ozon', 'Sync products, stock and orders with Ozon'],
        ['wb', 'Интеграция с Wildberries', 'Wildberries Integration', 'Заказы и остатки Wildberries в одном окне', 'Wildberries orders and stock in one window'],
        ['bonus', 'Бонусная программа', 'Bonus Program', 'Начисление и списание бонусов на кассе', 'Earn and spend bonus points at the till'],
        ['bank', 'Сверка с банком', 'Bank Reconciliation', 'Автоматическая загрузка выписок и разнесение платежей', 'Loads bank statements and matches payments'],
        ['labels', 'Печать этикеток', 'Label Printing', 'Шаблоны этикеток и ценников со штрихкодами', 'Label and price tag templates with barcodes'],
        ['cdek', 'Доставка СДЭК', 'CDEK Delivery', 'Расчёт стоимости и отслеживание посылок', 'Quote and track parcels'],
        ['time', 'Учёт рабочего времени', 'Time Tracking', 'Табель и учёт смен сотрудников', 'Timesheets and employee shifts'],
        ['analytics', 'Аналитика продаж', 'Sales Analytics', 'Отчёты о выручке, марже и остатках', 'Revenue, margin and stock reports'],
        ['edo', 'Электронный документооборот', 'E-Document Exchange', 'Отправка УПД и счетов контрагентам', 'Send invoices to counterparties electronically'],
      ];
      for (const [key, nameRu, nameEn, shortRu, shortEn] of topics) {
        catalogApps[key] = (await published({
          name: nameRu, nameEn, shortDescription: shortRu, shortDescriptionEn: shortEn, description: shortRu, descriptionEn: shortEn, categories: ['search'],
        })).id;
      }
    });

    it.each([
      ['облачная атс', 'pbx'],
      ['телефония звонки', 'pbx'],
      ['cloud pbx', 'pbx'],
      ['озон', 'ozon'],
      ['ozon', 'ozon'],
      ['wildberries orders', 'wb'],
      ['бонусы', 'bonus'],
      ['bonus points', 'bonus'],
      ['bank statement', 'bank'],
      ['печать ценников', 'labels'],
      ['barcode labels', 'labels'],
      ['учет времени', 'time'],
      ['timesheet', 'time'],
      ['отчет по выручке', 'analytics'],
      ['документооборот', 'edo'],
      // typos
      ['облачая атс', 'pbx'],
      ['вайлдберриз', 'wb'],
      ['wildbery', 'wb'],
      ['бонусня програма', 'bonus'],
      ['bonsu program', 'bonus'],
      ['сверка с банкм', 'bank'],
      ['reconcilation', 'bank'],
      ['печать етикеток', 'labels'],
      ['lable printing', 'labels'],
      ['доставка сдек', 'cdek'],
      ['sales analitics', 'analytics'],
      ['банковские выписки', 'bank'],
    ])('puts the right app first for "%s"', async (search, key) => {
      const page = await storefront(asAdmin(), { search, category: 'search', first: 5 });
      expect(page.edges[0]?.node.id).toBe(catalogApps[key]);
    });

    it('a NUL byte in the search (which PostgreSQL cannot store in text) is refused by catalog’s input bounds with INPUT_INVALID_TEXT, 400 (issue 14)', async () => {
      for (const search of ['ozon\u0000', '\u0000', 'a\u0000b']) {
        const response = await gql(stack, asAdmin(), STOREFRONT, { search, first: 5 });
        expect({ search, status: response.status, code: errorCode(response), field: response.body.errors?.[0]?.extensions?.field })
          .toEqual({ search, status: 400, code: 'INPUT_INVALID_TEXT', field: 'search' });
      }
    });

    it('finds nothing for words no app is about', async () => {
      for (const search of ['кофемашина', 'xylophone tuning']) {
        expect(ids(await storefront(asAdmin(), { search, category: 'search' }))).toEqual([]);
      }
    });
  });

  it('DL-1: the vendor cabinet shows the direct link of SERVER and IFRAME apps only, equal to the card address', async () => {
    const server = await createApp(stack, vendor, { alias: 'link-server', type: 'SERVER' });
    const telephony = await createApp(stack, vendor, { alias: 'link-phone', type: 'TELEPHONY' });
    const link = async (id: string) => dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { directLink } }`, { id })).vendorApp.directLink;
    expect(await link(server.id)).toBe('/storefront/apps/link-server.shop-vendor');
    expect(await link(telephony.id)).toBeNull();
    await publish(stack, vendor, server.id);
    const card = dataOf(await gql(stack, asAdmin(), `{ appByLink(link: "https://market.example.com/storefront/apps/link-server.shop-vendor") { id appUid } }`));
    expect(card.appByLink).toEqual({ id: server.id, appUid: 'link-server.shop-vendor' });
    expect(dataOf(await gql(stack, asAdmin(), `{ storefrontApp(appUid: "link-server.shop-vendor") { id } }`)).storefrontApp.id).toBe(server.id);
  });

  it('DL-2: following a direct link, a signed-in account admin lands on the card; a caller who is not signed in is told to sign in first', async () => {
    await createApp(stack, vendor, { alias: 'dl2-server', type: 'SERVER' }).then((app) => publish(stack, vendor, app.id));
    const query = `{ appByLink(link: "/storefront/apps/dl2-server.shop-vendor") { appUid name } }`;
    const anonymous = await gql(stack, null, query);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data?.appByLink ?? null).toBeNull(); // nothing of the card before signing in
    expect(dataOf(await gql(stack, asAdmin(), query)).appByLink).toMatchObject({ appUid: 'dl2-server.shop-vendor' });
  });

  it('DL-3: a missing app and a DRAFT one get the same NOT_FOUND', async () => {
    const draft = await createApp(stack, vendor, { alias: 'draft-link', type: 'IFRAME' });
    const answer = async (link: string) => (await gql(stack, asAdmin(), `query ($link: String!) { appByLink(link: $link) { id } }`, { link })).body.errors?.[0];
    const forDraft = await answer(`/storefront/apps/draft-link.shop-vendor`);
    const forMissing = await answer(`/storefront/apps/no-such-app.shop-vendor`);
    expect(forDraft).toMatchObject({ message: 'App not found', extensions: { code: 'NOT_FOUND' } });
    expect(forMissing).toEqual({ ...forDraft, extensions: { ...forDraft!.extensions } });
    expect(JSON.stringify(forDraft)).not.toContain(draft.id);
  });

  it('DL-4: a HIDDEN app’s link works for accounts that have it installed and is NOT_FOUND for the rest', async () => {
    const app = await published({ alias: 'hidden-link', type: 'SERVER' });
    await hide(stack, app.id);
    const holder = asAdmin();
    dataOf(await recordInstall(stack, holder.accountId, app.id, true, '2026-10-01T00:00:00.000Z h'));
    const query = `{ appByLink(link: "/storefront/apps/hidden-link.shop-vendor") { id } }`;
    expect(dataOf(await gql(stack, holder, query)).appByLink.id).toBe(app.id);
    expect(errorCode(await gql(stack, asAdmin(), query))).toBe('NOT_FOUND');
  });

  it('no N+1: a storefront page of 50 costs as many SQL statements as a page of 10', async () => {
    const category = `c-${randomUUID()}`;
    for (let i = 0; i < 55; i++) {
      const app = await published({ categories: [category], type: i % 2 ? 'SERVER' : 'LOYALTY' });
      if (i % 3 === 0) dataOf(await recordInstall(stack, randomUUID(), app.id, true, '2026-10-01T00:00:00.000Z n'));
    }
    const admin = asAdmin();
    const statements = async (first: number) => {
      const response = await catalogDirect<Page>(stack, admin, `query ($category: String, $first: Int) { storefront(category: $category, first: $first, sort: POPULARITY) {
        edges { node { id appUid directLink storefrontBlock capabilities { widgets } vendor { alias } isFree trialDays } } } }`,
        { category, first });
      expect(dataOf(response).storefront.edges).toHaveLength(first);
      return sqlStatementsOf(response);
    };
    expect(await statements(50)).toBe(await statements(10));
  });
});
