import { withStatus, type ErrorCodeMap } from './error-catalogue';

/**
 * The generic error codes (`extensions.code`), shared by every service: the domain refusals any
 * subgraph may use, and the HTTP-level answers of the gateway and the subgraphs' routes. Domain
 * code throws `DomainError` with one of these or with a code of its owner's own map
 * (`error-codes.ts`); the GraphQL edge maps it (packages/federation/src/errors.ts). Each code has
 * one owner (error-catalogue.ts): a code used by several services lives here.
 */
export const ErrorCodes = {
  BAD_USER_INPUT: withStatus(400, 'The input is malformed or violates a field constraint (a variable, an argument, a REST body).'),
  BAD_REQUEST: withStatus(400, 'The HTTP request itself is malformed (a body that is not valid JSON, an unsupported charset), before any operation runs; the status says which.'),
  BODY_TOO_LARGE: withStatus(413, 'The request body is larger than the route accepts (GATEWAY_MAX_BODY_BYTES for GraphQL; each REST route its own).'),
  UNAUTHENTICATED: withStatus(401, 'Credentials were presented but are bad, expired, revoked or of an unknown kind; or a subgraph was called without a valid signed identity.'),
  FORBIDDEN: withStatus(403, 'The caller is authenticated but may not do this; on a field guarded by @requiresPermission (AR-2) the field is null with this error.'),
  NOT_FOUND: withStatus(404, 'The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route.'),
  CONFLICT: withStatus(409, 'The request conflicts with the current state of the object.'),
  INTERNAL_SERVER_ERROR: withStatus(500, 'An unexpected failure, masked; the log line carries the same requestId.'),
  UPSTREAM_UNAVAILABLE: withStatus(503, 'Another service this request needs could not be reached (a subgraph, accounts for install tokens, the subgraph behind a proxied route: 502/503). In GraphQL each field a subgraph that is down owed is null with this code at its path and the subgraph in `serviceName`; the rest of the data is kept (HTTP 200).'),
  UPSTREAM_ERROR: withStatus(502, 'Another subgraph failed without a domain code.'),
  INSTALL_NOT_LIVE: 'The install was removed: install the app again first (AR-3; accounts for app operations, telephony-loyalty for connecting a LOYALTY app, TL-2).',
  TOO_MANY_CONCURRENT_REQUESTS: withStatus(429, 'Too many requests at once from one caller; retry when one ends. Phone API: 5 per key or 100 per address, counted by the gateway (REST: 429 with code 1073); Loyalty API: 5 point-of-sale calls per employee.'),
  // Input bounds (packages/federation/src/input-bounds, docs/INPUT-BOUNDS.md): each names the argument in `extensions.field`.
  INPUT_TOO_LONG: withStatus(400, 'A string argument or input field is longer than its bound (`extensions.field`, `max`), in characters.'),
  INPUT_BLANK: withStatus(400, 'A string argument or input field that must say something is empty or only spaces.'),
  INPUT_INVALID_TEXT: withStatus(400, 'A string holds a NUL or another control character (tab and line breaks only where the text may span lines), or a lone UTF-16 surrogate.'),
  INPUT_TOO_MANY_ITEMS: withStatus(400, 'A list argument or input field holds more items than its bound (`max`).'),
  INPUT_OUT_OF_RANGE: withStatus(400, 'A number is outside its bound (`min`, `max`): page sizes, amounts, periods, counts.'),
  INPUT_INVALID_ID: withStatus(400, 'An ID argument is not a UUID (or, for an owner-declared opaque id, not 1–N printable characters).'),
  INPUT_INVALID_URL: withStatus(400, 'A URL argument is not an absolute URL with a host, of an allowed scheme (https; http only where the owner\'s egress policy may allow it), without credentials.'),
  INPUT_INVALID_FORMAT: withStatus(400, 'A string does not have the shape its bound declares (a month YYYY-MM, digits only, a tariff name, …).'),
  MARKETPLACE_SUBSCRIPTION_REQUIRED: 'The marketplace subscription (or its demo) is needed: billing, for a paid app without a trial (BX-2); accounts, in zone ru, for local apps and webhooks (BX-8, BX-4).',
} as const satisfies ErrorCodeMap;

export type KnownErrorCode = keyof typeof ErrorCodes;

/** An expected, user-facing failure of a domain rule. */
export class DomainError extends Error {
  constructor(
    readonly code: KnownErrorCode | (string & {}),
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', `${what} not found`, details);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

/** Returns the value, or throws NOT_FOUND when it is null or undefined. */
export function requireFound<T>(value: T | null | undefined, what: string, details: Record<string, unknown> = {}): T {
  if (value === null || value === undefined) throw new NotFoundError(what, details);
  return value;
}
