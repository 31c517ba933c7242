import { z } from 'zod';

/**
 * Who is calling, as the gateway established it. Subgraphs read it from one internal header and
 * nowhere else. Until the gateway signs the header (gateway issue), it is trusted as sent; that
 * change happens here and only here.
 */
export const IDENTITY_HEADER = 'x-appmarket-identity';

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
    appType: z.enum(['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY']),
  }),
  // Another subgraph calling an internal operation (e.g. billing asking accounts to notify a vendor).
  z.object({ kind: z.literal('service'), service: z.string() }),
]);

export type Identity = z.infer<typeof identitySchema>;
export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' });

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

/** Reads the identity header; a missing header is anonymous, a malformed one is refused. */
export function decodeIdentity(header: string | string[] | undefined): Identity {
  if (header === undefined || header === '') return ANONYMOUS;
  const raw = Array.isArray(header) ? header[0]! : header;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidIdentityError('identity header is not base64url JSON');
  }
  const parsed = identitySchema.safeParse(json);
  if (!parsed.success) throw new InvalidIdentityError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

export class InvalidIdentityError extends Error {
  constructor(reason: string) {
    super(`invalid identity: ${reason}`);
  }
}
