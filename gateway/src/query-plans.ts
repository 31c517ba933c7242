import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import type { Logger } from '@appmarket/core';
import { parse } from 'graphql';
import type { ManifestOperation } from './persisted-queries';

/**
 * Plans every registered operation at start-up and puts the plans where the gateway looks for
 * them (its query plan store, keyed as its executor keys it: the query hash, and with an
 * operation name sha256(hash + name)), so the first request pays no planning time.
 * @apollo/gateway has no public API for this; its internals are reached here only, and a change
 * of them costs only the warm-up (logged), never a request.
 */
export function warmQueryPlans(gateway: ApolloGateway, operations: ManifestOperation[], logger: Logger): number {
  const internals = gateway as unknown as {
    apiSchema?: Parameters<typeof operationFromDocument>[0];
    queryPlanner?: { buildQueryPlan(operation: unknown, options?: unknown): unknown };
    queryPlanStore?: { set(key: string, plan: unknown): Promise<void> | void };
  };
  if (!internals.apiSchema || !internals.queryPlanner || !internals.queryPlanStore) {
    if (operations.length) logger.warn('registered operations not planned at start-up: gateway internals changed');
    return 0;
  }
  let planned = 0;
  for (const op of operations) {
    try {
      const plan = internals.queryPlanner.buildQueryPlan(
        operationFromDocument(internals.apiSchema, parse(op.body), { operationName: op.name }),
      );
      void internals.queryPlanStore.set(op.id, plan);
      void internals.queryPlanStore.set(createHash('sha256').update(op.id).update(op.name).digest('hex'), plan);
      planned++;
    } catch (error) {
      logger.warn('registered operation could not be planned', { client: op.client, operation: op.name, error: String(error) });
    }
  }
  return planned;
}
