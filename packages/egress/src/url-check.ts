import { isIP } from 'node:net';
import { addressAllowed, type EgressPolicy } from './address-policy';
import { EgressError } from './errors';

export const MAX_OUTBOUND_URL_LENGTH = 2048;

/** Host names that only ever mean this machine or its local network (RFC 6761, RFC 8375, ICANN's .internal). */
const LOCAL_ONLY_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'localdomain', 'lan'];

/**
 * Checks a URL that a vendor or an admin gives us (a descriptor's endpointBase, a loyalty server,
 * a webhook target, an icon) when it is uploaded, so a bad one is refused at once with a code.
 * The WHATWG parser normalises decimal, octal and hex IPv4 forms (`http://2130706433/`,
 * `http://0177.0.0.1/`, `http://0x7f.1/` all become 127.0.0.1), so literal addresses are judged
 * in their canonical form. Host names are judged again at connect time on the address actually
 * resolved (dispatcher.ts): this check cannot see DNS.
 */
export function checkOutboundUrl(raw: string, policy: EgressPolicy, what = 'URL'): URL {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_OUTBOUND_URL_LENGTH) {
    throw new EgressError('OUTBOUND_URL_INVALID', `${what} must be 1 to ${MAX_OUTBOUND_URL_LENGTH} characters`, { url: truncate(raw) });
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EgressError('OUTBOUND_URL_INVALID', `${what} is not an absolute URL`, { url: truncate(raw) });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    throw new EgressError('OUTBOUND_URL_NOT_HTTPS', `${what} must use https`, { url: truncate(raw), protocol: url.protocol });
  }
  if (url.username || url.password) {
    throw new EgressError('OUTBOUND_URL_INVALID', `${what} must not carry a user name or password`, { url: redacted(url) });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!host) throw new EgressError('OUTBOUND_URL_INVALID', `${what} has no host`, { url: truncate(raw) });
  if (policy.allowPrivateNetworks) return url;
  if (isIP(host)) {
    if (!addressAllowed(host, policy)) {
      throw new EgressError('OUTBOUND_URL_FORBIDDEN_HOST', `${what} points at a non-public address`, { url: truncate(raw), host });
    }
    return url;
  }
  const name = host.replace(/\.$/, '');
  if (!name.includes('.') || LOCAL_ONLY_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`))) {
    throw new EgressError('OUTBOUND_URL_FORBIDDEN_HOST', `${what} names a local-only host`, { url: truncate(raw), host });
  }
  return url;
}

function truncate(value: unknown): string {
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function redacted(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return truncate(copy.href);
}
