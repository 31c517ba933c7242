import { GraphQLError } from 'graphql';
import { rootFieldsOf, type OperationScope } from '../operation-scope';
import { sha256Hex, type OperationManifests } from '../persisted-queries';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: what a token may ask is known ahead. Partner integrations (install tokens) run only the
 * operations registered in a persisted-query manifest; a key of a capability (TL-1: the TELEPHONY
 * key and the Phone API) runs the capability's root fields (operation-scope.ts); app and webhook
 * tokens never run a root field marked not-for-tokens (FORBIDDEN). Anything else a token sends is
 * OPERATION_NOT_REGISTERED (403). Users' own front ends are not limited by it.
 */
export function useSafelist(manifests: OperationManifests, scope: OperationScope): GatewayPlugin {
  return {
    name: 'safelist',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, source, document, operation }) {
            const { identity, registeredOperationsOnly } = contextValue.caller;
            const isToken = identity.kind === 'app' || identity.kind === 'webhook';
            if (!isToken && !registeredOperationsOnly) return;
            const roots = operation ? rootFieldsOf(document, operation) : [];
            const userOnly = isToken ? roots.find((root) => scope.notForTokens.has(root)) : undefined;
            if (userOnly) {
              throw new GraphQLError(`${userOnly} is not for app or webhook tokens.`, {
                extensions: { code: 'FORBIDDEN', field: userOnly, http: { status: 403 } },
              });
            }
            if (!registeredOperationsOnly) return;
            const capability = identity.kind === 'app' ? scope.capabilities.get(identity.appType) : undefined;
            const allowed = capability ? roots.every((root) => capability.has(root)) : manifests.byHash.has(sha256Hex(source));
            if (!allowed) {
              throw new GraphQLError(
                capability
                  ? `This key may run only its capability's operations (${[...capability].sort().join(', ')}).`
                  : 'App tokens may run only operations registered in a persisted-query manifest.',
                { extensions: { code: 'OPERATION_NOT_REGISTERED', http: { status: 403 } } },
              );
            }
          },
        };
      },
    },
  };
}
