import type { Logger } from '@appmarket/core';
import type { OperationManifests } from '../persisted-queries';
import type { GatewayPlugin } from '../plugin';
import { warmQueryPlans } from '../query-plans';

/**
 * Why: the operations of the manifests are known before any request, so they are planned at
 * start-up and the first request pays no planning time (query-plans.ts). The counts go on the
 * "gateway ready" log line.
 */
export function usePlanWarmup(manifests: OperationManifests, logger: Logger): GatewayPlugin {
  return {
    name: 'plan-warmup',
    started: (gateway) => ({
      registeredOperations: manifests.operations.length,
      plannedAtStart: warmQueryPlans(gateway, manifests.operations, logger),
    }),
  };
}
