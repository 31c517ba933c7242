import { makeVendor } from '../support/factories';
import {
  asAdmin, asModerator, asService, asVendor, catalogDirect, createApp, publish, CUSTOM_ACCESS, dataOf, descriptor, errorCode, gql, VENDOR_API, V2_NS,
} from '../support/catalog-factories';
import { startTestStack, type TestStack } from '../support/stack';

const UPLOAD = `mutation ($id: ID!, $xml: String!) { uploadAppDescriptor(appId: $id, xml: $xml) { descriptor { version createdAt } userErrors { field message code } } }`;
const ACCESS = `query ($id: ID!) { app(id: $id) { access { descriptorVersion scope flags permissions { entity operations } } vendorApi { endpointBase additionalEvents } } }`;

/** Descriptors through the API: versions, AR-1 access for installs, refusals that store nothing. */
describe('catalog: descriptors', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());
  const catalog = () => stack.dataSources.catalog!;
  const versionsIn = async (appId: string) => Number((await catalog().query(`SELECT count(*) AS n FROM app_descriptors WHERE app_id = $1`, [appId]))[0].n);

  it('AR-1: the current version’s access block and vendorApi are served in the shape accounts copies', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { type: 'SERVER' });
    expect(dataOf(await gql(stack, asVendor(vendor), UPLOAD, { id, xml: descriptor(VENDOR_API + CUSTOM_ACCESS) })).uploadAppDescriptor.descriptor.version).toBe(1);
    const admin = descriptor(VENDOR_API.replace('</vendorApi>', '<additionalEvents><updatePermissions/></additionalEvents></vendorApi>') +
      '<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>admin</scope></access>');
    const custom = dataOf(await catalogDirect(stack, asService, ACCESS, { id })).app;
    expect(custom).toEqual({
      access: {
        descriptorVersion: 1, scope: 'CUSTOM', flags: ['viewDashboard'],
        permissions: [{ entity: 'phonecall', operations: ['VIEW', 'CREATE', 'UPDATE', 'DELETE'] }, { entity: 'employee', operations: ['VIEW'] }],
      },
      vendorApi: { endpointBase: 'https://vendor.example.com/app', additionalEvents: [] },
    });
    expect(dataOf(await gql(stack, asVendor(vendor), UPLOAD, { id, xml: admin })).uploadAppDescriptor.descriptor.version).toBe(2);
    expect(dataOf(await catalogDirect(stack, asService, ACCESS, { id })).app).toEqual({
      access: { descriptorVersion: 2, scope: 'ADMIN', flags: [], permissions: [] },
      vendorApi: { endpointBase: 'https://vendor.example.com/app', additionalEvents: ['updatePermissions'] },
    });
    const { vendorApp } = dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { descriptors { version } } }`, { id }));
    expect(vendorApp.descriptors).toEqual([{ version: 2 }, { version: 1 }]);
  });

  it('AR-1: an app without API access has access null', async () => {
    const vendor = await makeVendor(catalog());
    const server = await createApp(stack, vendor, { type: 'SERVER' });
    const loyalty = await createApp(stack, vendor, { type: 'LOYALTY' });
    dataOf(await gql(stack, asVendor(vendor), UPLOAD, { id: server.id, xml: descriptor(VENDOR_API) }));
    dataOf(await gql(stack, asVendor(vendor), UPLOAD, { id: loyalty.id, xml: descriptor('<loyaltyApi/>') }));
    for (const id of [server.id, loyalty.id]) expect(dataOf(await catalogDirect(stack, asService, ACCESS, { id })).app.access).toBeNull();
  });

  it('accepts a valid descriptor of each type', async () => {
    const vendor = await makeVendor(catalog());
    const valid: Record<string, string> = {
      SERVER: descriptor(VENDOR_API + CUSTOM_ACCESS + '<widgets><entity.customerorder.edit><sourceUrl>https://vendor.example.com/w</sourceUrl></entity.customerorder.edit></widgets>'),
      IFRAME: descriptor('<iframes><iframe type="main" sourceUrl="https://vendor.example.com/main"/></iframes>'),
      LOYALTY: descriptor('<loyaltyApi/>'),
      TELEPHONY: descriptor(''),
    };
    for (const [type, xml] of Object.entries(valid)) {
      const { id } = await createApp(stack, vendor, { type });
      expect(dataOf(await gql(stack, asVendor(vendor), UPLOAD, { id, xml })).uploadAppDescriptor.descriptor.version).toBe(1);
    }
  });

  it('a refused descriptor names the element, its line and the reason at the xml argument, and stores nothing', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { type: 'IFRAME' });
    const response = await gql(stack, asVendor(vendor), UPLOAD, { id, xml: descriptor(VENDOR_API) });
    // Issue 19, item 2: the refusal is data, next to the descriptor field of the form.
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.uploadAppDescriptor).toEqual({
      descriptor: null,
      userErrors: [{ field: ['xml'], code: 'DESCRIPTOR_FORBIDDEN_ELEMENT', message: 'descriptor element <ServerApplication/vendorApi> (line 2): not allowed for IFRAME apps (TY-3)' }],
    });
    const bad = await gql(stack, asVendor(vendor), UPLOAD, { id, xml: descriptor('<iframes><iframe type="main" sourceUrl="https://a.example"/></iframes>', `${V2_NS}x`) });
    expect(errorCode(bad)).toBe('DESCRIPTOR_WRONG_ROOT');
    expect(await versionsIn(id)).toBe(0);
  });

  it('XXE, billion laughs and oversized input are refused at once, with nothing stored', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { type: 'SERVER' });
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ServerApplication xmlns="${V2_NS}"><vendorApi><endpointBase>&xxe;</endpointBase></vendorApi></ServerApplication>`;
    const lol = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><ServerApplication xmlns="${V2_NS}">&lol10;</ServerApplication>`;
    const oversized = descriptor(`${VENDOR_API}<!--${'a'.repeat(80 * 1024)}-->`);
    for (const [xml, code] of [[xxe, 'DESCRIPTOR_DTD_FORBIDDEN'], [laughs, 'DESCRIPTOR_DTD_FORBIDDEN'], [oversized, 'DESCRIPTOR_TOO_LARGE']] as const) {
      expect(errorCode(await gql(stack, asVendor(vendor), UPLOAD, { id, xml }))).toBe(code);
      // "At once": refused before any parsing or database work, so not one SQL statement ran.
      const direct = await catalogDirect(stack, asVendor(vendor), UPLOAD, { id, xml });
      expect(errorCode(direct)).toBe(code);
      expect(direct.headers.get('x-sql-statements') ?? '0').toBe('0');
    }
    expect(await versionsIn(id)).toBe(0);
  });

  it('issue 19 item 6: vendorApi.endpointBase (the vendor’s server) is owner-only: null with FORBIDDEN at its path for others, the rest of the block kept', async () => {
    const [mine, theirs] = [await makeVendor(catalog()), await makeVendor(catalog())];
    const { id } = await createApp(stack, mine, { type: 'SERVER' });
    dataOf(await gql(stack, asVendor(mine), UPLOAD, { id, xml: descriptor(VENDOR_API) }));
    await publish(stack, mine, id);
    const VENDOR_API_OF = `query ($id: ID!) { app(id: $id) { id vendorApi { endpointBase additionalEvents } } }`;
    for (const reader of [asVendor(theirs), asAdmin()]) {
      const response = await gql(stack, reader, VENDOR_API_OF, { id });
      expect(response.body).toEqual({
        data: { app: { id, vendorApi: { endpointBase: null, additionalEvents: [] } } },
        errors: [expect.objectContaining({ path: ['app', 'vendorApi', 'endpointBase'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })],
      });
    }
    for (const owner of [asVendor(mine), asModerator]) {
      expect(dataOf(await gql(stack, owner, VENDOR_API_OF, { id })).app.vendorApi.endpointBase).toBe('https://vendor.example.com/app');
    }
  });

  it('only the app’s vendor or a moderator uploads; services read the access block', async () => {
    const [mine, theirs] = [await makeVendor(catalog()), await makeVendor(catalog())];
    const { id } = await createApp(stack, mine, { type: 'TELEPHONY' });
    expect((await gql(stack, asVendor(theirs), UPLOAD, { id, xml: descriptor('') })).body.data?.uploadAppDescriptor.userErrors)
      .toEqual([{ field: ['appId'], code: 'NOT_FOUND', message: expect.any(String) }]);
    expect(dataOf(await gql(stack, asModerator, UPLOAD, { id, xml: descriptor('') })).uploadAppDescriptor.descriptor.version).toBe(1);
  });
});
