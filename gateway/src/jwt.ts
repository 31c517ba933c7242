import type { Agent } from 'node:http';
import { systemClock, type Clock } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { GraphQLError } from 'graphql';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
import { z } from 'zod';

/**
 * Users', vendors' and moderators' JWTs (issue 14, item 2), checked strictly:
 *
 * - keys: an HS256 secret, an RS256/ES256 public key (PEM), and/or a JWKS URL whose keys rotate
 *   (jose's remote key set: cached, fetched again for an unknown `kid` at most once per cooldown);
 *   the token's `alg` picks the key, `none` and anything else is refused;
 * - `iss` and `aud` as configured; `exp`, `iat` and a non-empty `sub` required; `exp - iat` at most
 *   the maximum lifetime (so `exp` in 9999 is refused); `iat` and `nbf` not later than now plus the
 *   clock tolerance (so a token "issued" a year ahead is refused), `exp` not earlier than now minus it;
 * - `kind` and its claims: `user` (sub: the user's UUID, `accountId` UUID, `role` ADMIN | EMPLOYEE),
 *   `vendor` (`vendorId` UUID; sub: the vendor's user, or the vendor id itself), `moderator` (sub:
 *   the moderator's id). Another kind, a claim of the wrong shape, or a claim of another kind
 *   (a user token with `vendorId`) is refused.
 *
 * Every refusal is UNAUTHENTICATED (401) with the reason; a JWKS that cannot be fetched is
 * `JwksUnavailableError`, which the gateway answers 503 (our dependency, not the caller's fault).
 */
export interface JwtOptions {
  issuer: string;
  audience: string;
  hs256Secret?: string;
  /** PEM (SPKI) public key, with its algorithm. */
  publicKey?: { pem: string; alg: 'RS256' | 'ES256' };
  /** The identity provider's JWKS (checked to be https and public at start-up, config.ts). */
  jwksUrl?: string;
  jwks?: { cooldownMs?: number; cacheMaxAgeMs?: number; timeoutMs?: number; agent?: Agent };
  /** Longest a token may live, `exp - iat`, in seconds (GATEWAY_JWT_MAX_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
  /** Clock skew allowed on `iat`, `nbf` and `exp`, in seconds (GATEWAY_JWT_CLOCK_TOLERANCE_SECONDS). */
  clockToleranceSeconds?: number;
}

export const DEFAULT_JWT_MAX_LIFETIME_SECONDS = 24 * 3600;
export const DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS = 60;
export const JWKS_ALGORITHMS = ['RS256', 'ES256'] as const;

export type TokenIdentity = Extract<Identity, { kind: 'user' | 'vendor' | 'moderator' }>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The identity provider's key set could not be fetched: we cannot judge the token (503). */
export class JwksUnavailableError extends Error {
  constructor(reason: string) {
    super(`the JWKS could not be fetched: ${reason}`);
    this.name = 'JwksUnavailableError';
  }
}

type KeySource = { kind: 'static'; key: KeyLike | Uint8Array } | { kind: 'jwks'; keys: JWTVerifyGetKey };

/**
 * Tokens already verified with a static key (the HS256 secret, the PEM key), by their exact string
 * (issue 17, item 3: jose's verification was ~4 % of the gateway's CPU per request, and a client sends
 * the same token with every request). A hit is honoured only while every time check jose makes still
 * passes at the current clock (exp, nbf, iat and the token's age, with the same tolerance), and for
 * at most VERIFIED_FOR_MS after the full check; anything else goes through the full check again,
 * with its own verdict and message. Tokens of JWKS keys are not kept: a key withdrawn from the set
 * must stop counting at once. Bounded: past VERIFIED_LIMIT tokens the oldest is dropped.
 */
const VERIFIED_LIMIT = 10_000;
const VERIFIED_FOR_MS = 60_000;

interface VerifiedToken {
  identity: TokenIdentity;
  iat: number;
  exp: number;
  nbf: number | undefined;
  untilMs: number;
}

export class JwtVerifier {
  private readonly sources: Promise<Map<string, KeySource>>;
  private readonly maxLifetime: number;
  private readonly tolerance: number;
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(private readonly options: JwtOptions, private readonly clock: Clock = systemClock) {
    this.maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_JWT_MAX_LIFETIME_SECONDS;
    this.tolerance = options.clockToleranceSeconds ?? DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS;
    this.sources = (async () => {
      const sources = new Map<string, KeySource>();
      if (options.hs256Secret) sources.set('HS256', { kind: 'static', key: new TextEncoder().encode(options.hs256Secret) });
      if (options.jwksUrl) {
        const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
          cooldownDuration: options.jwks?.cooldownMs ?? 30_000,
          cacheMaxAge: options.jwks?.cacheMaxAgeMs ?? 10 * 60_000,
          timeoutDuration: options.jwks?.timeoutMs ?? 5_000,
          ...(options.jwks?.agent ? { agent: options.jwks.agent } : {}),
        });
        for (const alg of JWKS_ALGORITHMS) sources.set(alg, { kind: 'jwks', keys });
      }
      // One key source per algorithm (config.ts refuses a PEM key beside a JWKS URL).
      if (options.publicKey && !sources.has(options.publicKey.alg)) {
        sources.set(options.publicKey.alg, { kind: 'static', key: await importSPKI(options.publicKey.pem, options.publicKey.alg) });
      }
      return sources;
    })();
  }

  /** Loads the configured keys (a bad PEM fails the start). */
  async ready(): Promise<void> {
    await this.sources;
  }

  async verify(token: string): Promise<TokenIdentity> {
    const sources = await this.sources;
    const currentDate = this.clock.now();
    const hit = this.verified.get(token);
    if (hit) {
      if (currentDate.getTime() < hit.untilMs && this.timesHold(hit, Math.floor(currentDate.getTime() / 1000))) return hit.identity;
      this.verified.delete(token);
    }
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('the token is not a JWT');
    }
    const source = alg ? sources.get(alg) : undefined;
    if (!source) throw unauthenticated(`tokens signed with ${alg ?? 'no algorithm'} are not accepted here`);
    const verifyOptions = {
      issuer: this.options.issuer,
      audience: this.options.audience,
      algorithms: [alg!],
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: this.tolerance,
      // Also refuses an `iat` later than now + tolerance.
      maxTokenAge: this.maxLifetime,
      currentDate,
    };
    let payload: JWTPayload;
    try {
      ({ payload } = source.kind === 'static'
        ? await jwtVerify(token, source.key, verifyOptions)
        : await jwtVerify(token, source.keys, verifyOptions));
    } catch (error) {
      throw refusalOf(error);
    }
    if (payload.exp! - payload.iat! > this.maxLifetime) {
      throw unauthenticated(`the token lives ${payload.exp! - payload.iat!} s; at most ${this.maxLifetime} s are accepted`);
    }
    const identity = identityFromClaims(payload);
    if (!identity.ok) throw unauthenticated(`the token does not describe a user, vendor or moderator: ${identity.reason}`);
    // Shared by every request that brings this token: frozen, so none can change another's.
    const verified = Object.freeze(identity.identity);
    // Only tokens of the configured static keys: a JWKS key may be withdrawn at any refresh, and
    // from then on its tokens are refused (jwt.test.ts, rotation).
    if (source.kind !== 'static') return verified;
    if (this.verified.size >= VERIFIED_LIMIT) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, {
      identity: verified, iat: payload.iat!, exp: payload.exp!, nbf: payload.nbf, untilMs: currentDate.getTime() + VERIFIED_FOR_MS,
    });
    return verified;
  }

  /** jose's time checks (jwt_claims_set), at `now` in seconds: true when it would accept the times. */
  private timesHold(token: VerifiedToken, now: number): boolean {
    const age = now - token.iat;
    return (token.nbf === undefined || token.nbf <= now + this.tolerance)
      && token.exp > now - this.tolerance
      && age - this.tolerance <= this.maxLifetime
      && age >= -this.tolerance;
  }
}

function refusalOf(error: unknown): Error {
  if (error instanceof joseErrors.JWTExpired) return unauthenticated(`the token has expired (${error.message})`);
  if (error instanceof joseErrors.JWTClaimValidationFailed) return unauthenticated(`the token is not for this API: ${error.message}`);
  if (error instanceof joseErrors.JWKSNoMatchingKey) return unauthenticated('the token is signed with a key the identity provider does not publish');
  // The key set timed out, answered other than 200, or is not a JWKS: our dependency failed.
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid || (error instanceof joseErrors.JOSEError && error.code === 'ERR_JOSE_GENERIC')) {
    return new JwksUnavailableError(error.message);
  }
  if (error instanceof joseErrors.JOSEError) return unauthenticated(`the token signature is not valid (${error.code})`);
  // A failed JWKS fetch (connection refused, a non-200 answer) is not the caller's fault.
  return new JwksUnavailableError(error instanceof Error ? error.message : String(error));
}

const uuid = z.uuid();
const subject = z.string().min(1).max(256);
/** Claims one kind may carry and the others may not. */
const KIND_CLAIMS = ['accountId', 'role', 'vendorId'] as const;
const claimSchemas = {
  user: z.object({ sub: uuid, accountId: uuid, role: z.enum(['ADMIN', 'EMPLOYEE']) }),
  vendor: z.object({ sub: subject, vendorId: uuid }),
  moderator: z.object({ sub: subject }),
} as const;

/**
 * The identity a JWT's claims describe, or why they describe none. The claims' shapes are
 * strict (see JwtVerifier); registered claims (iss, aud, exp, iat, nbf, jti) and an identity
 * provider's own (email, scope, …) are not ours to judge.
 */
export function identityFromClaims(claims: JWTPayload): { ok: true; identity: TokenIdentity } | { ok: false; reason: string } {
  const kind = claims.kind;
  if (kind !== 'user' && kind !== 'vendor' && kind !== 'moderator') return { ok: false, reason: `unknown kind ${JSON.stringify(kind)?.slice(0, 40)}` };
  const schema = claimSchemas[kind];
  const foreign = KIND_CLAIMS.filter((claim) => claims[claim] !== undefined && !(claim in schema.shape));
  if (foreign.length > 0) return { ok: false, reason: `a ${kind} token carries ${foreign.join(', ')}` };
  const parsed = schema.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const c = parsed.data as { sub: string; accountId?: string; role?: 'ADMIN' | 'EMPLOYEE'; vendorId?: string };
  switch (kind) {
    case 'user':
      return { ok: true, identity: { kind, userId: c.sub, accountId: c.accountId!, role: c.role! } };
    case 'vendor':
      // sub: the vendor's user, or the vendor itself when the provider issues tokens per vendor.
      return { ok: true, identity: c.sub === c.vendorId ? { kind, vendorId: c.vendorId! } : { kind, vendorId: c.vendorId!, userId: c.sub } };
    case 'moderator':
      return { ok: true, identity: { kind, moderatorId: c.sub } };
  }
}

/** The claims that `identityFromClaims` turns back into `identity` (test and demo tokens). */
export function claimsFor(identity: TokenIdentity): Record<string, string> {
  switch (identity.kind) {
    case 'user':
      return { kind: 'user', sub: identity.userId, accountId: identity.accountId, role: identity.role };
    case 'vendor':
      return { kind: 'vendor', vendorId: identity.vendorId, sub: identity.userId ?? identity.vendorId };
    case 'moderator':
      return { kind: 'moderator', sub: identity.moderatorId };
  }
}
