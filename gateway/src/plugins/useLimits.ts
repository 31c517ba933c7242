import type { OperationLimits } from '../limits';
import { enforceLimits, measureOperation } from '../limits';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: one request must not cost the subgraphs unbounded work. Depth, aliases and estimated cost
 * (limits.ts) are measured on the operation as sent and refused before it is planned, each with
 * its own code and the measured value.
 */
export function useLimits(limits: OperationLimits): GatewayPlugin {
  return {
    name: 'limits',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operation, request }) {
            if (!operation) return; // GraphQL has already refused it
            enforceLimits(measureOperation(document, operation, request.variables ?? {}), limits);
          },
        };
      },
    },
  };
}
