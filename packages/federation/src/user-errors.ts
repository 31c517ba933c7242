import { DomainError, describeEntry, type ErrorCodeMap } from '@appmarket/core';

/**
 * Errors as data (issue 19, item 2; docs/API.md, "Errors as data"): the building blocks of
 * `<Name>Payload { <object>, userErrors: [<Name>UserError!]! }`; mutation-payloads.ts makes the
 * GraphQL types from them.
 *
 * A refusal a form can show (a field out of bounds, an alias taken, a key reused) becomes a user
 * error with the path of the argument it concerns; who is calling, what it may do, limits and
 * faults stay top-level errors (TOP_LEVEL_CODES), as they concern the request, not a field.
 */
export interface UserError<C extends string = string> {
  /** The path into the mutation's arguments (`["input", "paidAppOptions"]`); null for the request as a whole. */
  field: string[] | null;
  message: string;
  code: C;
}

/** Codes that never become user errors: authentication, permissions, limits, our faults, a retry still running. */
export const TOP_LEVEL_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_ERROR', 'UPSTREAM_TIMEOUT',
  'TOO_MANY_CONCURRENT_REQUESTS', 'RATE_LIMITED', 'IDEMPOTENCY_KEY_IN_PROGRESS',
]);

/**
 * The user error of a refusal, or null when it stays a top-level error (not a DomainError, a
 * top-level code, or a code the mutation does not declare). `details.field` names the argument
 * (`paidAppOptions`, or a dotted path `positions.0.priceKopecks`); `under` is the argument it sits
 * in (`input`), unless the field is a top-level argument itself (`idempotencyKey`).
 */
export function userErrorOf<C extends string>(
  error: unknown,
  declared: readonly C[],
  under: string | null = null,
  topLevelArguments: readonly string[] = [],
): UserError<C> | null {
  if (!(error instanceof DomainError) || TOP_LEVEL_CODES.has(error.code) || !declared.includes(error.code as C)) return null;
  return { field: pathOf(error.details.field, under, topLevelArguments), message: error.message, code: error.code as C };
}

/**
 * Every user error of a refusal: a DomainError may carry the other problems it found beside its
 * own in `details.errors` (`{ code, message, field }` each), so a form shows them all at once.
 * Null when the refusal stays top-level (see userErrorOf).
 */
export function userErrorsOf<C extends string>(
  error: unknown,
  declared: readonly C[],
  under: string | null = null,
  topLevelArguments: readonly string[] = [],
): UserError<C>[] | null {
  const first = userErrorOf(error, declared, under, topLevelArguments);
  if (!first) return null;
  const more = (error as DomainError).details.errors;
  if (!Array.isArray(more)) return [first];
  const rest = more
    .filter((e): e is { code: string; message: string; field?: unknown } => typeof e?.code === 'string' && typeof e?.message === 'string')
    .filter((e) => declared.includes(e.code as C) && !TOP_LEVEL_CODES.has(e.code))
    .map((e) => ({ field: pathOf(e.field, under, topLevelArguments), message: e.message, code: e.code as C }));
  return [first, ...rest.filter((e) => !(e.code === first.code && e.message === first.message))];
}

/** `details.field` (`alias`, `positions.0.priceKopecks`) as a path into the mutation's arguments. */
function pathOf(field: unknown, under: string | null, topLevelArguments: readonly string[]): string[] | null {
  const named = typeof field === 'string' && field !== '' ? field.split('.') : null;
  if (!named) return null;
  const topLevel = named[0] === 'idempotencyKey' || named[0] === under || topLevelArguments.includes(named[0]!);
  return under && !topLevel ? [under, ...named] : named;
}

/**
 * Runs a mutation's service call for its payload: the result, or the user error its refusal
 * makes; a refusal that is no user error is thrown again (it stays top-level).
 */
export async function withUserErrors<T, C extends string>(
  declared: readonly C[],
  under: string | null,
  run: () => Promise<T>,
  topLevelArguments: readonly string[] = [],
): Promise<{ result: T | null; userErrors: UserError<C>[] }> {
  try {
    return { result: await run(), userErrors: [] };
  } catch (error) {
    const userErrors = userErrorsOf(error, declared, under, topLevelArguments);
    if (!userErrors) throw error;
    return { result: null, userErrors };
  }
}

/**
 * The values of a mutation's `<Name>ErrorCode` enum, each described by its entry in the one
 * catalogue (the owners' `error-codes.ts` maps), for type-graphql's `registerEnumType`. Throws
 * when a code is not catalogued or is top-level, so an enum cannot drift from the catalogue.
 */
export function userErrorCodeEnum<C extends string>(declared: readonly C[], catalogue: readonly ErrorCodeMap[]) {
  const values = Object.fromEntries(declared.map((code) => [code, code])) as { [K in C]: K };
  const valuesConfig: Record<string, { description: string }> = {};
  for (const code of declared) {
    if (TOP_LEVEL_CODES.has(code)) throw new Error(`${code} is a top-level error, not a user error`);
    const entry = catalogue.find((codes) => codes[code] !== undefined)?.[code];
    if (entry === undefined) throw new Error(`${code} is not in the error catalogue`);
    valuesConfig[code] = { description: describeEntry(entry).description };
  }
  return { values, valuesConfig };
}
