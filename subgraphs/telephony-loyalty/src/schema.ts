import { buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountRef } from './accounts/account.reference';
import { AccountCallsResolver } from './calls/call.resolver';
import type { TelephonyContext } from './context';

export function buildTelephonySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TelephonyContext>({
    resolvers: [AccountCallsResolver],
    // An entity extension with no root field reaches the schema only as an orphaned type.
    orphanedTypes: [AccountRef],
    referenceResolvers: {
      Account: (ref) => ({ id: String(ref.id) }),
    },
  });
}
