import 'reflect-metadata';
import { DomainError } from '@appmarket/core';
import { AppType } from '../../apps/app.enums';
import { DESCRIPTOR_V2_NAMESPACE, validateDescriptor } from '../descriptor.validator';

const d = (blocks: string, ns = DESCRIPTOR_V2_NAMESPACE) => `<?xml version="1.0" encoding="UTF-8"?><ServerApplication xmlns="${ns}">${blocks}</ServerApplication>`;
const VENDOR_API = '<vendorApi><endpointBase>https://vendor.example.com/app</endpointBase></vendorApi>';
const access = (scope: string, permissions = '') =>
  `<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>${scope}</scope>${permissions}</access>`;

/** The refusal a descriptor gets: its code, and the element it names. */
function refusal(xml: string, type: AppType): { code: string; element: unknown; message: string } {
  try {
    validateDescriptor(xml, type);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, element: error.details.element, message: error.message };
    throw error;
  }
  throw new Error('the descriptor was accepted');
}

describe('descriptor v2 validation', () => {
  it('AR-1: accepts a valid SERVER descriptor with a custom access block and returns it for installs to freeze', () => {
    const xml = d(`${VENDOR_API.replace('</vendorApi>', '<additionalEvents><updatePermissions/></additionalEvents></vendorApi>')}
      ${access('custom', '<permissions><viewDashboard/><useOwnWebhooks/><phonecall><view/><update/><delete/></phonecall><employee><view/><print/></employee></permissions>')}
      <iframes><iframe type="main" sourceUrl="https://vendor.example.com/main"/></iframes>
      <widgets><entity.counterparty.edit><sourceUrl>https://vendor.example.com/w</sourceUrl><height><fixed>50px</fixed></height></entity.counterparty.edit></widgets>`);
    expect(validateDescriptor(xml, AppType.SERVER)).toEqual({
      vendorApi: { endpointBase: 'https://vendor.example.com/app', additionalEvents: ['updatePermissions'] },
      access: {
        scope: 'CUSTOM',
        flags: ['viewDashboard', 'useOwnWebhooks'],
        permissions: [
          { entity: 'phonecall', operations: ['VIEW', 'UPDATE', 'DELETE'] },
          { entity: 'employee', operations: ['VIEW', 'PRINT'] },
        ],
      },
    });
  });

  it('AR-1: accepts the admin scope, with no permission list', () => {
    expect(validateDescriptor(d(VENDOR_API + access('admin')), AppType.SERVER).access).toEqual({ scope: 'ADMIN', permissions: [], flags: [] });
  });

  it('accepts a valid descriptor of each other type', () => {
    expect(validateDescriptor(d('<iframes><iframe type="main" sourceUrl="https://x.example/a"/></iframes>'), AppType.IFRAME)).toEqual({ access: null, vendorApi: null });
    expect(validateDescriptor(d('<iframe><sourceUrl>https://x.example/a</sourceUrl><expand>true</expand></iframe>'), AppType.IFRAME)).toEqual({ access: null, vendorApi: null });
    expect(validateDescriptor(d('<loyaltyApi/>'), AppType.LOYALTY)).toEqual({ access: null, vendorApi: null });
    expect(validateDescriptor(d(''), AppType.TELEPHONY)).toEqual({ access: null, vendorApi: null });
  });

  it.each<[string, string, AppType, string, string]>([
    ['a SERVER app without vendorApi', '', AppType.SERVER, 'DESCRIPTOR_MISSING_ELEMENT', 'ServerApplication/vendorApi'],
    ['vendorApi without endpointBase', '<vendorApi></vendorApi>', AppType.SERVER, 'DESCRIPTOR_MISSING_ELEMENT', 'ServerApplication/vendorApi/endpointBase'],
    ['an endpointBase that is no URL', '<vendorApi><endpointBase>not a url</endpointBase></vendorApi>', AppType.SERVER, 'DESCRIPTOR_INVALID_VALUE', 'ServerApplication/vendorApi/endpointBase'],
    ['vendorApi on an IFRAME app', VENDOR_API, AppType.IFRAME, 'DESCRIPTOR_FORBIDDEN_ELEMENT', 'ServerApplication/vendorApi'],
    ['widgets on an IFRAME app', '<widgets><x><sourceUrl>https://a.example</sourceUrl></x></widgets>', AppType.IFRAME, 'DESCRIPTOR_FORBIDDEN_ELEMENT', 'ServerApplication/widgets'],
    ['a LOYALTY app without loyaltyApi', '', AppType.LOYALTY, 'DESCRIPTOR_MISSING_ELEMENT', 'ServerApplication/loyaltyApi'],
    ['loyaltyApi on a SERVER app', VENDOR_API + '<loyaltyApi/>', AppType.SERVER, 'DESCRIPTOR_FORBIDDEN_ELEMENT', 'ServerApplication/loyaltyApi'],
    ['iframes on a TELEPHONY app', '<iframes><iframe type="main" sourceUrl="https://a.example"/></iframes>', AppType.TELEPHONY, 'DESCRIPTOR_FORBIDDEN_ELEMENT', 'ServerApplication/iframes'],
    ['access on an IFRAME app', access('admin'), AppType.IFRAME, 'DESCRIPTOR_FORBIDDEN_ELEMENT', 'ServerApplication/access'],
    ['an unknown block', VENDOR_API + '<gadgets/>', AppType.SERVER, 'DESCRIPTOR_UNKNOWN_ELEMENT', 'ServerApplication/gadgets'],
    ['a block twice', VENDOR_API + VENDOR_API, AppType.SERVER, 'DESCRIPTOR_DUPLICATE_ELEMENT', 'ServerApplication/vendorApi'],
    ['a scope that is neither admin nor custom', VENDOR_API + access('root'), AppType.SERVER, 'DESCRIPTOR_INVALID_VALUE', 'ServerApplication/access/scope'],
    ['access without a scope', VENDOR_API + '<access><resource>https://a.example</resource></access>', AppType.SERVER, 'DESCRIPTOR_MISSING_ELEMENT', 'ServerApplication/access/scope'],
    ['a custom scope without permissions', VENDOR_API + access('custom'), AppType.SERVER, 'DESCRIPTOR_MISSING_ELEMENT', 'ServerApplication/access/permissions'],
    ['permissions with an admin scope', VENDOR_API + access('admin', '<permissions><product><view/></product></permissions>'), AppType.SERVER, 'DESCRIPTOR_FORBIDDEN_ELEMENT', 'ServerApplication/access/permissions'],
    ['an operation without view', VENDOR_API + access('custom', '<permissions><phonecall><create/></phonecall></permissions>'), AppType.SERVER, 'DESCRIPTOR_PERMISSION_VIEW_REQUIRED', 'ServerApplication/access/permissions/phonecall'],
    ['delete without update', VENDOR_API + access('custom', '<permissions><phonecall><view/><delete/></phonecall></permissions>'), AppType.SERVER, 'DESCRIPTOR_PERMISSION_DELETE_REQUIRES_UPDATE', 'ServerApplication/access/permissions/phonecall'],
    ['an unknown operation', VENDOR_API + access('custom', '<permissions><phonecall><view/><erase/></phonecall></permissions>'), AppType.SERVER, 'DESCRIPTOR_UNKNOWN_ELEMENT', 'ServerApplication/access/permissions/phonecall/erase'],
    ['an entity tag that is not camelCase', VENDOR_API + access('custom', '<permissions><Product><view/></Product></permissions>'), AppType.SERVER, 'DESCRIPTOR_UNKNOWN_ELEMENT', 'ServerApplication/access/permissions/Product'],
    ['AR-1: an entity neither the platform nor the host JSON API knows (it would guard nothing)', VENDOR_API + access('custom', '<permissions><spaceshipLaunch><view/></spaceshipLaunch></permissions>'), AppType.SERVER, 'DESCRIPTOR_UNKNOWN_ENTITY', 'ServerApplication/access/permissions/spaceshipLaunch'],
    ['both webhook flags', VENDOR_API + access('custom', '<permissions><useOwnWebhooks/><useAllWebhooks/></permissions>'), AppType.SERVER, 'DESCRIPTOR_INVALID_VALUE', 'ServerApplication/access/permissions/useAllWebhooks'],
    ['an iframe of an unknown type', '<iframes><iframe type="side" sourceUrl="https://a.example"/></iframes>', AppType.IFRAME, 'DESCRIPTOR_INVALID_VALUE', 'ServerApplication/iframes/iframe/@type'],
    ['an iframe without sourceUrl', '<iframes><iframe type="main"/></iframes>', AppType.IFRAME, 'DESCRIPTOR_MISSING_ELEMENT', 'ServerApplication/iframes/iframe/@sourceUrl'],
  ])('refuses %s, naming the element', (_, blocks, type, code, element) => {
    const result = refusal(d(blocks), type);
    expect({ code: result.code, element: result.element }).toEqual({ code, element });
    expect(result.message).toContain(`<${element}>`);
  });

  it('issue 19, item 2: reports every independent problem at once, each at field xml with its element and line', () => {
    const xml = [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<ServerApplication xmlns="${DESCRIPTOR_V2_NAMESPACE}">`,
      '  <vendorApi><endpointBase>https://127.0.0.1/app</endpointBase></vendorApi>',
      '  <gadgets/>',
      `  ${access('custom', '<permissions><spaceshipLaunch><view/></spaceshipLaunch><phonecall><create/></phonecall><employee><view/></employee></permissions>')}`,
      '  <iframes><iframe type="side" sourceUrl="http://x.example/a"/></iframes>',
      '</ServerApplication>',
    ].join('\n');
    let refused: DomainError | undefined;
    try {
      validateDescriptor(xml, AppType.SERVER);
    } catch (error) {
      refused = error as DomainError;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused!.details.field).toBe('xml');
    const problems = (refused!.details.errors as { code: string; message: string; field: string }[]).map((e) => [e.code, e.field, e.message]);
    expect(problems).toEqual(expect.arrayContaining([
      ['DESCRIPTOR_UNKNOWN_ELEMENT', 'xml', 'descriptor element <ServerApplication/gadgets> (line 4): not a descriptor v2 block'],
      ['DESCRIPTOR_INVALID_VALUE', 'xml', 'descriptor element <ServerApplication/iframes/iframe/@type> (line 6): must be main, chat or mobile, but got: side'],
      ['DESCRIPTOR_URL_NOT_HTTPS', 'xml', expect.stringContaining('<ServerApplication/iframes/iframe/@sourceUrl> (line 6)')],
      ['DESCRIPTOR_URL_FORBIDDEN_HOST', 'xml', expect.stringContaining('<ServerApplication/vendorApi/endpointBase> (line 3)')],
      ['DESCRIPTOR_UNKNOWN_ENTITY', 'xml', expect.stringContaining('<ServerApplication/access/permissions/spaceshipLaunch> (line 5)')],
      ['DESCRIPTOR_PERMISSION_VIEW_REQUIRED', 'xml', expect.stringContaining('<ServerApplication/access/permissions/phonecall> (line 5)')],
    ]));
    expect(problems).toHaveLength(6);
  });

  it('a root that is not a v2 descriptor is the one problem: nothing below it is checked', () => {
    let refused: DomainError | undefined;
    try {
      validateDescriptor(d('<gadgets/>', 'https://example.com/v1'), AppType.SERVER);
    } catch (error) {
      refused = error as DomainError;
    }
    expect([refused?.code, refused?.details.errors]).toEqual(['DESCRIPTOR_WRONG_ROOT', undefined]);
  });

  it('refuses a root outside the v2 namespace, and a wrong root', () => {
    expect(refusal(d(VENDOR_API, 'https://apps-api.moysklad.ru/xml/ns/appstore/app/v1'), AppType.SERVER)).toMatchObject({ code: 'DESCRIPTOR_WRONG_ROOT', element: 'ServerApplication' });
    expect(refusal('<Application/>', AppType.SERVER)).toMatchObject({ code: 'DESCRIPTOR_WRONG_ROOT', element: 'Application' });
  });

  it('refuses XML that is not well-formed, naming where it broke', () => {
    expect(refusal(d('<vendorApi><endpointBase>https://a.example</vendorApi>'), AppType.SERVER)).toMatchObject({
      code: 'DESCRIPTOR_MALFORMED', element: 'ServerApplication/vendorApi', message: expect.stringMatching(/1:\d+/),
    });
  });

  it('refuses DTDs, external entities (XXE) and entity expansion (billion laughs) before parsing', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><ServerApplication xmlns="${DESCRIPTOR_V2_NAMESPACE}"><vendorApi><endpointBase>&x;</endpointBase></vendorApi></ServerApplication>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><ServerApplication xmlns="${DESCRIPTOR_V2_NAMESPACE}">&lol9;</ServerApplication>`;
    expect(refusal(xxe, AppType.SERVER).code).toBe('DESCRIPTOR_DTD_FORBIDDEN');
    expect(refusal(laughs, AppType.SERVER).code).toBe('DESCRIPTOR_DTD_FORBIDDEN');
    // An undeclared entity is never expanded: it is a well-formedness error.
    expect(refusal(d('<vendorApi><endpointBase>&x;</endpointBase></vendorApi>'), AppType.SERVER).code).toBe('DESCRIPTOR_MALFORMED');
  });

  it('refuses a descriptor over the size limit', () => {
    expect(refusal(d(`${VENDOR_API}<!--${'x'.repeat(70 * 1024)}-->`), AppType.SERVER).code).toBe('DESCRIPTOR_TOO_LARGE');
  });
});

describe('issue 13: endpointBase cannot aim our calls inward (default egress policy)', () => {
  const server = (endpoint: string) => d(`<vendorApi><endpointBase>${endpoint}</endpointBase></vendorApi>`);
  it.each([
    ['http://vendor.example.com/app', 'DESCRIPTOR_URL_NOT_HTTPS'],
    ['http://169.254.169.254/latest/meta-data', 'DESCRIPTOR_URL_NOT_HTTPS'],
    ['https://169.254.169.254/latest/meta-data', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://127.0.0.1:4001/graphql', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://[::1]/graphql', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://2130706433/', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://0177.0.0.1/', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://0x7f.1/', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://10.1.2.3/', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://localhost/', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://api.internal/', 'DESCRIPTOR_URL_FORBIDDEN_HOST'],
    ['https://user:secret@vendor.example.com/', 'DESCRIPTOR_INVALID_VALUE'],
    [`https://vendor.example.com/${'a'.repeat(2100)}`, 'DESCRIPTOR_INVALID_VALUE'],
  ])('refuses %s with %s, naming the element', (endpoint, code) => {
    expect(refusal(server(endpoint), AppType.SERVER)).toMatchObject({ code, element: 'ServerApplication/vendorApi/endpointBase' });
  });

  it('accepts an https endpoint on a public host; http and loopback only where the settings allow them', () => {
    expect(validateDescriptor(server('https://vendor.example.com/app'), AppType.SERVER).vendorApi?.endpointBase).toBe('https://vendor.example.com/app');
    const local = { allowHttp: true, allowPrivateNetworks: true };
    expect(validateDescriptor(server('http://127.0.0.1:9999'), AppType.SERVER, local).vendorApi?.endpointBase).toBe('http://127.0.0.1:9999');
  });

  it('iframe pages must be https too', () => {
    expect(refusal(d('<iframes><iframe type="main" sourceUrl="http://x.example/a"/></iframes>'), AppType.IFRAME).code).toBe('DESCRIPTOR_URL_NOT_HTTPS');
  });
});
