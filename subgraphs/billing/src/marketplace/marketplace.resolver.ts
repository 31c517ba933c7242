import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { MarketplaceSubscription } from '../accounts/account.reference';
import { requireAccountAdmin } from '../auth';
import type { BillingContext } from '../context';

@Resolver()
export class MarketplaceResolver {
  @Mutation(() => MarketplaceSubscription, { description: 'BX-5: starts the one-time demo of the marketplace subscription.' })
  @Directive(NOT_FOR_TOKENS)
  activateMarketplaceDemo(@Ctx() ctx: BillingContext): Promise<MarketplaceSubscription> {
    return ctx.services.marketplace.activateDemo(requireAccountAdmin(ctx).accountId);
  }

  @Mutation(() => MarketplaceSubscription, { description: 'BX-2/BX-4: buys the marketplace subscription for 1, 3, 6 or 12 months.' })
  @Directive(NOT_FOR_TOKENS)
  buyMarketplaceSubscription(@Arg('periodMonths', () => Int) periodMonths: number, @Ctx() ctx: BillingContext): Promise<MarketplaceSubscription> {
    return ctx.services.marketplace.buy(requireAccountAdmin(ctx).accountId, periodMonths);
  }
}
