import { isPublicAddress, PERMISSIVE_EGRESS, STRICT_EGRESS } from '../address-policy';
import { EgressError } from '../errors';
import { checkOutboundUrl } from '../url-check';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof EgressError ? String(error.code) : `not an EgressError: ${String(error)}`;
  }
}

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '198.18.0.1', '192.0.2.10', '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1',
    'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::', '2001:db8::1', 'not-an-ip',
  ])('%s is not public', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8', '[2a00:1450:4001:82b::200e]'])(
    '%s is public',
    (address) => expect(isPublicAddress(address)).toBe(true),
  );
});

describe('checkOutboundUrl (at upload)', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data', 'OUTBOUND_URL_NOT_HTTPS'],
    ['https://169.254.169.254/latest/meta-data', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://127.0.0.1:4002/graphql', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://2130706433/', 'OUTBOUND_URL_FORBIDDEN_HOST'], // decimal 127.0.0.1
    ['https://0177.0.0.1/', 'OUTBOUND_URL_FORBIDDEN_HOST'], // octal
    ['https://0x7f.0x0.0x0.0x1/', 'OUTBOUND_URL_FORBIDDEN_HOST'], // hex
    ['https://0x7f000001/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://127.1/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://[::1]/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://[::ffff:127.0.0.1]/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://[fe80::1]/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://10.1.2.3/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://0.0.0.0/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://localhost/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://api.localhost/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://printer.local/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://metadata.google.internal/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['https://intranet/', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['javascript:alert(1)', 'OUTBOUND_URL_NOT_HTTPS'],
    ['file:///etc/passwd', 'OUTBOUND_URL_NOT_HTTPS'],
    ['ftp://example.com/', 'OUTBOUND_URL_NOT_HTTPS'],
    ['https://user:pass@example.com/', 'OUTBOUND_URL_INVALID'],
    ['not a url', 'OUTBOUND_URL_INVALID'],
    ['', 'OUTBOUND_URL_INVALID'],
    [`https://example.com/${'a'.repeat(2100)}`, 'OUTBOUND_URL_INVALID'],
  ])('refuses %s with %s', (url, code) => expect(codeOf(() => checkOutboundUrl(url, STRICT_EGRESS))).toBe(code));

  it('accepts https URLs on public names and addresses', () => {
    expect(checkOutboundUrl('https://vendor.example.com/app', STRICT_EGRESS).hostname).toBe('vendor.example.com');
    expect(checkOutboundUrl('https://93.184.216.34:8443/x', STRICT_EGRESS).port).toBe('8443');
  });

  it('lets local development widen the policy explicitly', () => {
    expect(checkOutboundUrl('http://127.0.0.1:9999/', PERMISSIVE_EGRESS).hostname).toBe('127.0.0.1');
    expect(codeOf(() => checkOutboundUrl('http://vendor.example.com/', { allowHttp: true, allowPrivateNetworks: false }))).toBeUndefined();
    expect(codeOf(() => checkOutboundUrl('http://127.0.0.1/', { allowHttp: true, allowPrivateNetworks: false }))).toBe(
      'OUTBOUND_URL_FORBIDDEN_HOST',
    );
  });
});
