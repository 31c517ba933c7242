import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { makeVendor } from '../support/factories';
import {
  asAdmin, asEmployee, asModerator, asVendor, createApp, dataOf, ensureCategories, errorCode, gql, publish, type AppOverrides,
} from '../support/catalog-factories';
import { startTestStack, type TestStack } from '../support/stack';
import { sqlStatementsOf } from '../support/sql-statements';

/**
 * Issue 19, item 5, through the gateway: categories as a controlled vocabulary with counts,
 * storefront facets, screenshots, the vendor profile and Vendor.apps.
 */
describe('storefront content through the gateway', () => {
  let stack: TestStack;
  let vendor: Vendor;
  beforeAll(async () => {
    stack = await startTestStack();
    vendor = await makeVendor(stack.dataSources.catalog!);
  });
  afterAll(() => stack?.stop());

  const published = async (over: AppOverrides, by = vendor) => {
    const app = await createApp(stack, by, over);
    await publish(stack, by, app.id);
    return app;
  };

  it('categories: the vocabulary in display order with the apps each caller can see; unknown slugs are refused', async () => {
    const { categories } = dataOf(await gql<{ categories: { slug: string; name: string; nameEn: string; appCount: number }[] }>(
      stack, asAdmin(), '{ categories { slug name nameEn appCount } }'));
    expect(categories.slice(0, 2)).toEqual([
      { slug: 'crm', name: 'CRM', nameEn: 'CRM', appCount: 0 },
      { slug: 'telephony', name: 'Телефония', nameEn: 'Telephony', appCount: 0 },
    ]);
    const slug = `c-${randomUUID().slice(0, 8)}`;
    const CREATE = 'mutation ($s: String!, $n: String!) { createCategory(slug: $s, name: $n, nameEn: $n) { category { slug } userErrors { field message code } } }';
    const created = await gql<{ createCategory: { category: { slug: string } } }>(stack, asModerator, CREATE, { s: slug, n: 'Тест' });
    expect(dataOf(created).createCategory.category.slug).toBe(slug);
    // Issue 19, item 2: a slug taken is data at the slug field; who may add one stays a top-level FORBIDDEN.
    const taken = await gql(stack, asModerator, CREATE, { s: slug, n: 'x' });
    expect(taken.body.errors).toBeUndefined();
    expect(taken.body.data?.createCategory).toEqual({ category: null, userErrors: [{ field: ['slug'], code: 'CATEGORY_SLUG_TAKEN', message: expect.any(String) }] });
    const vendorTries = await gql(stack, asVendor(vendor), CREATE, { s: 'mine', n: 'x' });
    expect([vendorTries.body.errors?.[0]?.extensions?.code, vendorTries.body.data?.createCategory ?? null]).toEqual(['FORBIDDEN', null]);
    await published({ categories: [slug] });
    await published({ categories: ['crm', slug] });
    await createApp(stack, vendor, { categories: [slug] }); // a DRAFT: not counted
    const after = dataOf(await gql<{ categories: { slug: string; appCount: number }[] }>(stack, asAdmin(), '{ categories { slug appCount } }')).categories;
    expect(after.find((c) => c.slug === slug)?.appCount).toBe(2);
    // A category that is not in the vocabulary: refused, nothing written.
    const refused = await gql(stack, asVendor(vendor), 'mutation ($input: CreateAppInput!) { createApp(input: $input) { app { id } userErrors { field message code } } }',
      { input: { alias: `x-${randomUUID().slice(0, 8)}`, type: 'SERVER', name: 'x', categories: ['no-such-category'] } });
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data?.createApp).toEqual({ app: null, userErrors: [{ field: ['input', 'categories'], code: 'UNKNOWN_CATEGORY', message: expect.stringContaining('no-such-category') }] });
  });

  it('storefrontFacets: type, free/paid and category counts of the current search', async () => {
    const tag = `f-${randomUUID().slice(0, 8)}`;
    const other = `g-${randomUUID().slice(0, 8)}`;
    await ensureCategories(stack, [tag, other]);
    await published({ categories: [tag], type: 'SERVER' });
    await published({ categories: [tag, other], type: 'SERVER', priceKopecks: 50_000 });
    await published({ categories: [tag], type: 'TELEPHONY' });
    await createApp(stack, vendor, { categories: [tag] }); // DRAFT: not on the storefront
    const FACETS = `query ($category: String, $freeOnly: Boolean) { storefrontFacets(category: $category, freeOnly: $freeOnly) {
      totalCount free paid types { type count } categories { slug count category { name } } } }`;
    const facets = dataOf(await gql<{ storefrontFacets: Record<string, unknown> }>(stack, asAdmin(), FACETS, { category: tag })).storefrontFacets;
    expect(facets).toEqual({
      totalCount: 3, free: 2, paid: 1,
      types: [{ type: 'SERVER', count: 2 }, { type: 'TELEPHONY', count: 1 }],
      categories: [{ slug: tag, count: 3, category: { name: tag } }, { slug: other, count: 1, category: { name: other } }],
    });
    const free = dataOf(await gql<{ storefrontFacets: Record<string, unknown> }>(stack, asAdmin(), FACETS, { category: tag, freeOnly: true })).storefrontFacets;
    expect(free).toMatchObject({ totalCount: 2, free: 2, paid: 0 });
    expect(errorCode(await gql(stack, asEmployee(), FACETS, { category: tag }))).toBe('FORBIDDEN'); // DL-5
  });

  it('screenshots: https on public hosts, at most 10, in order', async () => {
    const shots = ['https://cdn.example.com/1.png', 'https://cdn.example.com/2.png'];
    const app = await createApp(stack, vendor, { screenshotUrls: shots } as AppOverrides);
    const { app: read } = dataOf(await gql<{ app: { screenshotUrls: string[] } }>(stack, asVendor(vendor), 'query ($id: ID!) { app(id: $id) { screenshotUrls } }', { id: app.id }));
    expect(read.screenshotUrls).toEqual(shots);
    const UPDATE = 'mutation ($id: ID!, $input: AppContentInput!) { updateApp(id: $id, input: $input) { app { screenshotUrls } userErrors { field message code } } }';
    const local = await gql(stack, asVendor(vendor), UPDATE, { id: app.id, input: { screenshotUrls: ['http://127.0.0.1/x.png'] } });
    // The argument's bound refuses it first (issue 14: https only), naming the item.
    expect(errorCode(local)).toBe('INPUT_INVALID_URL');
    expect(local.body.errors?.[0]?.extensions).toMatchObject({ field: 'input.screenshotUrls[0]' });
    // An https URL of a private address passes the bound; the service's egress check refuses it.
    const privateHost = await gql(stack, asVendor(vendor), UPDATE, { id: app.id, input: { screenshotUrls: ['https://127.0.0.1/x.png'] } });
    expect(privateHost.body.errors).toBeUndefined();
    expect(privateHost.body.data?.updateApp.userErrors).toEqual([{ field: ['input', 'screenshotUrls', '0'], code: 'APP_URL_INVALID', message: expect.any(String) }]);
    const many = await gql(stack, asVendor(vendor), UPDATE, { id: app.id, input: { screenshotUrls: Array.from({ length: 11 }, (_, i) => `https://cdn.example.com/${i}.png`) } });
    expect(errorCode(many)).toBe('INPUT_TOO_MANY_ITEMS');
  });

  it('the vendor profile: the vendor edits its own, a moderator any; bad fields are refused with their name', async () => {
    const own = await makeVendor(stack.dataSources.catalog!);
    const UPDATE = 'mutation ($input: VendorProfileInput!, $vendorId: ID) { updateVendorProfile(input: $input, vendorId: $vendorId) { vendor { id description websiteUrl supportEmail supportPhone logoUrl } userErrors { field message code } } }';
    const input = { description: 'Интеграции с маркетплейсами', websiteUrl: 'https://vendor.example.com', supportEmail: 'help@vendor.example.com', supportPhone: '+7 (495) 000-00-00' };
    expect(dataOf(await gql(stack, asVendor(own), UPDATE, { input }))).toEqual({ updateVendorProfile: { vendor: { id: own.id, ...input, logoUrl: null }, userErrors: [] } });
    expect(errorCode(await gql(stack, asVendor(vendor), UPDATE, { input, vendorId: own.id }))).toBe('FORBIDDEN');
    expect(dataOf(await gql(stack, asModerator, UPDATE, { input: { supportPhone: null }, vendorId: own.id }))).toMatchObject({ updateVendorProfile: { vendor: { supportPhone: null, supportEmail: input.supportEmail } } });
    // Issue 19, item 2: every refused field at once, each at its path, as data.
    const bad = await gql(stack, asVendor(own), UPDATE, { input: { supportEmail: 'not an address', websiteUrl: 'https://10.0.0.1/' } });
    expect(bad.body.errors).toBeUndefined();
    expect(bad.body.data?.updateVendorProfile.userErrors.map((e: { field: string[]; code: string }) => [e.field, e.code])).toEqual([
      [['input', 'websiteUrl'], 'VENDOR_PROFILE_INVALID'], [['input', 'supportEmail'], 'VENDOR_PROFILE_INVALID'],
    ]);
    const read = dataOf(await gql<{ vendor: Record<string, unknown> }>(stack, asAdmin(), 'query ($id: ID!) { vendor(id: $id) { description websiteUrl } }', { id: own.id }));
    expect(read.vendor).toEqual({ description: input.description, websiteUrl: input.websiteUrl });
  });

  it('Vendor.apps: PUBLISHED apps for everyone, every status for the vendor itself; pages; one statement for many vendors', async () => {
    const own = await makeVendor(stack.dataSources.catalog!);
    const later = <T>(make: () => Promise<T>) => { stack.clock.advance(1000); return make(); }; // newest first needs distinct times
    const live = [await later(() => published({}, own)), await later(() => published({}, own)), await later(() => published({}, own))];
    const draft = await later(() => createApp(stack, own, {}));
    const APPS = 'query ($id: ID!, $first: Int, $after: String) { vendor(id: $id) { apps(first: $first, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } } }';
    type Page = { vendor: { apps: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const ids = (page: Page) => page.vendor.apps.edges.map((e) => e.node.id);
    const publicView = dataOf(await gql<Page>(stack, asAdmin(), APPS, { id: own.id, first: 10 }));
    expect(ids(publicView)).toEqual(live.map((a) => a.id).reverse());
    const ownView = dataOf(await gql<Page>(stack, asVendor(own), APPS, { id: own.id, first: 10 }));
    expect(ids(ownView)).toEqual([draft.id, ...live.map((a) => a.id).reverse()]);
    expect(ids(dataOf(await gql<Page>(stack, asVendor(vendor), APPS, { id: own.id, first: 10 })))).not.toContain(draft.id);
    const first = dataOf(await gql<Page>(stack, asAdmin(), APPS, { id: own.id, first: 2 }));
    expect(first.vendor.apps.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await gql<Page>(stack, asAdmin(), APPS, { id: own.id, first: 2, after: first.vendor.apps.pageInfo.endCursor }));
    expect([...ids(first), ...ids(second)]).toEqual(live.map((a) => a.id).reverse());
    const COUNTED = 'query ($id: ID!) { vendor(id: $id) { apps(last: 2) { totalCount edges { node { id } } pageInfo { hasPreviousPage } } } }';
    const tail = dataOf(await gql<{ vendor: { apps: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasPreviousPage: boolean } } } }>(stack, asVendor(own), COUNTED, { id: own.id }));
    expect(tail.vendor.apps).toEqual({ totalCount: 4, edges: live.slice(0, 2).reverse().map((a) => ({ node: { id: a.id } })), pageInfo: { hasPreviousPage: true } });
    const publicCount = dataOf(await gql<{ vendor: { apps: { totalCount: number } } }>(stack, asAdmin(), COUNTED, { id: own.id }));
    expect(publicCount.vendor.apps.totalCount).toBe(3);
    // No N+1: the vendors list with their apps costs the same for 2 apps a vendor as for 10.
    const statements = async (n: number) => {
      const response = await gql(stack, asModerator, `{ vendors { id apps(first: ${n}) { edges { node { id name } } } } }`);
      expect(response.body.errors).toBeUndefined();
      return sqlStatementsOf(response);
    };
    expect(await statements(10)).toBe(await statements(2));
  });
});
