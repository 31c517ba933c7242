import { DomainError } from '@appmarket/core';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireModerator, requireVendor } from '../auth';
import type { BillingContext } from '../context';

@ObjectType({ description: 'PR-4: what one app earned its vendor in a month.' })
export class AppRevenue {
  @Field(() => ID, { description: 'The app’s id.', deprecationReason: 'Use app.' }) appId: string;
  @Field(() => Int, { deprecationReason: 'Use listPrice (Money: a SafeInt amount with its currency).' }) listPriceKopecks: number;
  @Field(() => Int, { deprecationReason: 'Use share (Money: a SafeInt amount with its currency).' }) shareKopecks: number;
  @Field(() => Int) paidAppMonths: number;
}

@ObjectType({ description: 'PR-4: what a vendor earned in a month.' })
export class VendorRevenue {
  @Field(() => ID, { description: 'The vendor’s id.', deprecationReason: 'Use vendor.' }) vendorId: string;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int, { description: 'Sum of the list prices of the app-months paid, before discounts.', deprecationReason: 'Use listPrice (Money: a SafeInt amount with its currency).' }) listPriceKopecks: number;
  @Field(() => Int, { description: 'The vendor\'s share of them, at the share each accrual froze (setVendorShare).', deprecationReason: 'Use share (Money: a SafeInt amount with its currency).' }) shareKopecks: number;
  @Field(() => Int, { description: 'How many install-months were paid.' }) paidAppMonths: number;
  @Field(() => [AppRevenue], { description: 'The same, per app of the vendor.' }) apps: AppRevenue[];
}

export function checkMonth(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new DomainError('INVALID_REVENUE_MONTH', 'a month is written YYYY-MM', { month });
  return month;
}

@Resolver()
export class RevenueResolver {
  @Query(() => VendorRevenue, { nullable: true, description: 'Vendor cabinet: the calling vendor\'s revenue in a month.' })
  async myVendorRevenue(@Arg('month') month: string, @Ctx() ctx: BillingContext): Promise<VendorRevenue> {
    const vendorId = requireVendor(ctx);
    const [row] = await ctx.services.revenue.byVendorAndMonth([vendorId], checkMonth(month));
    return row ?? { vendorId, month, listPriceKopecks: 0, shareKopecks: 0, paidAppMonths: 0, apps: [] };
  }

  @Query(() => [VendorRevenue], { nullable: true, description: 'Moderators: every vendor\'s revenue in a month (or one vendor\'s).', deprecationReason: 'Unbounded: use vendorRevenuesConnection (or vendorId here).' })
  vendorRevenues(
    @Arg('month') month: string,
    @Arg('vendorId', () => ID, { nullable: true }) vendorId: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<VendorRevenue[]> {
    requireModerator(ctx);
    return ctx.services.revenue.byVendorAndMonth(vendorId ? [vendorId] : null, checkMonth(month));
  }
}
