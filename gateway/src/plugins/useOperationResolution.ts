import { gatewayError } from '../error-codes';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: a document with several operations and no operationName, or an operationName it does not
 * define, is the client's mistake. Apollo Server answers it 400 OPERATION_RESOLUTION_FAILURE
 * without a gateway; with one, @apollo/gateway's executor fails with a 500 INVALID_GRAPHQL (issue
 * 14). Refused here, before anything plans or runs it, with Apollo Server's own code.
 */
export function useOperationResolution(): GatewayPlugin {
  return {
    name: 'operation-resolution',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, request }) {
            if (operation) return;
            throw gatewayError(
              'OPERATION_RESOLUTION_FAILURE',
              request.operationName
                ? `The document has no operation named "${request.operationName.slice(0, 100)}".`
                : 'The document has several operations: say which to run in operationName.',
            );
          },
        };
      },
    },
  };
}
