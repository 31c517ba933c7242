import { ErrorCodes, statusOf, withStatus, type ErrorCodeMap, type KnownErrorCode } from '@appmarket/core';
import { GraphQLError } from 'graphql';

/**
 * The codes only the gateway answers with (`extensions.code`), each with when, and the HTTP status
 * of the refused request. Generic codes (UNAUTHENTICATED, FORBIDDEN, BAD_REQUEST, NOT_FOUND,
 * BODY_TOO_LARGE, UPSTREAM_UNAVAILABLE, INTERNAL_SERVER_ERROR) are @appmarket/core's; domain codes
 * of the subgraphs pass through unchanged. docs/ERRORS.md lists them all (`npm run errors`).
 */
export const GatewayErrorCodes = {
  // Apollo Server's own codes, as the gateway answers them.
  GRAPHQL_PARSE_FAILED: withStatus(400, 'The query is not valid GraphQL syntax.'),
  GRAPHQL_VALIDATION_FAILED: withStatus(400, 'The operation is not valid against the schema (an unknown field, a wrong argument type, …).'),
  OPERATION_RESOLUTION_FAILURE: withStatus(400, 'The document holds several operations and operationName is missing, or names none of them.'),
  PERSISTED_QUERY_NOT_FOUND: 'APQ: the hash is not known yet; send the query text with the hash once (HTTP 200, as the APQ protocol wants).',
  PERSISTED_QUERY_VERSION_NOT_SUPPORTED: withStatus(400, 'APQ: extensions.persistedQuery.version is not 1, the only version there is.'),
  PERSISTED_QUERY_HASH_MISMATCH: withStatus(400, 'APQ: sha256Hash is not the SHA-256 of the query text sent with it, or not 64 hex digits.'),
  OPERATION_NOT_REGISTERED: withStatus(403, "An app token (partner integration) may run only operations registered in a persisted-query manifest; a capability key (TL-1: the TELEPHONY key) only its capability's root fields (gateway/capabilities/)."),
  // Phone API limits (docs/telephony-loyalty.md, "Limits"), counted at the gateway across replicas.
  RATE_LIMITED: withStatus(429, "Phone API: more than 100 requests in 5 s with one key (REST: 429 with MoySklad's code 1049 and X-Lognex-Retry-After); `retryAfterSeconds` says when."),
  // Limits on one operation (docs/gateway.md, "Limits"): each names the measured value and the limit.
  MAX_TOKENS_EXCEEDED: withStatus(400, 'The document has more lexical tokens than GATEWAY_MAX_TOKENS (refused before it is parsed further).'),
  MAX_FRAGMENTS_EXCEEDED: withStatus(400, 'The document defines more fragments than GATEWAY_MAX_FRAGMENTS.'),
  MAX_DIRECTIVES_EXCEEDED: withStatus(400, 'A field or fragment carries more directives than GATEWAY_MAX_DIRECTIVES.'),
  MAX_REPEATED_FIELDS_EXCEEDED: withStatus(400, 'One selection set asks for one response name more often than GATEWAY_MAX_REPEATED_FIELDS (inline fragments merged).'),
  MAX_SELECTIONS_EXCEEDED: withStatus(400, 'The document makes more selections (fields, spreads, inline fragments) than GATEWAY_MAX_SELECTIONS, counted as executed: a spread counts its fragment\'s selections each time.'),
  MAX_DEPTH_EXCEEDED: withStatus(400, 'The operation nests fields deeper than GATEWAY_MAX_DEPTH.'),
  MAX_ALIASES_EXCEEDED: withStatus(400, 'The operation uses more aliases than GATEWAY_MAX_ALIASES, counted as executed.'),
  COST_LIMIT_EXCEEDED: withStatus(400, 'The estimated cost (fields times the first/last page sizes around them: literals, variables, variable defaults) is above GATEWAY_MAX_COST.'),
  BATCHING_NOT_ALLOWED: withStatus(400, 'A JSON array of operations was sent while batching is off (GATEWAY_MAX_BATCH=0).'),
  BATCH_TOO_LARGE: withStatus(400, 'A batch holds more operations than GATEWAY_MAX_BATCH.'),
  UPSTREAM_TIMEOUT: withStatus(504, 'A subgraph got no answer in time: a REST route proxied to it (Vendor API, Phone API) answers 504; in GraphQL each field it owed is null with this code at its path and `serviceName` (the rest of the data kept).'),
} as const satisfies ErrorCodeMap;

export type GatewayErrorCode = keyof typeof GatewayErrorCodes;

/** The HTTP status a code of the gateway's (or a generic one) refuses a request with; 400 when it names none. */
export function statusOfCode(code: GatewayErrorCode | KnownErrorCode): number {
  return statusOf(GatewayErrorCodes, code, statusOf(ErrorCodes, code, 400));
}

/** A refusal with `code`, its status from the catalogue in `extensions.http` (Apollo Server answers with it). */
export function gatewayError(code: GatewayErrorCode | KnownErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status: statusOfCode(code) } } });
}
