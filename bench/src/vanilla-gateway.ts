import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { configureInternalIdentity, encodeIdentity, GATEWAY_SIGNER, IDENTITY_HEADER, IdentitySchema, type Identity } from '@appmarket/federation';

/**
 * The vanilla baseline: a plain ApolloServer over ApolloGateway (the same @apollo/gateway the
 * product uses) on the same supergraph file, with none of our layers (no JWT or install-token
 * authentication, no permissions, no persisted queries, no limits, no query-plan cache of ours).
 * Subgraphs refuse requests without a signed identity header, so each subgraph request is signed
 * (per request, with the packages/federation encoder our gateway uses) as the identity the load
 * generator names in `x-bench-identity` (a JSON identity; anonymous when absent).
 *
 * Usage: node -r @swc-node/register bench/src/vanilla-gateway.ts SUPERGRAPH_FILE PORT
 */
const ANONYMOUS: Identity = { kind: 'anonymous' };

interface Context {
  identity: Identity;
}

async function main(): Promise<void> {
  const [supergraphPath, port] = process.argv.slice(2);
  if (!supergraphPath || !port) throw new Error('usage: vanilla-gateway.ts SUPERGRAPH_FILE PORT');
  configureInternalIdentity({ signer: { name: GATEWAY_SIGNER, privateKey: process.env.INTERNAL_IDENTITY_PRIVATE_KEY ?? '' } });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<Context>({
        url,
        async willSendRequest({ request, context }) {
          request.http?.headers.set(IDENTITY_HEADER, await encodeIdentity(context.identity ?? ANONYMOUS, { as: GATEWAY_SIGNER, audience: name }));
        },
      }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(port), host: '127.0.0.1' },
    context: async ({ req }): Promise<Context> => {
      const named = req.headers['x-bench-identity'];
      return { identity: typeof named === 'string' ? IdentitySchema.parse(JSON.parse(named)) : ANONYMOUS };
    },
  });
  console.log(`vanilla gateway at ${url}`);
  // A normal exit on SIGTERM, so --cpu-prof (BENCH_CPU_PROFILE_DIR) writes its profile.
  process.once('SIGTERM', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
