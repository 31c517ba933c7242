import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_TYPES } from '@appmarket/core';
import { z } from 'zod';

/**
 * Who is calling, as the gateway established it. Subgraphs read it from one internal header and
 * nowhere else. The header is signed: `<base64url(JSON {identity, exp})>.<base64url(HMAC-SHA256)>`
 * with the secret every service of one deployment shares (`INTERNAL_IDENTITY_SECRET`), and it
 * expires a few seconds after it was made. The gateway signs it after verifying the caller;
 * subgraphs sign it for their internal calls (`callPeer`). A missing, forged, malformed or
 * expired header is refused, so calling a subgraph directly gains nothing.
 */
export const IDENTITY_HEADER = 'x-appmarket-identity';

/** How long a signed header is accepted after it was made. */
export const INTERNAL_IDENTITY_TTL_MS = 15_000;
export const INTERNAL_IDENTITY_SECRET_MIN_LENGTH = 32;

/** A host platform's id: lower-case latin letters, digits and dashes, as configured for its API keys. */
export const HOST_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('user'),
    userId: z.uuid(),
    accountId: z.uuid(),
    role: z.enum(['ADMIN', 'EMPLOYEE']),
  }),
  z.object({ kind: z.literal('vendor'), vendorId: z.uuid(), userId: z.string().optional() }),
  z.object({ kind: z.literal('moderator'), moderatorId: z.string() }),
  z.object({
    kind: z.literal('app'),
    installId: z.uuid(),
    accountId: z.uuid(),
    appId: z.uuid(),
    appType: z.enum(APP_TYPES),
  }),
  // BX-8: an account's incoming webhook; what it may read is the permission set its admin chose.
  z.object({ kind: z.literal('webhook'), webhookId: z.uuid(), accountId: z.uuid() }),
  // Another subgraph calling an internal operation (e.g. billing asking accounts to notify a vendor).
  z.object({ kind: z.literal('service'), service: z.string() }),
  // A host platform provisioning its customers with its own credential (docs/provisioning.md).
  z.object({ kind: z.literal('host'), hostId: z.string().regex(HOST_ID_PATTERN) }),
]);

export const IdentitySchema = identitySchema;
export type Identity = z.infer<typeof identitySchema>;
export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' });

/**
 * The signing key of this process. One deployment shares one secret, so it is set once at
 * start-up (`runStandalone`, the gateway's main, the test setup) from the service's config.
 */
let secret: Buffer | undefined;

export function configureInternalIdentity(options: { secret: string }): void {
  if (options.secret.length < INTERNAL_IDENTITY_SECRET_MIN_LENGTH) {
    throw new Error(`INTERNAL_IDENTITY_SECRET must have at least ${INTERNAL_IDENTITY_SECRET_MIN_LENGTH} characters`);
  }
  secret = Buffer.from(options.secret, 'utf8');
}

function key(): Buffer {
  if (!secret) throw new InvalidIdentityError('no INTERNAL_IDENTITY_SECRET is configured in this process');
  return secret;
}

const sign = (payload: string, k: Buffer) => createHmac('sha256', k).update(payload).digest();

/** The signed header value for `identity`, valid for INTERNAL_IDENTITY_TTL_MS from `nowMs`. */
export function encodeIdentity(identity: Identity, nowMs: number = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ identity, exp: nowMs + INTERNAL_IDENTITY_TTL_MS })).toString('base64url');
  return `${payload}.${sign(payload, key()).toString('base64url')}`;
}

/** Reads and verifies the identity header; missing, forged, malformed or expired ones are refused. */
export function decodeIdentity(header: string | string[] | undefined, nowMs: number = Date.now()): Identity {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw === '') throw new InvalidIdentityError('the signed identity header is missing');
  const [payload, signature, extra] = raw.split('.');
  if (!payload || !signature || extra !== undefined) throw new InvalidIdentityError('identity header is not a signed token');
  const expected = sign(payload, key());
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidIdentityError('identity header signature does not match');
  }
  let json: { identity?: unknown; exp?: unknown };
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof json;
  } catch {
    throw new InvalidIdentityError('identity header is not base64url JSON');
  }
  if (typeof json.exp !== 'number' || json.exp < nowMs) throw new InvalidIdentityError('identity header has expired');
  const parsed = identitySchema.safeParse(json.identity);
  if (!parsed.success) throw new InvalidIdentityError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

export class InvalidIdentityError extends Error {
  constructor(reason: string) {
    super(`invalid identity: ${reason}`);
  }
}
