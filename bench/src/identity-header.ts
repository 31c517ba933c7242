import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { GATEWAY_SIGNER, IDENTITY_HEADER, INTERNAL_IDENTITY_TTL_MS, type Identity } from '@appmarket/federation';

/**
 * The internal identity header as the gateway signs it (packages/federation/src/identity.ts: an
 * EdDSA JWT, `kid`/`iss` "gateway", `aud` the subgraph), made synchronously with node:crypto for
 * the load generator, whose per-request hook cannot wait (the `direct` target).
 */
export function gatewayIdentitySigner(privateKeyJwk: string): (identity: Identity, subgraph: string) => Record<string, string> {
  const key: KeyObject = createPrivateKey({ key: JSON.parse(privateKeyJwk) as never, format: 'jwk' });
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return (identity, subgraph) => {
    const now = Math.floor(Date.now() / 1000);
    const body = `${b64({ alg: 'EdDSA', kid: GATEWAY_SIGNER, typ: 'JWT' })}.${b64({ identity, iss: GATEWAY_SIGNER, aud: subgraph, iat: now, exp: now + INTERNAL_IDENTITY_TTL_MS / 1000 })}`;
    return { [IDENTITY_HEADER]: `${body}.${sign(null, Buffer.from(body), key).toString('base64url')}` };
  };
}
