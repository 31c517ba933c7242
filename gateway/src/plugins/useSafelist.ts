import { GraphQLError } from 'graphql';
import { sha256Hex, type OperationManifests } from '../persisted-queries';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: partner integrations (install tokens) run only the operations registered in a
 * persisted-query manifest, so what an app can ask is known and planned ahead; anything else is
 * OPERATION_NOT_REGISTERED (403). Users' own front ends are not limited by it.
 */
export function useSafelist(manifests: OperationManifests): GatewayPlugin {
  return {
    name: 'safelist',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, source }) {
            if (contextValue.caller.registeredOperationsOnly && !manifests.byHash.has(sha256Hex(source))) {
              throw new GraphQLError('App tokens may run only operations registered in a persisted-query manifest.', {
                extensions: { code: 'OPERATION_NOT_REGISTERED', http: { status: 403 } },
              });
            }
          },
        };
      },
    },
  };
}
