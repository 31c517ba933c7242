import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { makeVendor } from '../support/factories';
import {
  asModerator, asVendor, createApp, CUSTOM_ACCESS, dataOf, descriptor, gql, publish, VENDOR_API,
} from '../support/catalog-factories';
import { rowCounts } from '../bad-input/support/row-counts';
import { type UserErrorShape, userErrorsOf } from '../support/refusals';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * Issue 19, item 2, through the gateway and the real stack: the catalog's mutations answer a
 * refusal a form can show as data (HTTP 200, no `errors`), each user error at the path of the
 * argument it concerns, with a code of the mutation's own enum, and nothing written; where the
 * service checks several fields, every problem comes back at once. Who may call stays top-level.
 */
const PUBLIC_SCHEMA = buildSchema(readFileSync(path.join(__dirname, '../../web/schema.graphql'), 'utf8'));
const USER_ERRORS = 'userErrors { field message code }';

describe('errors as data: the catalog mutations', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());
  const catalog = () => stack.dataSources.catalog!;

  /** The user errors of a refusal that is data: HTTP 200, no top-level error, the payload's object null, each code in `<Mutation>ErrorCode`. */
  function refusedAsData(response: GraphQLResponse<unknown>, mutation: string, noun: string): UserErrorShape[] {
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const payload = (response.body.data as Record<string, Record<string, unknown>>)[mutation]!;
    expect(payload[noun]).toBeNull();
    const errors = userErrorsOf(response.body as Parameters<typeof userErrorsOf>[0], mutation);
    expect(errors.length).toBeGreaterThan(0);
    const enumType = PUBLIC_SCHEMA.getType(`${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}ErrorCode`);
    if (!isEnumType(enumType)) throw new Error(`no enum for ${mutation}`);
    const codes = enumType.getValues().map((v) => v.name);
    for (const error of errors) expect(codes).toContain(error.code);
    return errors;
  }
  const placed = (errors: UserErrorShape[]) => errors.map((e) => [e.field, e.code]);

  it('LC-2, PR-2, TR-1: createApp names every bad field of the form at once and writes nothing', async () => {
    const vendor = await makeVendor(catalog());
    const before = await rowCounts(stack);
    const response = await gql(stack, asVendor(vendor), `mutation ($input: CreateAppInput!) { createApp(input: $input) { app { id } secretKey ${USER_ERRORS} } }`, {
      input: {
        alias: 'Bad Alias', type: 'SERVER', name: 'Приложение', categories: ['no-such-category'],
        iconUrl: 'https://10.0.0.1/icon.png', priceKopecks: 70_000, trialDays: 20,
      },
    });
    expect(placed(refusedAsData(response, 'createApp', 'app'))).toEqual([
      [['input', 'alias'], 'INVALID_APP_ALIAS'],
      [['input', 'iconUrl'], 'APP_URL_INVALID'],
      [['input', 'categories'], 'UNKNOWN_CATEGORY'],
      [['input', 'priceKopecks'], 'PRICE_NOT_MULTIPLE_OF_500'],
      [['input', 'trialDays'], 'INVALID_TRIAL_LENGTH'],
    ]);
    expect(await rowCounts(stack)).toEqual(before);
  });

  it('LC-2, DL-3: updateApp refuses a non-DRAFT app for the request as a whole, another vendor’s app at id; regenerateAppSecret likewise', async () => {
    const [vendor, other] = [await makeVendor(catalog()), await makeVendor(catalog())];
    const { id } = await createApp(stack, vendor);
    dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { submitApp(id: $id) { app { status } ${USER_ERRORS} } }`, { id }));
    const UPDATE = `mutation ($id: ID!) { updateApp(id: $id, input: { name: "Другое" }) { app { name } ${USER_ERRORS} } }`;
    const before = await rowCounts(stack);
    expect(placed(refusedAsData(await gql(stack, asVendor(vendor), UPDATE, { id }), 'updateApp', 'app'))).toEqual([[null, 'APP_NOT_EDITABLE']]);
    expect(placed(refusedAsData(await gql(stack, asVendor(other), UPDATE, { id }), 'updateApp', 'app'))).toEqual([[['id'], 'NOT_FOUND']]);
    const regenerate = await gql(stack, asVendor(vendor), `mutation ($id: ID!) { regenerateAppSecret(id: $id) { secretKey ${USER_ERRORS} } }`, { id });
    expect(placed(refusedAsData(regenerate, 'regenerateAppSecret', 'secretKey'))).toEqual([[null, 'SECRET_REGENERATION_NOT_ALLOWED']]);
    expect(await rowCounts(stack)).toEqual(before);
    const { vendorApp } = dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { name status } }`, { id }));
    expect(vendorApp).toEqual({ name: 'Тестовое приложение', status: 'READY' });
  });

  it('LC-2, LC-4: lifecycle moves refuse as data; who may move stays a top-level FORBIDDEN', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000 });
    const move = (identity: Parameters<typeof gql>[1], mutation: string, reason?: string) => reason === undefined
      ? gql(stack, identity, `mutation ($id: ID!) { ${mutation}(id: $id) { app { status } ${USER_ERRORS} } }`, { id })
      : gql(stack, identity, `mutation ($id: ID!, $reason: String!) { ${mutation}(id: $id, reason: $reason) { app { status } ${USER_ERRORS} } }`, { id, reason });
    const before = await rowCounts(stack);
    expect(placed(refusedAsData(await move(asModerator, 'publishApp'), 'publishApp', 'app'))).toEqual([[null, 'APP_NOT_READY']]);
    expect(placed(refusedAsData(await move(asModerator, 'showApp'), 'showApp', 'app'))).toEqual([[null, 'APP_NOT_HIDDEN']]);
    const forbidden = await move(asVendor(vendor), 'publishApp');
    expect([forbidden.body.errors?.[0]?.extensions?.code, forbidden.body.data]).toEqual(['FORBIDDEN', null]);
    expect(await rowCounts(stack)).toEqual(before);

    dataOf(await move(asVendor(vendor), 'submitApp'));
    expect(placed(refusedAsData(await move(asVendor(vendor), 'submitApp'), 'submitApp', 'app'))).toEqual([[null, 'APP_NOT_DRAFT']]);
    expect(placed(refusedAsData(await move(asModerator, 'returnApp', '   '), 'returnApp', 'app'))).toEqual([[['reason'], 'RETURN_REASON_REQUIRED']]);
    dataOf(await move(asModerator, 'publishApp'));
    expect(placed(refusedAsData(await move(asModerator, 'hideApp'), 'hideApp', 'app'))).toEqual([[null, 'ONLY_FREE_APPS_CAN_BE_HIDDEN']]);
    const { vendorApp } = dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { status transitions { toStatus } } }`, { id }));
    expect(vendorApp).toEqual({ status: 'PUBLISHED', transitions: [{ toStatus: 'DRAFT' }, { toStatus: 'READY' }, { toStatus: 'PUBLISHED' }] });
  });

  it('PR-2, TR-1, PC-2, TR-6: changeAppPricing names priceKopecks and trialDays (top-level arguments), both at once', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 50_000, trialDays: 7 });
    const PRICING = `mutation ($id: ID!, $price: Int, $trial: Int) { changeAppPricing(appId: $id, priceKopecks: $price, trialDays: $trial) { app { priceKopecks } ${USER_ERRORS} } }`;
    const before = await rowCounts(stack);
    expect(placed(refusedAsData(await gql(stack, asVendor(vendor), PRICING, { id, price: 70_000, trial: 15 }), 'changeAppPricing', 'app'))).toEqual([
      [['priceKopecks'], 'PRICE_NOT_MULTIPLE_OF_500'], [['trialDays'], 'INVALID_TRIAL_LENGTH'],
    ]);
    expect(await rowCounts(stack)).toEqual(before);
    await publish(stack, vendor, id);
    const afterPublish = await rowCounts(stack);
    expect(placed(refusedAsData(await gql(stack, asVendor(vendor), PRICING, { id, price: 100_000, trial: 10 }), 'changeAppPricing', 'app'))).toEqual([
      [['priceKopecks'], 'PRICE_CHANGE_REQUIRES_MODERATOR'], [['trialDays'], 'TRIAL_CHANGE_REQUIRES_MODERATOR'],
    ]);
    expect(placed(refusedAsData(await gql(stack, asModerator, PRICING, { id: randomUUID(), price: 100_000, trial: 10 }), 'changeAppPricing', 'app'))).toEqual([
      [['appId'], 'NOT_FOUND'],
    ]);
    expect(await rowCounts(stack)).toEqual(afterPublish);
  });

  it('uploadAppDescriptor: every problem at ["xml"] with its element and line; a retry with the same key gets the same answer; nothing stored', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { type: 'SERVER' });
    const UPLOAD = `mutation ($id: ID!, $xml: String!, $key: String) { uploadAppDescriptor(appId: $id, xml: $xml, idempotencyKey: $key) { descriptor { version } ${USER_ERRORS} } }`;
    const xml = descriptor(['', VENDOR_API, '<gadgets/>', CUSTOM_ACCESS.replace('<employee><view/></employee>', '<spaceshipLaunch><view/></spaceshipLaunch>'), ''].join('\n'));
    const key = randomUUID();
    const before = await rowCounts(stack);
    const first = refusedAsData(await gql(stack, asVendor(vendor), UPLOAD, { id, xml, key }), 'uploadAppDescriptor', 'descriptor');
    expect(first).toEqual([
      { field: ['xml'], code: 'DESCRIPTOR_UNKNOWN_ELEMENT', message: 'descriptor element <ServerApplication/gadgets> (line 4): not a descriptor v2 block' },
      { field: ['xml'], code: 'DESCRIPTOR_UNKNOWN_ENTITY', message: expect.stringMatching(/^descriptor element <ServerApplication\/access\/permissions\/spaceshipLaunch> \(line 6\): /) },
    ]);
    // Not well-formed: one problem (parsing stops there), with where it broke.
    const broken = refusedAsData(await gql(stack, asVendor(vendor), UPLOAD, { id, xml: descriptor('<vendorApi><endpointBase>https://a.example</vendorApi>') }), 'uploadAppDescriptor', 'descriptor');
    expect(placed(broken)).toEqual([[['xml'], 'DESCRIPTOR_MALFORMED']]);
    expect(broken[0]!.message).toMatch(/^descriptor is not well-formed XML in <ServerApplication\/vendorApi>: 2:\d+: /);
    // A refusal stores no key: the retry runs again and is refused the same way (docs/API.md, "Retries and idempotency").
    expect(refusedAsData(await gql(stack, asVendor(vendor), UPLOAD, { id, xml, key }), 'uploadAppDescriptor', 'descriptor')).toEqual(first);
    expect(await rowCounts(stack)).toEqual(before);
    // Fixed, the same key makes the version.
    const fixed = await gql(stack, asVendor(vendor), UPLOAD, { id, xml: descriptor(VENDOR_API + CUSTOM_ACCESS), key });
    expect(fixed.body).toEqual({ data: { uploadAppDescriptor: { descriptor: { version: 1 }, userErrors: [] } } });
  });

  it('createVendor, updateVendorProfile and createCategory: moderator forms with their fields named, several at once', async () => {
    const before = await rowCounts(stack);
    const vendor = await gql(stack, asModerator, `mutation ($alias: String!) { createVendor(alias: $alias, name: "Сигма") { vendor { id } ${USER_ERRORS} } }`, { alias: 'Not An Alias' });
    expect(placed(refusedAsData(vendor, 'createVendor', 'vendor'))).toEqual([[['alias'], 'INVALID_VENDOR_ALIAS']]);
    const category = await gql(stack, asModerator, `mutation { createCategory(slug: "Not A Slug", name: "Тест", nameEn: "Test") { category { slug } ${USER_ERRORS} } }`);
    expect(placed(refusedAsData(category, 'createCategory', 'category'))).toEqual([[['slug'], 'INVALID_CATEGORY']]);
    expect(await rowCounts(stack)).toEqual(before);

    const own = await makeVendor(catalog());
    const PROFILE = `mutation ($input: VendorProfileInput!, $vendorId: ID) { updateVendorProfile(input: $input, vendorId: $vendorId) { vendor { id } ${USER_ERRORS} } }`;
    const input = { description: 'x'.repeat(2_001), websiteUrl: 'https://192.168.0.1/', supportEmail: 'nobody', supportPhone: 'call me' };
    expect(placed(refusedAsData(await gql(stack, asVendor(own), PROFILE, { input }), 'updateVendorProfile', 'vendor'))).toEqual([
      [['input', 'description'], 'VENDOR_PROFILE_INVALID'], [['input', 'websiteUrl'], 'VENDOR_PROFILE_INVALID'],
      [['input', 'supportEmail'], 'VENDOR_PROFILE_INVALID'], [['input', 'supportPhone'], 'VENDOR_PROFILE_INVALID'],
    ]);
    expect(placed(refusedAsData(await gql(stack, asModerator, PROFILE, { input: { description: 'ok' } }), 'updateVendorProfile', 'vendor'))).toEqual([[['vendorId'], 'BAD_USER_INPUT']]);
    expect(placed(refusedAsData(await gql(stack, asModerator, PROFILE, { input: { description: 'ok' }, vendorId: randomUUID() }), 'updateVendorProfile', 'vendor'))).toEqual([[['vendorId'], 'NOT_FOUND']]);
    const [row] = await catalog().query('SELECT description, website_url, support_email FROM vendors WHERE id = $1', [own.id]);
    expect([row.description.length, row.website_url, row.support_email]).toEqual([own.description?.length ?? 0, null, null]);
  });
});
