import type { Logger } from '@appmarket/core';
import { callPeer, encodeIdentity, GATEWAY_SIGNER, IDENTITY_HEADER, peersFromMap } from '@appmarket/federation';
import { GraphQLError } from 'graphql';
import {
  accountsInstallTokenResolver,
  Authenticator,
  cachedResolver,
  firstResolver,
  type InstallTokenResolver,
  type JwtOptions,
} from '../auth';
import { HostCredentials, type HostApiKey } from '../host-credentials';
import type { GatewayPlugin } from '../plugin';
import { accountsWebhookTokenResolver } from '../webhook-tokens';
import { requestIdOf } from './useRequestId';

/**
 * Why: every operation runs as a verified caller (auth.ts: JWTs, install tokens, anonymous), and
 * the subgraphs trust only the identity the gateway signs for them (x-appmarket-identity); a
 * client's own identity header never passes. Bad credentials: UNAUTHENTICATED (401); credentials
 * that cannot be checked right now (accounts for install tokens, the JWKS for JWTs):
 * UPSTREAM_UNAVAILABLE (503).
 */
export function useAuth(authenticator: Authenticator, logger: Logger): GatewayPlugin {
  return {
    name: 'auth',
    async context({ req, res }) {
      try {
        return { caller: await authenticator.authenticate(req.headers) };
      } catch (error) {
        if (error instanceof GraphQLError) throw error;
        // Accounts (install tokens) or the identity provider's JWKS did not answer: ours to fix.
        logger.error('credentials could not be checked', { requestId: requestIdOf(res), error: error instanceof Error ? error.message : String(error) });
        throw new GraphQLError('Credentials could not be checked right now.', { extensions: { code: 'UPSTREAM_UNAVAILABLE', http: { status: 503 } } });
      }
    },
    subgraphs: {
      // The verified caller, signed with the gateway's key for this subgraph alone (packages/federation/src/identity.ts).
      willSendRequest: async (request, context, subgraph) => {
        request.http?.headers.set(IDENTITY_HEADER, await encodeIdentity(context.caller.identity, { as: GATEWAY_SIGNER, audience: subgraph }));
      },
    },
  };
}

export interface AuthenticatorOptions {
  jwt?: JwtOptions;
  /** Asked before accounts, in order (the test stack's test-token resolver). */
  installTokenResolvers?: InstallTokenResolver[];
  appTokenCache?: { ttlMs: number; maxEntries: number };
  /** Accounts' GraphQL URL, for `installByAccessToken`. */
  accountsUrl: string;
  /** Host platforms' API key hashes (provisioning API). */
  hostApiKeys?: readonly HostApiKey[];
}

/** The gateway's one Authenticator (GraphQL and the event-stream proxy share it), keys loaded. */
export async function createAuthenticator(options: AuthenticatorOptions): Promise<Authenticator> {
  const accountsPeers = peersFromMap({ accounts: options.accountsUrl }, GATEWAY_SIGNER);
  const askAccounts = (query: string, variables: Record<string, unknown>) => callPeer(accountsPeers, 'accounts', query, variables);
  const resolvers = firstResolver([
    ...(options.installTokenResolvers ?? []),
    accountsWebhookTokenResolver(askAccounts), // `whk.` tokens (BX-8)
    accountsInstallTokenResolver(askAccounts),
  ]);
  const authenticator = new Authenticator(
    options.jwt,
    cachedResolver(resolvers, options.appTokenCache ?? { ttlMs: 5_000, maxEntries: 10_000 }),
    new HostCredentials(options.hostApiKeys ?? []),
  );
  await authenticator.ready();
  return authenticator;
}
