import { buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountRef } from './accounts/account.reference';
import { PaidAppOptionsResolver } from './accounts/paid-app-options.resolver';
import type { BillingContext } from './context';
import { InstallBillingResolver } from './installs/install-billing.resolver';
import { InstallRef } from './installs/install.reference';

export function buildBillingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<BillingContext>({
    resolvers: [InstallBillingResolver, PaidAppOptionsResolver],
    // Entity extensions with no root field reach the schema only as orphaned types.
    orphanedTypes: [InstallRef, AccountRef],
    referenceResolvers: {
      Install: (ref) => ({ id: String(ref.id) }),
      Account: (ref) => ({ id: String(ref.id) }),
    },
  });
}
