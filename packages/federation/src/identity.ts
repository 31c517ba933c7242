import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { APP_TYPES } from '@appmarket/core';
import { z } from 'zod';

/**
 * Who is calling, as the gateway established it. Subgraphs read it from one internal header and
 * nowhere else: `x-appmarket-identity: <JWT>`, signed with Ed25519 (EdDSA) by the private key of
 * the process that made it, for one subgraph (`aud`), valid for INTERNAL_IDENTITY_TTL_MS.
 *
 * Signed and checked with node:crypto's Ed25519 directly (the format is fixed: EdDSA only, these
 * claims): jose's async sign and verify cost 257 and 412 µs of CPU per header on the bench
 * machine against 50 and 135 µs, and the gateway signs one per subgraph fetch, every subgraph
 * verifies one per request (docs/BENCHMARKS.md, "Limits (issue 14)"). Standard JWTs all the same:
 * the tests make and read them with jose too.
 *
 * - The **gateway** signs with its own key (`kid` and `iss` "gateway") whatever identity it
 *   verified: a user, a vendor, a moderator, an app, anonymous.
 * - A **subgraph** calling another (`callPeer`) signs with its own key (`kid` = its name) and may
 *   assert only `{ kind: 'service', service: <its name> }`: a verifier accepts nothing else from a
 *   subgraph's key. So a stolen subgraph environment (its private key) cannot mint a user or a
 *   moderator, nor a service identity of another subgraph.
 * - Every verifier knows the deployment's public keys (a JWK Set, `kid` = signer name) and its own
 *   name, the only audience it accepts. Missing, forged, expired, malformed, wrongly addressed or
 *   over-claiming headers are refused (InvalidIdentityError), so calling a subgraph directly gains
 *   nothing. Configuration: INTERNAL_IDENTITY_PRIVATE_KEY and INTERNAL_IDENTITY_PUBLIC_KEYS
 *   (docs/gateway.md, "The signed internal identity header").
 */
export const IDENTITY_HEADER = 'x-appmarket-identity';

/** How long a signed header is accepted after it was made (it is checked when a request arrives). */
export const INTERNAL_IDENTITY_TTL_MS = 15_000;
/** Clock skew allowed between the processes of one deployment. */
const CLOCK_TOLERANCE_SECONDS = 5;
/** The signer whose key may assert any identity. */
export const GATEWAY_SIGNER = 'gateway';

/** A host platform's id: lower-case latin letters, digits and dashes, as configured for its API keys. */
export const HOST_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

// Each kind on its own line: other kinds (a webhook, a host) are one line here.
const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('user'), userId: z.uuid(), accountId: z.uuid(), role: z.enum(['ADMIN', 'EMPLOYEE']) }),
  z.object({ kind: z.literal('vendor'), vendorId: z.uuid(), userId: z.string().min(1).optional() }),
  z.object({ kind: z.literal('moderator'), moderatorId: z.string().min(1) }),
  z.object({ kind: z.literal('app'), installId: z.uuid(), accountId: z.uuid(), appId: z.uuid(), appType: z.enum(APP_TYPES) }),
  // Another subgraph (or the gateway itself) calling an internal operation: `service` names the caller.
  z.object({ kind: z.literal('service'), service: z.string().min(1) }),
  // BX-8: an account's incoming webhook; what it may read is the permission set its admin chose.
  z.object({ kind: z.literal('webhook'), webhookId: z.uuid(), accountId: z.uuid() }),
  // A host platform provisioning its customers with its own credential (docs/provisioning.md).
  z.object({ kind: z.literal('host'), hostId: z.string().regex(HOST_ID_PATTERN) }),
]);

export const IdentitySchema = identitySchema;
export type Identity = z.infer<typeof identitySchema>;
export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' });

/** Signer names: the gateway and each subgraph (`kid`, `iss`, `aud`). */
const SIGNER_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * This process's keys: the private key of each name it signs as (one in production: its own; the
 * test process runs every service), and the deployment's public keys by signer name. Set at
 * start-up (runStandalone, startGateway, the test setup) from configuration.
 */
const signers = new Map<string, KeyObject>();
let verifiers: ReadonlyMap<string, KeyObject> | undefined;

export interface InternalIdentityKeys {
  /** Signs as `name` with `privateKey`: an Ed25519 private key, PKCS#8 PEM or JWK (JSON). */
  signer?: { name: string; privateKey: string | KeyObject };
  /** The deployment's public keys: a JWK Set (JSON) of Ed25519 keys, `kid` = signer name. */
  publicKeys?: string;
}

/** Adds a signer and/or sets the verification keys; throws, saying why, on bad key material. */
export function configureInternalIdentity(keys: InternalIdentityKeys): void {
  if (keys.signer) {
    if (!SIGNER_NAME.test(keys.signer.name)) throw new Error(`invalid signer name ${JSON.stringify(keys.signer.name)}`);
    signers.set(keys.signer.name, privateKeyOf(keys.signer.privateKey));
  }
  if (keys.publicKeys !== undefined) {
    verifiers = publicKeysOf(keys.publicKeys);
    verified.clear(); // checked against the keys being replaced
  }
  signed.clear();
}

/**
 * Headers already verified, by audience and exact header string, each with its claims' times:
 * verifying an Ed25519 signature and validating the claims is ~6–9 % of a subgraph's CPU per request
 * (issue 17, item 3), and the gateway signs at most one header per identity, audience and second (its
 * signature is deterministic, see `signed`), so the same string comes back for every request of that
 * caller within the second. Only verified headers are kept, by their exact bytes, so a hit is the same
 * verdict the full check would give; the times are checked again on every hit. Bounded: a header
 * lives at most INTERNAL_IDENTITY_TTL_MS + CLOCK_TOLERANCE_SECONDS, so expired ones are dropped from
 * the oldest end as new ones come (a caller brings a new header every second: without that, every
 * one of them stayed until VERIFIED_LIMIT pushed it out, docs/BENCHMARKS.md, "Memory soak"); and
 * past VERIFIED_LIMIT entries the oldest is dropped.
 */
const VERIFIED_LIMIT = 10_000;
const verified = new Map<string, { identity: Identity; iat: number; exp: number }>();

/**
 * Headers this process signed, by signer, audience, second and identity: an Ed25519 signature
 * is deterministic, so signing the same claims again gives the same string; this only skips
 * recomputing it (the gateway signs one per subgraph fetch, ~8 % of its CPU per request).
 * Only the current second's are kept: a header of a past second is never asked for again, so the
 * map is emptied when the second changes (it used to keep them until SIGNED_LIMIT pushed them out:
 * one per audience and caller every second, ~1,600 in 7 minutes of the bench's soak,
 * docs/BENCHMARKS.md, "Memory soak"). SIGNED_LIMIT still bounds one second's.
 */
const SIGNED_LIMIT = 10_000;
const signed = new Map<string, string>();
let signedSecond: number | undefined;

/** How many signed and verified headers this process remembers (tests: both stay bounded). */
export function rememberedIdentityHeaders(): { signed: number; verified: number } {
  return { signed: signed.size, verified: verified.size };
}

function remember<V>(cache: Map<string, V>, limit: number, key: string, value: V): void {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
}

/**
 * The signed header value asserting `identity` to subgraph `audience`, signed as `as`. Only the
 * gateway signs another identity than `{ kind: 'service', service: as }`.
 */
export async function encodeIdentity(identity: Identity, options: { as: string; audience: string; nowMs?: number }): Promise<string> {
  const key = signers.get(options.as);
  if (!key) throw new InvalidIdentityError(`this process has no INTERNAL_IDENTITY_PRIVATE_KEY for ${options.as}`);
  if (!mayAssert(options.as, identity)) throw new InvalidIdentityError(`${options.as} may assert only its own service identity`);
  const iat = Math.floor((options.nowMs ?? Date.now()) / 1000);
  if (iat !== signedSecond) {
    signed.clear();
    signedSecond = iat;
  }
  const cacheKey = `${options.as}\n${options.audience}\n${iat}\n${JSON.stringify(identity)}`;
  const cached = signed.get(cacheKey);
  if (cached !== undefined) return cached;
  const signingInput = `${base64url({ alg: 'EdDSA', kid: options.as, typ: 'JWT' })}.${base64url({
    identity, iss: options.as, aud: options.audience, iat, exp: iat + INTERNAL_IDENTITY_TTL_MS / 1000,
  })}`;
  const header = `${signingInput}.${sign(null, Buffer.from(signingInput), key).toString('base64url')}`;
  remember(signed, SIGNED_LIMIT, cacheKey, header);
  return header;
}

/** Reads and verifies the identity header addressed to `audience` (the subgraph reading it). */
export async function decodeIdentity(header: string | string[] | undefined, options: { audience: string; nowMs?: number }): Promise<Identity> {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw === '') throw new InvalidIdentityError('the signed identity header is missing');
  if (raw.length > 8192) throw new InvalidIdentityError('identity header is too long');
  const keys = verifiers;
  if (!keys) throw new InvalidIdentityError('no INTERNAL_IDENTITY_PUBLIC_KEYS are configured in this process');
  const now = (options.nowMs ?? Date.now()) / 1000;
  const cacheKey = `${options.audience}\n${raw}`;
  const hit = verified.get(cacheKey);
  if (hit) {
    checkTimes(hit.iat, hit.exp, now);
    return hit.identity;
  }
  const [encodedHeader, encodedPayload, signature, extra] = raw.split('.');
  if (!encodedHeader || !encodedPayload || !signature || extra !== undefined) throw new InvalidIdentityError('identity header is not a signed token');
  const head = jsonOf(encodedHeader) as { alg?: unknown; kid?: unknown; crit?: unknown };
  if (head.alg !== 'EdDSA' || head.crit !== undefined) throw new InvalidIdentityError('identity header is not signed with EdDSA');
  const key = typeof head.kid === 'string' ? keys.get(head.kid) : undefined;
  if (!key) throw new InvalidIdentityError(`identity header is signed by an unknown key ${JSON.stringify(head.kid ?? null)?.slice(0, 80)}`);
  const signer = head.kid as string;
  if (!verify(null, Buffer.from(`${encodedHeader}.${encodedPayload}`), key, Buffer.from(signature, 'base64url'))) {
    throw new InvalidIdentityError('identity header signature does not match');
  }
  const claims = jsonOf(encodedPayload) as { identity?: unknown; iss?: unknown; aud?: unknown; iat?: unknown; exp?: unknown };
  if (claims.iss !== signer) throw new InvalidIdentityError('identity header issuer is not its signer');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(options.audience)) throw new InvalidIdentityError(`identity header is addressed to another service, not ${options.audience}`);
  if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number') throw new InvalidIdentityError('identity header has no iat or exp');
  if (claims.exp - claims.iat > INTERNAL_IDENTITY_TTL_MS / 1000) throw new InvalidIdentityError('identity header lives too long');
  checkTimes(claims.iat, claims.exp, now);
  const parsed = identitySchema.safeParse(claims.identity);
  if (!parsed.success) throw new InvalidIdentityError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  if (!mayAssert(signer, parsed.data)) throw new InvalidIdentityError(`${signer} may assert only its own service identity, not a ${parsed.data.kind}`);
  // Shared by every request that brings the same header: frozen, so none can change another's.
  const identity = Object.freeze(parsed.data);
  forgetExpired(now);
  remember(verified, VERIFIED_LIMIT, cacheKey, { identity, iat: claims.iat, exp: claims.exp });
  return identity;
}

/**
 * Drops expired headers from the oldest end of `verified`: entries are added as headers arrive,
 * so the oldest are first; one that arrived late (signed a second earlier than the one before it)
 * waits until it reaches the front. Each entry is dropped once: O(1) per header, amortized.
 */
function forgetExpired(now: number): void {
  for (const [key, entry] of verified) {
    if (entry.exp > now - CLOCK_TOLERANCE_SECONDS) return;
    verified.delete(key);
  }
}

/** The header's lifetime against now (seconds), within the deployment's clock skew. */
function checkTimes(iat: number, exp: number, now: number): void {
  if (iat > now + CLOCK_TOLERANCE_SECONDS) throw new InvalidIdentityError('identity header is issued in the future');
  if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw new InvalidIdentityError('identity header has expired');
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jsonOf(part: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw new InvalidIdentityError('identity header is not base64url JSON');
}

/** The gateway asserts anyone; a subgraph only itself, as a service. */
function mayAssert(signer: string, identity: Identity): boolean {
  return signer === GATEWAY_SIGNER || isDeepStrictEqual(identity, { kind: 'service', service: signer });
}

export class InvalidIdentityError extends Error {
  constructor(reason: string) {
    super(`invalid identity: ${reason}`);
  }
}

function privateKeyOf(input: string | KeyObject): KeyObject {
  let key: KeyObject;
  try {
    key = typeof input !== 'string' ? input : input.trim().startsWith('{') ? createPrivateKey({ key: JSON.parse(input) as never, format: 'jwk' }) : createPrivateKey(input);
  } catch (error) {
    throw new Error(`INTERNAL_IDENTITY_PRIVATE_KEY is not a private key (PKCS#8 PEM or JWK): ${error instanceof Error ? error.message : String(error)}`);
  }
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') throw new Error('INTERNAL_IDENTITY_PRIVATE_KEY must be an Ed25519 private key');
  return key;
}

function publicKeysOf(json: string): ReadonlyMap<string, KeyObject> {
  let set: { keys?: unknown };
  try {
    set = JSON.parse(json) as { keys?: unknown };
  } catch {
    throw new Error('INTERNAL_IDENTITY_PUBLIC_KEYS is not JSON (a JWK Set: {"keys":[…]})');
  }
  if (!Array.isArray(set.keys) || set.keys.length === 0) throw new Error('INTERNAL_IDENTITY_PUBLIC_KEYS must be a JWK Set with at least one key');
  const keys = new Map<string, KeyObject>();
  for (const jwk of set.keys as { kid?: unknown; d?: unknown }[]) {
    if (typeof jwk.kid !== 'string' || !SIGNER_NAME.test(jwk.kid)) throw new Error('INTERNAL_IDENTITY_PUBLIC_KEYS: every key needs a kid, the name of its signer');
    if (jwk.d !== undefined) throw new Error(`INTERNAL_IDENTITY_PUBLIC_KEYS: the key of ${jwk.kid} is a private key; give only public keys`);
    if (keys.has(jwk.kid)) throw new Error(`INTERNAL_IDENTITY_PUBLIC_KEYS: two keys for ${jwk.kid}`);
    let key: KeyObject;
    try {
      key = createPublicKey({ key: jwk as never, format: 'jwk' });
    } catch (error) {
      throw new Error(`INTERNAL_IDENTITY_PUBLIC_KEYS: the key of ${jwk.kid} is not a JWK: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`INTERNAL_IDENTITY_PUBLIC_KEYS: the key of ${jwk.kid} is not Ed25519`);
    keys.set(jwk.kid, key);
  }
  return keys;
}

/**
 * A fresh key pair for each signer name, in the forms the configuration takes: each private key
 * as a JWK (JSON, one line), and the public keys as one JWK Set. `npm start` makes one per run;
 * tests make theirs.
 */
export function generateInternalIdentityKeys(names: readonly string[]): { privateKeys: Record<string, string>; publicKeys: string } {
  const privateKeys: Record<string, string> = {};
  const publicJwks: object[] = [];
  for (const name of names) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    privateKeys[name] = JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: name });
    publicJwks.push({ ...publicKey.export({ format: 'jwk' }), kid: name, alg: 'EdDSA', use: 'sig' });
  }
  return { privateKeys, publicKeys: JSON.stringify({ keys: publicJwks }) };
}
