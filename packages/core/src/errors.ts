/**
 * The one catalogue of error codes the API answers with (`extensions.code`). Domain code throws
 * `DomainError` with one of these; the GraphQL edge maps it (packages/federation/src/errors.ts).
 * Domain issues add their codes here, each with a description of when it is used.
 */
export const ErrorCodes = {
  BAD_USER_INPUT: 'The input is malformed or violates a field constraint.',
  BAD_REQUEST: 'The HTTP request itself is malformed (e.g. a body that is not JSON), before any operation runs.',
  BODY_TOO_LARGE: 'The request body is larger than the server accepts.',
  UNAUTHENTICATED: 'No valid credentials were presented where they are required.',
  FORBIDDEN: 'The caller is authenticated but may not do this.',
  NOT_FOUND: 'The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route.',
  CONFLICT: 'The request conflicts with the current state of the object.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; details are in the logs under the request id.',
  UPSTREAM_UNAVAILABLE: 'Another subgraph this operation needs could not be reached in time.',
  UPSTREAM_ERROR: 'Another subgraph failed without a domain code.',
} as const satisfies Record<string, string>;

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
