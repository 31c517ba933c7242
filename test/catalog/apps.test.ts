import { systemClock } from '@appmarket/core';
import { IdempotencyKeys } from '@appmarket/db';
import { App } from '@appmarket/catalog/src/apps/app.entity';
import { AppService } from '@appmarket/catalog/src/apps/app.service';
import { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { VendorService } from '@appmarket/catalog/src/vendors/vendor.service';
import { makeApp, makeVendor } from '../support/factories';
import {
  asAdmin, asModerator, asService, asVendor, catalogDirect, createApp, CREATE_APP, dataOf, errorCode, gql,
} from '../support/catalog-factories';
import { userErrorsOf } from '../support/refusals';
import { startTestStack, type TestStack } from '../support/stack';

/** Vendors and apps: aliases, appUid, secret key, content, capabilities (TY-1, TY-3, TY-4), vendor cabinet. */
describe('catalog: vendors and apps', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());
  const catalog = () => stack.dataSources.catalog!;

  it('a vendor creates a DRAFT app with content in both languages; appUid is <appAlias>.<vendorAlias>', async () => {
    const vendor = await makeVendor(catalog(), { alias: 'sigma-test' });
    const created = await createApp(stack, vendor, {
      alias: 'ozon-sync', name: 'Интеграция с Ozon', nameEn: 'Ozon Integration', shortDescription: 'Заказы Ozon',
      shortDescriptionEn: 'Ozon orders', description: 'Полное описание', descriptionEn: 'Full description',
      categories: ['marketplaces', 'ecommerce'], iconUrl: 'https://cdn.example.com/ozon.png',
    });
    expect(created.appUid).toBe('ozon-sync.sigma-test');
    const { vendorApp } = dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) {
      status name nameEn shortDescription shortDescriptionEn description descriptionEn category categories iconUrl } }`, { id: created.id }));
    expect(vendorApp).toEqual({
      status: 'DRAFT', name: 'Интеграция с Ozon', nameEn: 'Ozon Integration', shortDescription: 'Заказы Ozon', shortDescriptionEn: 'Ozon orders',
      description: 'Полное описание', descriptionEn: 'Full description', category: 'marketplaces', categories: ['marketplaces', 'ecommerce'],
      iconUrl: 'https://cdn.example.com/ozon.png',
    });
  });

  it('a moderator registers vendors; a vendor alias is unique', async () => {
    const create = (identity: Parameters<typeof gql>[1], alias: string) =>
      gql(stack, identity, `mutation ($alias: String!) { createVendor(alias: $alias, name: "Сигма") { vendor { id alias } userErrors { field message code } } }`, { alias });
    const created = dataOf(await create(asModerator, 'new-vendor')).createVendor.vendor;
    expect(created.alias).toBe('new-vendor');
    // Issue 19, item 2: both are data at the alias field of the moderator's form.
    const taken = await create(asModerator, 'new-vendor');
    expect(taken.body.errors).toBeUndefined();
    expect(taken.body.data?.createVendor).toEqual({ vendor: null, userErrors: [{ field: ['alias'], code: 'VENDOR_ALIAS_TAKEN', message: expect.any(String) }] });
    expect(userErrorsOf((await create(asModerator, 'New Vendor')).body).map((e) => [e.field, e.code])).toEqual([[['alias'], 'INVALID_VENDOR_ALIAS']]);
    expect(errorCode(await create(asVendor({ id: created.id }), 'other-vendor'))).toBe('FORBIDDEN');
  });

  it('an alias is unique per vendor, and another vendor may use it', async () => {
    const [a, b] = [await makeVendor(catalog()), await makeVendor(catalog())];
    await createApp(stack, a, { alias: 'crm-sync' });
    const again = await gql(stack, asVendor(a), CREATE_APP, { input: { alias: 'crm-sync', type: 'SERVER', name: 'x', categories: [] } });
    // Issue 19, item 2: a refusal a form can show is data, next to the field it concerns.
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data).toEqual({ createApp: { app: null, secretKey: null, userErrors: [{ field: ['input', 'alias'], code: 'APP_ALIAS_TAKEN', message: expect.any(String) }] } });
    await expect(createApp(stack, b, { alias: 'crm-sync' })).resolves.toMatchObject({ id: expect.any(String) });
    const bad = await gql(stack, asVendor(a), CREATE_APP, { input: { alias: 'Bad Alias', type: 'SERVER', name: 'x', categories: [] } });
    expect(errorCode(bad)).toBe('INVALID_APP_ALIAS');
  });

  it('the alias never changes: the edit input has no alias', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { alias: 'fixed' });
    const response = await gql(stack, asVendor(vendor), `mutation ($id: ID!) { updateApp(id: $id, input: { alias: "other" }) { app { alias } } }`, { id });
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    const updated = dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { updateApp(id: $id, input: { nameEn: "Renamed" }) { app { alias nameEn } userErrors { code } } }`, { id }));
    expect(updated.updateApp).toEqual({ app: { alias: 'fixed', nameEn: 'Renamed' }, userErrors: [] });
  });

  it('the secret key is shown once at creation, serves other subgraphs only, and is regenerated only while DRAFT', async () => {
    const vendor = await makeVendor(catalog());
    const { id, secretKey } = await createApp(stack, vendor);
    expect(secretKey).toMatch(/^[0-9a-f]{64}$/);
    const secretOf = async () => dataOf(await catalogDirect<{ app: { signingSecret: string } }>(stack, asService, `query ($id: ID!) { app(id: $id) { signingSecret } }`, { id })).app.signingSecret;
    expect(await secretOf()).toBe(secretKey);
    // @inaccessible: the gateway does not serve it, and the subgraph refuses anyone but a service.
    expect(errorCode(await gql(stack, asModerator, `query ($id: ID!) { app(id: $id) { signingSecret } }`, { id }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(await catalogDirect(stack, asVendor(vendor), `query ($id: ID!) { app(id: $id) { signingSecret } }`, { id }))).toBe('FORBIDDEN');

    const REGENERATE = `mutation ($id: ID!) { regenerateAppSecret(id: $id) { secretKey userErrors { field message code } } }`;
    const regenerated = dataOf(await gql<{ regenerateAppSecret: { secretKey: string } }>(stack, asVendor(vendor), REGENERATE, { id })).regenerateAppSecret.secretKey;
    expect(regenerated).not.toBe(secretKey);
    expect(await secretOf()).toBe(regenerated);

    dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { submitApp(id: $id) { app { id } userErrors { code } } }`, { id }));
    const refused = await gql(stack, asVendor(vendor), REGENERATE, { id });
    expect(refused.body.data?.regenerateAppSecret).toEqual({ secretKey: null, userErrors: [{ field: null, code: 'SECRET_REGENERATION_NOT_ALLOWED', message: expect.any(String) }] });
    expect(await secretOf()).toBe(regenerated);
  });

  it('TY-1: apps are of four types, and no other', async () => {
    const vendor = await makeVendor(catalog());
    for (const type of ['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY']) {
      await expect(createApp(stack, vendor, { type })).resolves.toMatchObject({ id: expect.any(String) });
    }
    const other = await gql(stack, asVendor(vendor), CREATE_APP, { input: { alias: 'widget-x', type: 'WIDGET', name: 'x', categories: [] } });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
  });

  it('TY-3: capabilities and the storefront block are fields of App, per the matrix', async () => {
    const vendor = await makeVendor(catalog());
    const rows: Record<string, unknown> = {};
    for (const type of ['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY']) {
      const { id } = await createApp(stack, vendor, { type });
      const { vendorApp } = dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { storefrontBlock capabilities {
        iframeTab expandedIframe vendorApiActivation jsonApiToken developerAccountDebugging phoneApi loyaltyApi widgets storefrontBlock } } }`, { id }));
      rows[type] = vendorApp;
    }
    const caps = (flags: string, block: string) => {
      const on = flags.split(' ');
      return {
        storefrontBlock: block,
        capabilities: {
          iframeTab: on.includes('iframe'), expandedIframe: on.includes('iframe'), vendorApiActivation: on.includes('vendorApi'),
          jsonApiToken: on.includes('jsonApi'), developerAccountDebugging: on.includes('debug'), phoneApi: on.includes('phone'),
          loyaltyApi: on.includes('loyalty'), widgets: on.includes('widgets'), storefrontBlock: block,
        },
      };
    };
    expect(rows).toEqual({
      TELEPHONY: caps('debug phone', 'CALLS'),
      IFRAME: caps('iframe debug', 'NEW'),
      SERVER: caps('iframe vendorApi jsonApi debug widgets', 'NEW'),
      LOYALTY: caps('loyalty', 'DISCOUNTS'),
    });
  });

  it('TY-4: a LOYALTY app is debugged through the Loyalty API test app, the others on a developer account', async () => {
    const vendor = await makeVendor(catalog());
    const loyalty = await createApp(stack, vendor, { type: 'LOYALTY' });
    const server = await createApp(stack, vendor, { type: 'SERVER' });
    const debugging = async (id: string) =>
      dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { capabilities { debugging developerAccountDebugging } } }`, { id })).vendorApp.capabilities;
    expect(await debugging(loyalty.id)).toEqual({ debugging: 'LOYALTY_TEST_APP', developerAccountDebugging: false });
    expect(await debugging(server.id)).toEqual({ debugging: 'DEVELOPER_ACCOUNT', developerAccountDebugging: true });
  });

  it('vendor cabinet: a vendor sees and edits only its own apps; a moderator sees all', async () => {
    const [mine, theirs] = [await makeVendor(catalog()), await makeVendor(catalog())];
    const own = await createApp(stack, mine);
    const other = await createApp(stack, theirs);
    const list = dataOf(await gql(stack, asVendor(mine), `{ vendorApps(first: 100) { edges { node { id } } } }`));
    expect(list.vendorApps.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([own.id]);
    expect(errorCode(await gql(stack, asVendor(mine), `query ($id: ID!) { vendorApp(id: $id) { id } }`, { id: other.id }))).toBe('NOT_FOUND');
    // DL-3: another vendor's app is NOT_FOUND, named at the id argument (issue 19, item 2).
    const edit = await gql(stack, asVendor(mine), `mutation ($id: ID!) { updateApp(id: $id, input: { name: "x" }) { app { id } userErrors { field code } } }`, { id: other.id });
    expect(edit.body.data?.updateApp).toEqual({ app: null, userErrors: [{ field: ['id'], code: 'NOT_FOUND' }] });
    expect(errorCode(await gql(stack, asVendor(mine), `mutation ($id: ID!) { submitApp(id: $id) { app { id } userErrors { code } } }`, { id: other.id }))).toBe('NOT_FOUND');
    const all = dataOf(await gql(stack, asModerator, `query ($v: ID) { vendorApps(first: 100, vendorId: $v) { edges { node { id } } } }`, { v: theirs.id }));
    expect(all.vendorApps.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([other.id]);
    expect(errorCode(await gql(stack, asAdmin(), `{ vendorApps(first: 1) { edges { cursor } } }`))).toBe('FORBIDDEN');
    expect(errorCode(await gql(stack, null, `{ vendorApps(first: 1) { edges { cursor } } }`))).toBe('UNAUTHENTICATED');
  });

  it('issue 17, item 3: the hot reads by id (EntityReader) give exactly what the query builder gives', async () => {
    const vendors = [await makeVendor(catalog(), { websiteUrl: 'https://example.com', supportEmail: null }), await makeVendor(catalog())];
    const apps = [
      await makeApp(catalog(), vendors[0]!, { priceKopecks: 150_000, trialDays: 14, categories: ['crm', 'sales'], screenshotUrls: ['https://cdn.example.com/1.png'] }),
      await makeApp(catalog(), vendors[1]!, { priceKopecks: null, iconUrl: null, publishedAt: new Date(Date.UTC(2026, 1, 3, 4, 5, 6, 789)) }),
    ];
    const idempotency = new IdempotencyKeys(catalog(), systemClock, { retentionMs: 60_000 });
    const appIds = [...apps.map((a) => a.id), '00000000-0000-4000-8000-000000000000'];
    const vendorIds = vendors.map((v) => v.id);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const read = byId(await new AppService(catalog(), systemClock, idempotency).findByIds(appIds));
    const built = byId(await catalog().getRepository(App).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids: appIds }).getMany());
    expect(read).toHaveLength(2);
    expect(read).toStrictEqual(built);
    expect(read.every((app) => app instanceof App)).toBe(true);
    expect(read.find((app) => app.id === apps[1]!.id)!.publishedAt).toEqual(new Date(Date.UTC(2026, 1, 3, 4, 5, 6, 789)));
    const readVendors = byId(await new VendorService(catalog(), systemClock, idempotency).findByIds(vendorIds));
    const builtVendors = byId(await catalog().getRepository(Vendor).createQueryBuilder('v').where('v.id = ANY(:ids)', { ids: vendorIds }).getMany());
    expect(readVendors).toHaveLength(2);
    expect(readVendors).toStrictEqual(builtVendors);
    expect(readVendors.every((vendor) => vendor instanceof Vendor)).toBe(true);
  });
});
