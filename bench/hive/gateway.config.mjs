// Hive Gateway under bench: no layers of ours. Like the vanilla Apollo Gateway, it signs the
// subgraphs' internal identity header per subgraph request (packages/federation/src/identity.ts:
// an EdDSA JWT with the gateway's key, `kid`/`iss` "gateway", `aud` the subgraph, 15 s) for the
// identity the load generator names in `x-bench-identity` — the same work the vanilla gateway
// does, none of our authentication.
import { createPrivateKey, sign } from 'node:crypto';
import { defineConfig } from '@graphql-hive/gateway';

const key = createPrivateKey({ key: JSON.parse(process.env.INTERNAL_IDENTITY_PRIVATE_KEY ?? '{}'), format: 'jwk' });
const TTL_SECONDS = 15;
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

function encodeIdentity(identity, audience) {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'EdDSA', kid: 'gateway', typ: 'JWT' })}.${b64({ identity, iss: 'gateway', aud: audience, iat: now, exp: now + TTL_SECONDS })}`;
  return `${body}.${sign(null, Buffer.from(body), key).toString('base64url')}`;
}

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const named = request.headers.get('x-bench-identity');
      return { 'x-appmarket-identity': encodeIdentity(named ? JSON.parse(named) : { kind: 'anonymous' }, subgraphName) };
    },
  },
});
