import { requiresPermission } from '@appmarket/federation';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { Subscription } from '../subscriptions/subscription.entity';
import { AccountRef, MarketplaceSubscription, PaidAppOptions } from './account.reference';

@Resolver(() => AccountRef)
export class PaidAppOptionsResolver {
  // AR-2: an app or webhook reads the account's billing only when its permission set allows it.
  @FieldResolver(() => PaidAppOptions, { nullable: true, description: 'Paid-app options of the account now. Needs VIEW on billing.' })
  @Directive(requiresPermission('billing', 'VIEW'))
  async paidAppOptions(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<PaidAppOptions> {
    return (await ctx.loaders.paidAppOptionsByAccountId.load(account.id)) ?? { total: 0, used: 0, free: 0 };
  }

  @FieldResolver(() => [Subscription], { nullable: true, description: 'Subscription periods bought (PR-3), latest start first. Needs VIEW on billing.', deprecationReason: 'Unbounded: use subscriptionPeriodsConnection.' })
  @Directive(requiresPermission('billing', 'VIEW'))
  subscriptionPeriods(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<Subscription[]> {
    return ctx.loaders.subscriptionsByAccountId.load(account.id);
  }

  @FieldResolver(() => MarketplaceSubscription, { nullable: true, description: 'BX-2, BX-4, BX-5: the marketplace subscription now. Needs VIEW on billing.' })
  @Directive(requiresPermission('billing', 'VIEW'))
  async marketplaceSubscription(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<MarketplaceSubscription> {
    return (await ctx.loaders.marketplaceByAccountId.load(account.id)) ?? { active: false, demo: false, endsAt: null };
  }
}
