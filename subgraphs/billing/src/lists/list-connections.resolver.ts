import { CountedConnectionType, PageArgs, pageConnection, pageWindow, requiresPermission, type KeysetListSpec } from '@appmarket/federation';
import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../accounts/account.reference';
import { requireModerator } from '../auth';
import type { BillingContext } from '../context';
import { InstallBillingHistory } from '../history/install-billing-history.entity';
import { InstallRef } from '../installs/install.reference';
import { checkMonth, VendorRevenue } from '../revenue/revenue.resolver';
import { Subscription } from '../subscriptions/subscription.entity';

export const InstallBillingChangeConnection = CountedConnectionType(InstallBillingHistory, 'InstallBillingChange');
export const SubscriptionPeriodConnection = CountedConnectionType(Subscription, 'SubscriptionPeriod');
export const VendorRevenueConnection = CountedConnectionType(VendorRevenue, 'VendorRevenue');

const HISTORY: KeysetListSpec = { from: 'install_billing_history', parent: 't.install_id', order: [{ sql: 't.id', cast: 'bigint', descending: false }] };
const PERIODS: KeysetListSpec = {
  from: 'subscriptions', parent: 't.account_id',
  order: [{ sql: 't.starts_at', cast: 'timestamptz', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
};
/** The vendors with revenue in a month, by vendor id (`month` as `YYYY-MM-01`). */
const revenueVendors = (month: string): KeysetListSpec => ({
  from: '(SELECT vendor_id AS id, month FROM vendor_revenue_accruals GROUP BY vendor_id, month)', parent: null,
  where: (param) => [`t.month = ${param(`${month}-01`)}::date`],
  order: [{ sql: 't.id', cast: 'uuid', descending: false }],
});

@ArgsType()
class RevenuePageArgs extends PageArgs {
  @Field({ description: 'YYYY-MM' }) month: string;
}

/** Issue 19, item 4: billing's growing lists as Relay connections (both directions, totalCount), beside the plain lists. */
@Resolver(() => InstallRef)
export class InstallHistoryListResolver {
  @FieldResolver(() => InstallBillingChangeConnection, { nullable: true, description: 'Every stored change of the billing state, oldest first. Needs VIEW on billing.' })
  @Directive(requiresPermission('billing', 'VIEW'))
  async billingHistoryConnection(@Root() install: InstallRef, @Args() args: PageArgs, @Ctx() ctx: BillingContext) {
    return page(ctx, 'history', HISTORY, args, install.id, 1, (ids) => ctx.loaders.historyById.loadMany(ids));
  }
}

@Resolver(() => AccountRef)
export class AccountPeriodsListResolver {
  @FieldResolver(() => SubscriptionPeriodConnection, { nullable: true, description: 'Subscription periods bought (PR-3), latest start first. Needs VIEW on billing.' })
  @Directive(requiresPermission('billing', 'VIEW'))
  async subscriptionPeriodsConnection(@Root() account: AccountRef, @Args() args: PageArgs, @Ctx() ctx: BillingContext) {
    return page(ctx, 'periods', PERIODS, args, account.id, 2, (ids) => ctx.loaders.periodById.loadMany(ids));
  }
}

@Resolver()
export class RevenueListResolver {
  @Query(() => VendorRevenueConnection, { nullable: true, description: 'Moderators: every vendor’s revenue in a month, by vendor id, Relay-paginated.' })
  async vendorRevenuesConnection(@Args() args: RevenuePageArgs, @Ctx() ctx: BillingContext) {
    requireModerator(ctx);
    const month = checkMonth(args.month);
    const spec = revenueVendors(month);
    return page(ctx, `revenue:${month}`, spec, args, 'root', 1, async (ids) => {
      const rows = await ctx.services.revenue.byVendorAndMonth(ids, month);
      return ids.map((id) => rows.find((r) => r.vendorId === id) ?? null);
    });
  }
}

async function page<T>(
  ctx: BillingContext, listKey: string, spec: KeysetListSpec, args: PageArgs, parentId: string, arity: number,
  load: (ids: string[]) => Promise<readonly (T | Error | null)[]>,
) {
  const found = await ctx.loaders.pages.page(listKey, spec, pageWindow(args, arity)).load(parentId);
  return pageConnection(found, load, () => ctx.loaders.pages.count(listKey, spec).load(parentId));
}
