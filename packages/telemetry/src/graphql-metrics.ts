import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { graphqlDuration, graphqlErrors, graphqlOperations } from './metrics';
import type { OperationLabels } from './operation-labels';

/** Error codes are ours (one catalogue), but a code is still checked before it becomes a label. */
const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

/**
 * Apollo Server plugin: per GraphQL operation, its count by outcome, its latency and its errors
 * by `extensions.code` as the client sees them (after masking), under a bounded operation label.
 * An operation refused before it resolved (parse, validation) counts as `invalid`.
 */
export function graphqlMetricsPlugin<TContext extends BaseContext>(options: {
  service: string;
  labels: OperationLabels;
  /** Told the resolved operation (the gateway puts it in its request log line). */
  onOperation?(context: TContext, operationName: string | undefined, type: string): void;
}): ApolloServerPlugin<TContext> {
  const { service, labels } = options;
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let operation = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: resolved }) {
          operation = labels.label(operationName);
          type = resolved?.operation ?? 'unknown';
          options.onOperation?.(contextValue, operationName ?? undefined, type);
        },
        async willSendResponse({ response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          graphqlOperations.inc({ service, operation, type, outcome: errors.length ? 'error' : 'ok' });
          graphqlDuration.observe({ service, operation }, seconds);
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'NO_CODE');
            graphqlErrors.inc({ service, operation, code: CODE.test(code) ? code : 'OTHER' });
          }
        },
      };
    },
  };
}
