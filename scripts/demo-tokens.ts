import { randomBytes } from 'node:crypto';
import { generateDemoData, type DemoData } from '@appmarket/demo-data';
import type { Identity } from '@appmarket/federation';
import { claimsFor } from '@appmarket/gateway/src/jwt';
import { SignJWT } from 'jose';

/**
 * Credentials for the developer under `npm start`. Reads are scoped by identity (anonymous callers
 * get UNAUTHENTICATED for accounts and apps), so the stack hands out HS256 JWTs for demo callers,
 * signed with the gateway's own key and carrying exactly the claims `identityFromClaims`
 * (gateway/src/jwt.ts) reads.
 */

export type TokenIdentity = Extract<Identity, { kind: 'user' | 'vendor' | 'moderator' }>;

/** What the gateway checks in a JWT, as far as minting needs it. */
export interface DemoJwtKey {
  hs256Secret: string;
  issuer: string;
  audience: string;
}

/** The JWT part of the stack's configuration (see scripts/stack-config.ts). */
export interface StackJwtConfig {
  GATEWAY_JWT_ISSUER: string;
  GATEWAY_JWT_AUDIENCE: string;
  GATEWAY_JWT_HS256_SECRET?: string;
  GATEWAY_JWT_PUBLIC_KEY?: string;
}

export interface DemoJwtPlan {
  /** Variables for the gateway process on top of the inherited environment. */
  gatewayEnv: Record<string, string>;
  /** Present when tokens can be minted (an HS256 secret is known). */
  key?: DemoJwtKey;
  /** True when the HS256 secret was generated for this run (not configured by the developer). */
  generatedSecret: boolean;
  /** Why no tokens are minted. */
  note?: string;
}

export const DEMO_TOKEN_TTL_SECONDS = 12 * 3600;
export const DEMO_MODERATOR_ID = 'demo-moderator';

/**
 * No key configured: a random HS256 secret for this run, given to the gateway. An HS256 secret the
 * developer set: minted with it. Only a public key: the matching private key is the identity
 * provider's, so nothing is minted. Issuer and audience are always passed so both sides agree.
 */
export function planDemoJwt(config: StackJwtConfig, generateSecret: () => string = () => randomBytes(32).toString('hex')): DemoJwtPlan {
  const claims = { GATEWAY_JWT_ISSUER: config.GATEWAY_JWT_ISSUER, GATEWAY_JWT_AUDIENCE: config.GATEWAY_JWT_AUDIENCE };
  const key = (hs256Secret: string): DemoJwtKey => ({ hs256Secret, issuer: config.GATEWAY_JWT_ISSUER, audience: config.GATEWAY_JWT_AUDIENCE });
  if (config.GATEWAY_JWT_HS256_SECRET) return { gatewayEnv: claims, key: key(config.GATEWAY_JWT_HS256_SECRET), generatedSecret: false };
  if (config.GATEWAY_JWT_PUBLIC_KEY) {
    return {
      gatewayEnv: claims,
      generatedSecret: false,
      note:
        'GATEWAY_JWT_PUBLIC_KEY is set and GATEWAY_JWT_HS256_SECRET is not, so no demo tokens are minted: sign them with your ' +
        `identity provider's private key (iss "${config.GATEWAY_JWT_ISSUER}", aud "${config.GATEWAY_JWT_AUDIENCE}"; claims in gateway/src/auth.ts).`,
    };
  }
  const secret = generateSecret();
  return { gatewayEnv: { ...claims, GATEWAY_JWT_HS256_SECRET: secret }, key: key(secret), generatedSecret: true };
}

export async function mintToken(identity: TokenIdentity, key: DemoJwtKey, options: { ttlSeconds?: number; nowSeconds?: number } = {}): Promise<string> {
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  return new SignJWT(claimsFor(identity))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(key.issuer)
    .setAudience(key.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? DEMO_TOKEN_TTL_SECONDS))
    .sign(new TextEncoder().encode(key.hs256Secret));
}

export interface DemoCaller {
  role: 'admin' | 'vendor' | 'moderator';
  /** Who it is, for the printout. */
  description: string;
  identity: TokenIdentity;
}

/**
 * The demo callers, taken from the seeded demo data itself (ids are name-based, so they match the
 * database): the first ADMIN user of the first account that has calls (so the sample query shows
 * data from all four subgraphs), the first vendor, and a moderator.
 */
export function demoCallers(data: DemoData = generateDemoData()): DemoCaller[] {
  const withCalls = new Set(data.calls.map((c) => c.accountId));
  const account = data.accounts.find((a) => withCalls.has(a.id)) ?? data.accounts[0];
  const admin = account && data.users.find((u) => u.accountId === account.id && u.role === 'ADMIN');
  const vendor = data.vendors[0];
  if (!account || !admin || !vendor) throw new Error('the demo data has no account with an ADMIN user, or no vendor');
  return [
    {
      role: 'admin',
      description: `${admin.fullName}, ADMIN of account "${account.name}" (${account.id})`,
      identity: { kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' },
    },
    { role: 'vendor', description: `vendor "${vendor.name}" (${vendor.id})`, identity: { kind: 'vendor', vendorId: vendor.id } },
    { role: 'moderator', description: `moderator "${DEMO_MODERATOR_ID}"`, identity: { kind: 'moderator', moderatorId: DEMO_MODERATOR_ID } },
  ];
}

export interface DemoToken extends DemoCaller {
  token: string;
}

export async function mintDemoTokens(key: DemoJwtKey, options: { ttlSeconds?: number; nowSeconds?: number } = {}): Promise<DemoToken[]> {
  return Promise.all(demoCallers().map(async (caller) => ({ ...caller, token: await mintToken(caller.identity, key, options) })));
}
