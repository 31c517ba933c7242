import { buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountRef } from './accounts/account.reference';
import { AccountCallsResolver } from './calls/call.resolver';
import type { TelephonyContext } from './context';
import { InstallRef } from './installs/install.reference';
import { InstallLoyaltyResolver, LoyaltyResolver } from './loyalty/loyalty.resolver';
import { CallCardFieldsResolver, CallFieldsResolver, PhoneResolver } from './phone/phone.resolver';

export function buildTelephonySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TelephonyContext>({
    resolvers: [AccountCallsResolver, PhoneResolver, CallFieldsResolver, CallCardFieldsResolver, LoyaltyResolver, InstallLoyaltyResolver],
    // An entity extension with no root field reaches the schema only as an orphaned type.
    orphanedTypes: [AccountRef, InstallRef],
    referenceResolvers: {
      Account: (ref) => ({ id: String(ref.id) }),
      Install: (ref) => ({ id: String(ref.id) }),
    },
  });
}
