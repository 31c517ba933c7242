/**
 * The codes the gateway itself answers with (`extensions.code`), each with when it is used.
 * Domain codes of the subgraphs pass through unchanged.
 */
export const GatewayErrorCodes = {
  UNAUTHENTICATED: 'Credentials were presented but are bad, expired, revoked, or of an unknown kind.',
  FORBIDDEN: 'A requested field needs a permission the caller lacks (AR-2: an app\'s own frozen set, BX-8: a webhook\'s chosen one; a user\'s role); the field is null. Also: an app or webhook token asked for a root field marked not-for-tokens.',
  PERSISTED_QUERY_NOT_FOUND: 'APQ: the hash is not known yet; send the query text with the hash once.',
  OPERATION_NOT_REGISTERED: 'An app token (partner integration) may run only operations registered in a persisted-query manifest; a capability key (TL-1: the TELEPHONY key) only its capability\'s root fields (gateway/capabilities/).',
  RATE_LIMITED: 'Phone API: more than 100 requests in 5 s with one key (REST: 429 with MoySklad\'s code 1049 and X-Lognex-Retry-After); `retryAfterSeconds` says when.',
  TOO_MANY_CONCURRENT_REQUESTS: 'Phone API: more than 5 requests at once with one key, or 100 from one address (REST: 429 with code 1073).',
  BAD_REQUEST: 'The HTTP request itself is malformed (a body that is not valid JSON, an unsupported charset); the status says which.',
  NOT_FOUND: 'No route of the gateway answers this method and path (JSON 404).',
  BODY_TOO_LARGE: 'The request body is larger than GATEWAY_MAX_BODY_BYTES.',
  MAX_DEPTH_EXCEEDED: 'The operation nests fields deeper than GATEWAY_MAX_DEPTH.',
  MAX_ALIASES_EXCEEDED: 'The operation uses more aliases than GATEWAY_MAX_ALIASES.',
  COST_LIMIT_EXCEEDED: 'The estimated cost of the operation (fields times list sizes) is above GATEWAY_MAX_COST.',
  BATCHING_NOT_ALLOWED: 'A JSON array of operations was sent while batching is off (GATEWAY_MAX_BATCH=0).',
  BATCH_TOO_LARGE: 'A batch holds more operations than GATEWAY_MAX_BATCH.',
  UPSTREAM_UNAVAILABLE: 'Install tokens could not be checked with accounts, or the subgraph behind GET /events/call-cards or a proxied REST route (Vendor API, Phone API) could not be reached (502/503).',
  UPSTREAM_TIMEOUT: 'A REST route proxied to a subgraph (Vendor API, Phone API) got no answer in time (504).',
  INTERNAL_SERVER_ERROR: 'An unexpected failure, masked (in a GraphQL answer or as an HTTP 500); the log line carries the same requestId.',
} as const satisfies Record<string, string>;

export type GatewayErrorCode = keyof typeof GatewayErrorCodes;
