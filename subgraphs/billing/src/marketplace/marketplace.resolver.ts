import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { requireAccountAdmin } from '../auth';
import type { BillingContext } from '../context';
import {
  ActivateMarketplaceDemoErrors, ActivateMarketplaceDemoPayload, BuyMarketplaceSubscriptionErrors, BuyMarketplaceSubscriptionPayload,
} from './marketplace.payloads';

@Resolver()
export class MarketplaceResolver {
  @Mutation(() => ActivateMarketplaceDemoPayload, { description: 'BX-5: starts the one-time demo of the marketplace subscription.' })
  @Directive(NOT_FOR_TOKENS)
  activateMarketplaceDemo(
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<ActivateMarketplaceDemoPayload> {
    const { accountId } = requireAccountAdmin(ctx);
    return ActivateMarketplaceDemoErrors.run(
      () => ctx.services.marketplace.activateDemo(accountId, idempotencyKey),
      (marketplaceSubscription) => ({ marketplaceSubscription }),
    );
  }

  @Mutation(() => BuyMarketplaceSubscriptionPayload, { description: 'BX-2/BX-4: buys the marketplace subscription for 1, 3, 6 or 12 months.' })
  @Directive(NOT_FOR_TOKENS)
  buyMarketplaceSubscription(
    @Arg('periodMonths', () => Int, { description: '1, 3, 6 or 12 months, each with its discount (marketplaceSubscriptionPrices).' }) periodMonths: number,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<BuyMarketplaceSubscriptionPayload> {
    const { accountId } = requireAccountAdmin(ctx);
    return BuyMarketplaceSubscriptionErrors.run(
      () => ctx.services.marketplace.buy(accountId, periodMonths, idempotencyKey),
      (marketplaceSubscription) => ({ marketplaceSubscription }),
    );
  }
}
