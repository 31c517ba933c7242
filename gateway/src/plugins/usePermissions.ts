import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { print } from 'graphql';
import { applyDenied, checkOperation, OperationRequirements, permissionRequirements } from '../permissions';
import { sha256Hex } from '../persisted-queries';
import type { GatewayContext, GatewayPlugin } from '../plugin';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Why: field-level permissions (`@requiresPermission`, AR-2) are checked before planning, so no
 * subgraph is asked for a field the caller may not see; each denied field then answers null with
 * a FORBIDDEN error at its path while the rest of the data comes back (permissions.ts). Reads the
 * requirements from the supergraph at start-up (a guarded non-null field fails the start).
 */
export function usePermissions(supergraphSdl: string): GatewayPlugin {
  const requirements = permissionRequirements(supergraphSdl);
  // Which requirements a document meets is found once per document; whether this caller meets them, per request.
  const memo = new OperationRequirements(requirements);
  return {
    name: 'permissions',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation(requestContext) {
            const { contextValue: context, document, operation } = requestContext;
            if (!operation) return;
            const check = checkOperation(requestContext.schema, document, operation, requirements, context.caller, memo);
            if (!check.document) return;
            // The gateway plans `document` and caches the plan under `queryHash`: both change.
            const mutable = requestContext as Mutable<GraphQLRequestContextDidResolveOperation<GatewayContext>>;
            mutable.document = check.document;
            mutable.queryHash = sha256Hex(print(check.document));
            context.denied = check.denied;
          },
          async willSendResponse({ response, contextValue }) {
            if (!contextValue.denied?.length || response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            const forbidden = applyDenied(result.data as Record<string, unknown> | null | undefined, contextValue.denied);
            // A denied field under a parent that came back null says nothing; `errors` is never an empty list (spec).
            if (forbidden.length) result.errors = [...(result.errors ?? []), ...forbidden.map((e) => e.toJSON())];
          },
        };
      },
    },
  };
}
