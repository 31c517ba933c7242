import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { MarketplaceSubscription } from '../accounts/account.reference';
import { requireAccountAdmin } from '../auth';
import type { BillingContext } from '../context';

@Resolver()
export class MarketplaceResolver {
  @Mutation(() => MarketplaceSubscription, { description: 'BX-5: starts the one-time demo of the marketplace subscription.' })
  @Directive(NOT_FOR_TOKENS)
  activateMarketplaceDemo(
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<MarketplaceSubscription> {
    return ctx.services.marketplace.activateDemo(requireAccountAdmin(ctx).accountId, idempotencyKey);
  }

  @Mutation(() => MarketplaceSubscription, { description: 'BX-2/BX-4: buys the marketplace subscription for 1, 3, 6 or 12 months.' })
  @Directive(NOT_FOR_TOKENS)
  buyMarketplaceSubscription(
    @Arg('periodMonths', () => Int) periodMonths: number,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<MarketplaceSubscription> {
    return ctx.services.marketplace.buy(requireAccountAdmin(ctx).accountId, periodMonths, idempotencyKey);
  }
}
