import { encodeIdentity, IDENTITY_HEADER, type Identity } from '@appmarket/federation';

/**
 * How tests present a caller. Every test goes through these two functions, so when the gateway
 * starts authenticating callers (JWTs, install tokens) and signing the internal header, only this
 * file changes.
 */

/** Headers for a request to the gateway made as `identity`. */
export function gatewayHeadersFor(identity: Identity): Record<string, string> {
  return { [IDENTITY_HEADER]: encodeIdentity(identity) };
}

/** Headers for a request made straight to a subgraph as `identity` (internal calls, N+1 checks). */
export function subgraphHeadersFor(identity: Identity): Record<string, string> {
  return { [IDENTITY_HEADER]: encodeIdentity(identity) };
}
