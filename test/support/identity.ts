import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { configureInternalIdentity, GATEWAY_SIGNER, generateInternalIdentityKeys, IdentitySchema, IDENTITY_HEADER, type Identity } from '@appmarket/federation';
import { hashHostApiKey, type FrozenPermissions, type GatewayOptions, type InstallCredential, type InstallTokenResolver } from '@appmarket/gateway';
import { claimsFor } from '@appmarket/gateway/src/jwt';

/**
 * How tests present a caller. Every test goes through these functions, so tests never build
 * credentials by hand.
 *
 * - users, vendors, moderators: a real HS256 JWT signed with the test stack's key; the gateway
 *   verifies it like any other (issuer, audience, expiry);
 * - apps: a *test install token* `test-app~<payload>~<hmac>` that names the install directly. The
 *   test stack's gateway resolves it with `testInstallTokenResolver` (asked before accounts'
 *   `installByAccessToken`); a production gateway has no such resolver, so such a token is just
 *   unknown there. Its permissions default to ADMIN scope (everything) and it is not limited to
 *   registered operations; tests of AR-2 and safelisting use real install tokens or pass
 *   `permissions` / `registeredOperationsOnly`;
 * - services call subgraphs directly, with `subgraphHeadersFor`: an identity header signed with
 *   the test deployment's gateway key (made here, per test process, like `npm start` makes its own).
 */
/** Every service of the test deployment signs with its own key; subgraphs verify with the public ones. */
export const TEST_SIGNERS = [GATEWAY_SIGNER, 'catalog', 'accounts', 'billing', 'telephony-loyalty'] as const;
export const TEST_INTERNAL_IDENTITY_KEYS = generateInternalIdentityKeys(TEST_SIGNERS);
/** The subgraphs a test may call directly (`records`: the gateway tests' fake graph). */
const TEST_AUDIENCES = ['catalog', 'accounts', 'billing', 'telephony-loyalty', 'records'];
export const TEST_JWT = { issuer: 'appmarket-test', audience: 'appmarket-api', hs256Secret: 'test-jwt-hs256-secret-0123456789abcdefghijkl' };
const TEST_APP_TOKEN_SECRET = 'test-app-token-secret-0123456789abcdef';
const TEST_APP_TOKEN_PREFIX = 'test-app~';

// Every server a test starts in this process is one service of the test deployment: this process
// holds each one's private key and the deployment's public keys.
for (const name of TEST_SIGNERS) configureInternalIdentity({ signer: { name, privateKey: TEST_INTERNAL_IDENTITY_KEYS.privateKeys[name]! } });
configureInternalIdentity({ publicKeys: TEST_INTERNAL_IDENTITY_KEYS.publicKeys });
const gatewayKey = createPrivateKey({ key: JSON.parse(TEST_INTERNAL_IDENTITY_KEYS.privateKeys[GATEWAY_SIGNER]!) as never, format: 'jwk' });

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

/** An HS256 JWT for a user, vendor or moderator, as the identity provider would issue it. */
export function jwtFor(
  identity: Extract<Identity, { kind: 'user' | 'vendor' | 'moderator' }>,
  over: { expiresInSeconds?: number; issuer?: string; audience?: string; secret?: string; nowSeconds?: number } = {},
): string {
  const now = over.nowSeconds ?? Math.floor(Date.now() / 1000);
  const claims = claimsFor(identity);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
    ...claims, iss: over.issuer ?? TEST_JWT.issuer, aud: over.audience ?? TEST_JWT.audience, iat: now, exp: now + (over.expiresInSeconds ?? 3600),
  })}`;
  return `${body}.${hmac(over.secret ?? TEST_JWT.hs256Secret, body)}`;
}

export interface TestAppOptions {
  permissions?: FrozenPermissions | null;
  registeredOperationsOnly?: boolean;
}

/** A test install token naming the install directly (see above). */
export function testAppToken(identity: Extract<Identity, { kind: 'app' }>, options: TestAppOptions = {}): string {
  const payload = b64({ identity, permissions: options.permissions === undefined ? { scope: 'ADMIN', permissions: [] } : options.permissions, registeredOperationsOnly: options.registeredOperationsOnly ?? false });
  return `${TEST_APP_TOKEN_PREFIX}${payload}~${hmac(TEST_APP_TOKEN_SECRET, payload)}`;
}

/** The test stack's resolver of test install tokens; other tokens go on to accounts. */
export const testInstallTokenResolver: InstallTokenResolver = async (token) => {
  if (!token.startsWith(TEST_APP_TOKEN_PREFIX)) return undefined;
  const [payload, signature] = token.slice(TEST_APP_TOKEN_PREFIX.length).split('~');
  if (!payload || signature !== hmac(TEST_APP_TOKEN_SECRET, payload)) return null;
  const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as InstallCredential;
  const identity = IdentitySchema.parse(parsed.identity);
  if (identity.kind !== 'app') return null;
  return { identity, permissions: parsed.permissions, registeredOperationsOnly: parsed.registeredOperationsOnly };
};

/** A host platform's API key for tests (host-credentials.ts): `amhk_` + 43 base64url characters. */
export function testHostApiKey(hostId: string): string {
  return `amhk_${createHmac('sha256', TEST_APP_TOKEN_SECRET).update(`host:${hostId}`).digest('base64url')}`;
}
/** The hosts a test gateway knows. */
export const TEST_HOSTS = ['host-one', 'host-two'];

/** What a test gateway needs to accept the credentials above; spread into `startGateway` options. */
export function testGatewayAuth(): Pick<GatewayOptions, 'internalIdentityKey' | 'jwt' | 'installTokenResolvers' | 'hostApiKeys'> {
  return {
    internalIdentityKey: TEST_INTERNAL_IDENTITY_KEYS.privateKeys[GATEWAY_SIGNER]!, jwt: TEST_JWT, installTokenResolvers: [testInstallTokenResolver],
    hostApiKeys: TEST_HOSTS.map((hostId) => ({ hostId, sha256: hashHostApiKey(testHostApiKey(hostId)) })),
  };
}

/** Headers for a request to the gateway made as `identity`. */
export function gatewayHeadersFor(identity: Identity, app: TestAppOptions = {}): Record<string, string> {
  switch (identity.kind) {
    case 'anonymous':
      return {};
    case 'app':
      return { authorization: `Bearer ${testAppToken(identity, app)}` };
    case 'service':
      throw new Error('services call subgraphs directly: use subgraphHeadersFor');
    case 'host':
      return { authorization: `Bearer ${testHostApiKey(identity.hostId)}` };
    case 'webhook':
      throw new Error('webhooks present the token createIncomingWebhook gave (accounts resolves it): send it as a Bearer token');
    default:
      return { authorization: `Bearer ${jwtFor(identity)}` };
  }
}

/**
 * Headers for a request made straight to a subgraph as `identity` (internal calls, N+1 checks):
 * the internal header as the gateway signs it (identity.ts), here synchronously with node:crypto,
 * addressed to every subgraph of the test deployment unless `audience` says otherwise.
 */
export function subgraphHeadersFor(identity: Identity, over: { audience?: string | string[]; nowMs?: number } = {}): Record<string, string> {
  const now = Math.floor((over.nowMs ?? Date.now()) / 1000);
  const body = `${b64({ alg: 'EdDSA', kid: GATEWAY_SIGNER, typ: 'JWT' })}.${b64({
    identity, iss: GATEWAY_SIGNER, aud: over.audience ?? TEST_AUDIENCES, iat: now, exp: now + 15,
  })}`;
  return { [IDENTITY_HEADER]: `${body}.${sign(null, Buffer.from(body), gatewayKey).toString('base64url')}` };
}
