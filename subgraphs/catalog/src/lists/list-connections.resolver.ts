import { CountedConnectionType, PageArgs, pageConnection, pageWindow, type KeysetListSpec, type OrderKey } from '@appmarket/federation';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { App } from '../apps/app.entity';
import { requireOwnerView } from '../access/caller';
import type { CatalogContext } from '../context';
import { AppDescriptor } from '../descriptors/descriptor.entity';
import { AppTransition } from '../lifecycle/transition.entity';
import { AppPricingChange } from '../pricing/pricing-change.entity';
import { Vendor } from '../vendors/vendor.entity';

export const VendorConnection = CountedConnectionType(Vendor, 'Vendor');
export const AppTransitionConnection = CountedConnectionType(AppTransition, 'AppTransition');
export const AppPricingChangeConnection = CountedConnectionType(AppPricingChange, 'AppPricingChange');
export const AppDescriptorConnection = CountedConnectionType(AppDescriptor, 'AppDescriptor');

const oldestFirst = (column: string): OrderKey[] => [
  { sql: `t.${column}`, cast: 'timestamptz', descending: false },
  { sql: 't.id', cast: 'bigint', descending: false },
];
const VENDORS: KeysetListSpec = {
  from: 'vendors', parent: null,
  order: [{ sql: 't.name', cast: 'varchar', descending: false }, { sql: 't.id', cast: 'uuid', descending: false }],
};
const TRANSITIONS: KeysetListSpec = { from: 'app_transitions', parent: 't.app_id', order: oldestFirst('at') };
const PRICING_HISTORY: KeysetListSpec = { from: 'app_pricing_history', parent: 't.app_id', order: oldestFirst('effective_at') };
const DESCRIPTORS: KeysetListSpec = {
  from: 'app_descriptors', parent: 't.app_id',
  order: [{ sql: 't.version', cast: 'integer', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
};

/**
 * Issue 19, item 4: the catalog's growing lists as Relay connections (both directions, with
 * totalCount), beside the plain lists they replace; one statement per list per response.
 */
@Resolver()
export class VendorListResolver {
  @Query(() => VendorConnection, { nullable: true, description: 'Vendors by name, Relay-paginated.' })
  async vendorsConnection(@Args() args: PageArgs, @Ctx() ctx: CatalogContext) {
    return page(ctx, 'vendors', VENDORS, args, 'root', 2, (ids) => ctx.loaders.vendorById.loadMany(ids));
  }
}

@Resolver(() => App)
export class AppListsResolver {
  @FieldResolver(() => AppTransitionConnection, { nullable: true, description: 'Lifecycle transitions, oldest first (vendor cabinet, moderators).' })
  transitionsConnection(@Root() app: App, @Args() args: PageArgs, @Ctx() ctx: CatalogContext) {
    requireOwnerView(ctx.identity, app.vendorId);
    return page(ctx, 'transitions', TRANSITIONS, args, app.id, 2, (ids) => ctx.loaders.transitionById.loadMany(ids));
  }

  @FieldResolver(() => AppPricingChangeConnection, { nullable: true, description: 'Price and trial changes with their effective times, oldest first (vendor cabinet, moderators).' })
  pricingHistoryConnection(@Root() app: App, @Args() args: PageArgs, @Ctx() ctx: CatalogContext) {
    requireOwnerView(ctx.identity, app.vendorId);
    return page(ctx, 'pricing-history', PRICING_HISTORY, args, app.id, 2, (ids) => ctx.loaders.pricingChangeById.loadMany(ids));
  }

  @FieldResolver(() => AppDescriptorConnection, { nullable: true, description: 'Descriptor versions, newest first (vendor cabinet, moderators); each up to 64 KiB of XML.' })
  descriptorsConnection(@Root() app: App, @Args() args: PageArgs, @Ctx() ctx: CatalogContext) {
    requireOwnerView(ctx.identity, app.vendorId);
    return page(ctx, 'descriptors', DESCRIPTORS, args, app.id, 2, (ids) => ctx.loaders.descriptorById.loadMany(ids));
  }
}

async function page<T>(
  ctx: CatalogContext, listKey: string, spec: KeysetListSpec, args: PageArgs, parentId: string, arity: number,
  load: (ids: string[]) => Promise<readonly (T | Error | null)[]>,
) {
  const found = await ctx.loaders.pages.page(listKey, spec, pageWindow(args, arity)).load(parentId);
  return pageConnection(found, load, () => ctx.loaders.pages.count(listKey, spec).load(parentId));
}
