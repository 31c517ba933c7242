import type { Logger } from '@appmarket/core';
import type { GatewayPlugin, SubgraphFailure, SubgraphResponse } from '../plugin';
import { pathsOfFetch } from '../subgraph-failures';

/**
 * Why: a subgraph that is down, too slow or answering 5xx must cost only its own fields (issue 14
 * item 4; docs/ARCHITECTURE.md, "Nullability"). Left alone, @apollo/gateway reports such a fetch
 * as one error without a path (masked as INTERNAL_SERVER_ERROR). Here the failed fetch is answered
 * with one error per field it owed: `path` (mapped by the gateway onto the client's path),
 * `extensions.serviceName` (added by the gateway) and UPSTREAM_UNAVAILABLE, or UPSTREAM_TIMEOUT
 * after GATEWAY_SUBGRAPH_TIMEOUT_MS; those fields are null (each is nullable by the rules), and
 * every other subgraph's data stays. The cause (a URL, a socket error) goes to the log only,
 * with the request id. A subgraph's 4xx (it refused the input) is left to useErrorMasking.
 */
export function useSubgraphOutage(logger: Logger): GatewayPlugin {
  return {
    name: 'subgraph-outage',
    subgraphs: {
      fetchFailed(failure, context) {
        const status = httpStatusOf(failure.error);
        if (status !== undefined && status < 500) return undefined;
        const code = isTimeout(failure.error) ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE';
        logger.error('subgraph fetch failed', {
          requestId: context.requestId,
          serviceName: failure.subgraph,
          code,
          status,
          error: failure.error instanceof Error ? failure.error.message : String(failure.error),
        });
        return fieldErrors(failure, code);
      },
    },
  };
}

function fieldErrors(failure: SubgraphFailure, code: 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT'): SubgraphResponse | undefined {
  const paths = failure.request.query ? pathsOfFetch(failure.request.query, failure.request.variables) : [];
  if (paths.length === 0) return undefined;
  const message = code === 'UPSTREAM_TIMEOUT'
    ? `The ${failure.subgraph} service did not answer in time; this field is unavailable.`
    : `The ${failure.subgraph} service is unavailable; this field could not be resolved.`;
  return { errors: paths.map((path) => ({ message, path, extensions: { code } })) };
}

/** The status of a subgraph's HTTP error answer (RemoteGraphQLDataSource's errorFromResponse). */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { response?: { status?: unknown } } } | undefined)?.extensions?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** undici's headers and body timeouts (subgraph-fetcher.ts bounds both by the subgraph timeout). */
function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT$/.test(code);
}
