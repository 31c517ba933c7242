import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where outbound calls may go. By default only https to public unicast addresses; tests and
 * local development widen it explicitly (EGRESS_ALLOW_HTTP, EGRESS_ALLOW_PRIVATE_NETWORKS).
 */
export interface EgressPolicy {
  /** Plain http allowed (local development, tests). */
  readonly allowHttp: boolean;
  /** Loopback, private, link-local and other non-public destinations allowed (local development, tests). */
  readonly allowPrivateNetworks: boolean;
}

export const STRICT_EGRESS: EgressPolicy = Object.freeze({ allowHttp: false, allowPrivateNetworks: false });
export const PERMISSIVE_EGRESS: EgressPolicy = Object.freeze({ allowHttp: true, allowPrivateNetworks: true });

/**
 * True for a public unicast address. ipaddr.js names every special-purpose range (RFC 6890 and
 * successors: private, loopback, linkLocal, uniqueLocal, multicast, unspecified, reserved,
 * carrierGradeNat, benchmarking, 6to4, teredo, rfc6052 (NAT64), …); only `unicast` is the public
 * internet. An IPv4-mapped IPv6 address is judged as the IPv4 address it carries, so
 * `::ffff:127.0.0.1` is loopback and `::ffff:8.8.8.8` public.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIP(bare)) return false;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(bare);
  } catch {
    return false;
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return isPublicAddress((parsed as ipaddr.IPv6).toIPv4Address().toString());
  }
  return parsed.range() === 'unicast';
}

/** True when the policy lets a connection reach this address. */
export function addressAllowed(address: string, policy: EgressPolicy): boolean {
  return policy.allowPrivateNetworks || isPublicAddress(address);
}
