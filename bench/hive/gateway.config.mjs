// Hive Gateway under bench: no layers of ours. Like the vanilla Apollo Gateway, it signs the
// subgraphs' internal identity header per subgraph request (packages/federation/src/identity.ts:
// base64url JSON {identity, exp} "." HMAC-SHA256) for the identity the load generator names in
// `x-bench-identity` — the same work the vanilla gateway does, none of our authentication.
import { createHmac } from 'node:crypto';
import { defineConfig } from '@graphql-hive/gateway';

const secret = Buffer.from(process.env.INTERNAL_IDENTITY_SECRET ?? '', 'utf8');
const TTL_MS = 15_000;

function encodeIdentity(identity) {
  const payload = Buffer.from(JSON.stringify({ identity, exp: Date.now() + TTL_MS })).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      const named = request.headers.get('x-bench-identity');
      return { 'x-appmarket-identity': encodeIdentity(named ? JSON.parse(named) : { kind: 'anonymous' }) };
    },
  },
});
