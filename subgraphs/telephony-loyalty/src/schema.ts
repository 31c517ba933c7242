import { assertMayReadAccount, buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountRef } from './accounts/account.reference';
import { AccountCallsResolver } from './calls/call.resolver';
import { CallUserResolver } from './calls/call-user.resolver';
import { CallLookupResolver } from './calls/call-lookup.resolver';
import type { TelephonyContext } from './context';
import { InstallRef } from './installs/install.reference';
import { InstallLoyaltyResolver, LoyaltyResolver } from './loyalty/loyalty.resolver';
import { CallCardFieldsResolver, CallFieldsResolver, PhoneResolver } from './phone/phone.resolver';
import { TelephonyInputBounds } from './input-bounds';

export function buildTelephonySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TelephonyContext>({
    inputBounds: TelephonyInputBounds,
    resolvers: [AccountCallsResolver, PhoneResolver, CallFieldsResolver, CallCardFieldsResolver, LoyaltyResolver, InstallLoyaltyResolver, CallUserResolver, CallLookupResolver],
    // An entity extension with no root field reaches the schema only as an orphaned type.
    orphanedTypes: [AccountRef, InstallRef],
    referenceResolvers: {
      // An account's calls are its own: no caller sees another account's, whatever path led here.
      Account: async (ref, ctx) => {
        assertMayReadAccount(ctx.identity, String(ref.id));
        return { id: String(ref.id) };
      },
      Install: (ref) => ({ id: String(ref.id) }),
    },
  });
}
