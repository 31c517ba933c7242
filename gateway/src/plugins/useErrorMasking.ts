import type { Logger } from '@appmarket/core';
import { currentRequestId } from '@appmarket/federation';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: a GraphQL answer never shows what broke inside (a subgraph's URL, a connection string, a
 * stack): errors without a code are logged with the request id and answered as
 * INTERNAL_SERVER_ERROR carrying that id. Coded errors (domain refusals, ours) pass with their
 * path and `serviceName`, without internal extensions (a subgraph's HTTP answer, a stack). A
 * subgraph that is down: useSubgraphOutage.
 * HTTP-level errors outside GraphQL: useJsonErrors.
 */
export function useErrorMasking(logger: Logger): GatewayPlugin {
  return { name: 'error-masking', apolloOptions: { formatError: maskInternalErrors(logger) } };
}

/** Codes that only say "something broke inside": masked like errors without a code. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SUBREQUEST_HTTP_ERROR', 'SUBREQUEST_MALFORMED_RESPONSE', 'DOWNSTREAM_SERVICE_ERROR']);

/** Apollo Server's `formatError`: see useErrorMasking. */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && !INTERNAL_CODES.has(code)) return withoutInternals(formatted);
    const requestId = currentRequestId();
    // A subgraph that refused the input itself (HTTP 400, e.g. a custom scalar literal the
    // supergraph cannot check) is the client's mistake: its message, never its URL or body.
    const refusal = subgraphInputRefusal(formatted);
    if (refusal) return { message: refusal, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', requestId } };
    logger.error('unexpected error', {
      requestId,
      error: formatted.message,
      stack: error instanceof Error ? error.stack : undefined,
      path: formatted.path,
      serviceName: formatted.extensions?.serviceName,
    });
    // Which subgraph failed is not an internal detail (a client can tell an outage of one part).
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, ...(typeof serviceName === 'string' ? { serviceName } : {}) },
    };
  };
}

/**
 * Extensions that describe our insides, never sent even on a coded error: a subgraph's HTTP
 * answer (`response`: its URL, status and body, set by @apollo/gateway on a failed fetch), a
 * stack (`exception`, `stacktrace`).
 */
const INTERNAL_EXTENSIONS = ['response', 'exception', 'stacktrace'];

function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions;
  if (!extensions || !INTERNAL_EXTENSIONS.some((key) => key in extensions)) return formatted;
  return { ...formatted, extensions: Object.fromEntries(Object.entries(extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key))) };
}

/** Codes a subgraph answers HTTP 400 with when the operation's input is wrong. */
const SUBGRAPH_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']);

/** The subgraph's own message when it answered HTTP 400 for bad input, else undefined. */
function subgraphInputRefusal(formatted: GraphQLFormattedError): string | undefined {
  const response = formatted.extensions?.response as { status?: number; body?: unknown } | undefined;
  if (response?.status !== 400) return undefined;
  let body = response.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  }
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
  return first && typeof first.message === 'string' && SUBGRAPH_INPUT_CODES.has(String(first.extensions?.code)) ? first.message : undefined;
}
