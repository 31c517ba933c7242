import { accountScopeOf, assertMayReadAccount, buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountRef } from './accounts/account.reference';
import { PaidAppOptionsResolver } from './accounts/paid-app-options.resolver';
import type { BillingContext } from './context';
import { InstallBillingResolver } from './installs/install-billing.resolver';
import { InstallDecisionResolver } from './installs/install-decision.resolver';
import { InstallRef } from './installs/install.reference';
import { MarketplaceResolver } from './marketplace/marketplace.resolver';
import { InstallOutlookResolver } from './outlook/install-outlook.resolver';
import { AccountPeriodsListResolver, InstallHistoryListResolver, RevenueListResolver } from './lists/list-connections.resolver';
import {
  AppRevenueMoneyResolver, InstallBillingMoneyResolver, MarketplacePriceResolver, SubscriptionMoneyResolver, SubscriptionPriceMoneyResolver,
  VendorRevenueMoneyResolver,
} from './money/money.resolvers';
import { PriceChangeResolver } from './prices/price-change.resolver';
import { AppRef, VendorKeyRef } from './revenue/app.reference';
import { RevenueResolver } from './revenue/revenue.resolver';
import { AppRevenueReferencesResolver, VendorRevenueReferencesResolver } from './revenue/revenue-references.resolver';
import { VendorShareResolver } from './revenue/vendor-share.resolver';
import { SubscriptionResolver } from './subscriptions/subscription.resolver';
import { TrialExtensionResolver } from './trials/trial-extension.resolver';
import { BillingInputBounds } from './input-bounds';

export function buildBillingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<BillingContext>({
    inputBounds: BillingInputBounds,
    resolvers: [
      InstallBillingResolver, InstallDecisionResolver, PaidAppOptionsResolver, SubscriptionResolver, MarketplaceResolver,
      TrialExtensionResolver, PriceChangeResolver, RevenueResolver, VendorShareResolver, InstallOutlookResolver, SubscriptionMoneyResolver,
      InstallBillingMoneyResolver, VendorRevenueMoneyResolver, AppRevenueMoneyResolver, SubscriptionPriceMoneyResolver, MarketplacePriceResolver,
      InstallHistoryListResolver, AccountPeriodsListResolver, RevenueListResolver, VendorRevenueReferencesResolver, AppRevenueReferencesResolver,
    ],
    // Entity extensions with no root field reach the schema only as orphaned types.
    orphanedTypes: [InstallRef, AccountRef, AppRef, VendorKeyRef],
    // Used only by the @inaccessible ViewerBillingOutlook (accounts requires it).
    inaccessibleTypes: ['PaidInstallBlocker'],
    referenceResolvers: {
      // No caller sees another account's billing, whatever path led here.
      Install: async (ref, ctx) => {
        const billing = await ctx.loaders.billingByInstallId.load(String(ref.id));
        if (billing) assertMayReadAccount(ctx.identity, billing.accountId);
        else accountScopeOf(ctx.identity);
        return { id: String(ref.id) };
      },
      // Catalog decided who may see the app; billing adds its outlook and (owner-checked) earnings.
      App: (ref) => ({
        id: String(ref.id),
        priceKopecks: (ref.priceKopecks as number | null | undefined) ?? null,
        trialDays: (ref.trialDays as number | null | undefined) ?? null,
        vendor: ref.vendor as { id: string } | undefined,
      }),
      Account: async (ref, ctx) => {
        assertMayReadAccount(ctx.identity, String(ref.id));
        return { id: String(ref.id) };
      },
    },
  });
}
