import { Money, Price, priceOf, rubles } from '@appmarket/federation';
import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { InstallBilling } from '../installs/install-billing.entity';
import { AppRevenue, VendorRevenue } from '../revenue/revenue.resolver';
import { Subscription } from '../subscriptions/subscription.entity';
import { SubscriptionPrice } from '../subscriptions/subscription.resolver';

/**
 * The Money twins of billing's kopeck fields (issue 19): the same numbers as exact SafeInt
 * amounts with their currency. The Int fields stay, deprecated, until clients move.
 */
@Resolver(() => Subscription)
export class SubscriptionMoneyResolver {
  @FieldResolver(() => Money, { description: 'Options × 500 RUB × months, before the discount.' })
  listPrice(@Root() period: Subscription): Money {
    return rubles(period.listPriceKopecks);
  }

  @FieldResolver(() => Money, { description: 'What the account paid, after the period discount.' })
  paid(@Root() period: Subscription): Money {
    return rubles(period.paidKopecks);
  }
}

@Resolver(() => InstallBilling)
export class InstallBillingMoneyResolver {
  @FieldResolver(() => Price, { nullable: true, description: 'The monthly list price this install is billed at; null for a free app (as App.price).' })
  price(@Root() billing: InstallBilling): Price | null {
    return billing.priceKopecks > 0 ? priceOf(billing.priceKopecks) : null;
  }

  @FieldResolver(() => Price, { nullable: true, description: 'A new monthly price that applies from pendingPriceFrom; null: none (or the app becomes free).' })
  pendingPrice(@Root() billing: InstallBilling): Price | null {
    return billing.pendingPriceKopecks ? priceOf(billing.pendingPriceKopecks) : null;
  }
}

@Resolver(() => VendorRevenue)
export class VendorRevenueMoneyResolver {
  @FieldResolver(() => Money, { description: 'Sum of the list prices of the app-months paid, before discounts (PR-4).' })
  listPrice(@Root() revenue: VendorRevenue): Money {
    return rubles(revenue.listPriceKopecks);
  }

  @FieldResolver(() => Money, { description: 'The vendor’s share of them (PR-4).' })
  share(@Root() revenue: VendorRevenue): Money {
    return rubles(revenue.shareKopecks);
  }
}

@Resolver(() => AppRevenue)
export class AppRevenueMoneyResolver {
  @FieldResolver(() => Money, { description: 'Sum of the list prices of the app’s paid months, before discounts (PR-4).' })
  listPrice(@Root() revenue: AppRevenue): Money {
    return rubles(revenue.listPriceKopecks);
  }

  @FieldResolver(() => Money, { description: 'The vendor’s share of them (PR-4).' })
  share(@Root() revenue: AppRevenue): Money {
    return rubles(revenue.shareKopecks);
  }
}

@Resolver(() => SubscriptionPrice)
export class SubscriptionPriceMoneyResolver {
  @FieldResolver(() => Money, { description: 'What one paid-app option costs a month, before the period discount (PR-3).' })
  optionMonthlyPrice(@Root() price: SubscriptionPrice): Money {
    return rubles(price.optionMonthlyKopecks);
  }
}

@ObjectType({ description: 'BX-2, BX-4: the marketplace subscription bought for a period, with its discount.' })
export class MarketplaceSubscriptionPrice {
  @Field(() => Int, { description: '1, 3, 6 or 12 months.' }) periodMonths: number;
  @Field(() => Int, { description: 'The discount for paying that many months ahead, in percent of listPrice.' }) discountPercent: number;
  @Field(() => Price, { description: 'The monthly price × months, before the discount.' }) listPrice: Price;
  @Field(() => Price, { description: 'What buyMarketplaceSubscription charges for the period.' }) price: Price;
}

@Resolver()
export class MarketplacePriceResolver {
  @Query(() => [MarketplaceSubscriptionPrice], { nullable: true, description: 'BX-2, BX-4: what the marketplace subscription costs for each period it is sold for.' })
  marketplaceSubscriptionPrices(@Ctx() ctx: BillingContext): MarketplaceSubscriptionPrice[] {
    return ctx.services.marketplace.prices().map((p) => ({
      periodMonths: p.periodMonths, discountPercent: p.discountPercent,
      listPrice: priceOf(p.listKopecks, p.periodMonths)!, price: priceOf(p.paidKopecks, p.periodMonths)!,
    }));
  }
}
