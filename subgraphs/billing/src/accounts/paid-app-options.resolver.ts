import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { Subscription } from '../subscriptions/subscription.entity';
import { AccountRef, MarketplaceSubscription, PaidAppOptions } from './account.reference';

@Resolver(() => AccountRef)
export class PaidAppOptionsResolver {
  @FieldResolver(() => PaidAppOptions)
  async paidAppOptions(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<PaidAppOptions> {
    return (await ctx.loaders.paidAppOptionsByAccountId.load(account.id)) ?? { total: 0, used: 0, free: 0 };
  }

  @FieldResolver(() => [Subscription], { description: 'Subscription periods bought (PR-3), latest start first.' })
  subscriptionPeriods(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<Subscription[]> {
    return ctx.loaders.subscriptionsByAccountId.load(account.id);
  }

  @FieldResolver(() => MarketplaceSubscription)
  async marketplaceSubscription(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<MarketplaceSubscription> {
    return (await ctx.loaders.marketplaceByAccountId.load(account.id)) ?? { active: false, demo: false, endsAt: null };
  }
}
