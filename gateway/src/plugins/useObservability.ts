import type { Logger } from '@appmarket/core';
import { graphqlMetricsPlugin, observationOf, observeHttp, OperationLabels } from '@appmarket/telemetry';
import type { GatewayContext, GatewayPlugin } from '../plugin';

/**
 * Why: an operator sees every request, once. Each HTTP request ends in one log line (requestId,
 * route, status, durationMs, operationName, callerKind, the subgraphs it fetched from; never a
 * header, a variable or a token) and in the HTTP metrics; each GraphQL operation in the operation
 * metrics, labelled by name only for the operations the gateway knows (its persisted-query
 * manifests) or the first `operationCap` other names (packages/telemetry, operation-labels.ts).
 * Runs right after useRequestId, so every route is observed, refusals included.
 */
export function useObservability(options: { logger: Logger; knownOperations: Iterable<string>; operationCap?: number }): GatewayPlugin {
  const labels = new OperationLabels(options.knownOperations, options.operationCap);
  return {
    name: 'observability',
    http: { first: (app) => app.use(observeHttp('gateway', options.logger)) },
    context: ({ res }) => ({ observation: observationOf(res) }),
    apollo: graphqlMetricsPlugin<GatewayContext>({
      service: 'gateway',
      labels,
      onOperation(context, operationName) {
        if (!context.observation) return;
        context.observation.operationName = operationName?.slice(0, 120);
        context.observation.callerKind = context.caller?.identity.kind;
      },
    }),
    subgraphs: {
      willSendRequest(_request, context, subgraph) {
        if (context.observation) (context.observation.subgraphs ??= new Set()).add(subgraph);
      },
    },
  };
}
