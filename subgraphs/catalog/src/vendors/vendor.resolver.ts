import { DomainError, requireFound } from '@appmarket/core';
import { ForwardPageArgs } from '@appmarket/federation';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCabinetActor, requireModerator } from '../access/caller';
import { AppStatus } from '../apps/app.enums';
import type { App } from '../apps/app.entity';
import { AppConnection } from '../apps/app.resolver';
import type { CatalogContext } from '../context';
import { Vendor } from './vendor.entity';
import { VendorProfileInput } from './vendor-profile';

@ArgsType()
class VendorAppsArgs extends ForwardPageArgs {
  @Field(() => AppStatus, { nullable: true, description: 'Only apps in this status (other vendors’ apps are PUBLISHED ones anyway).' })
  status?: AppStatus | null;
}

@Resolver(() => Vendor)
export class VendorResolver {
  @Query(() => Vendor)
  async vendor(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    return requireFound(await ctx.loaders.vendorById.load(id), 'Vendor', { id });
  }

  @Query(() => [Vendor], { deprecationReason: 'Unbounded: use vendorsConnection.' })
  vendors(@Ctx() ctx: CatalogContext): Promise<Vendor[]> {
    return ctx.services.vendors.list();
  }

  @FieldResolver(() => AppConnection, {
    description: 'The vendor’s apps, newest first: PUBLISHED ones; every status for the vendor itself and moderators. One statement for a whole list of vendors.',
  })
  async apps(@Root() vendor: Vendor, @Args() args: VendorAppsArgs, @Ctx() ctx: CatalogContext) {
    const page = await ctx.loaders.vendorAppsPage(args).load(vendor.id);
    const apps = await ctx.loaders.appById.loadMany(page.ids.map((r) => r.id));
    const edges = page.ids.map((r, i) => ({ cursor: r.cursor, node: apps[i] as App }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  @Mutation(() => Vendor, { description: 'A moderator registers a vendor; the alias is unique and never changes.' })
  createVendor(@Arg('alias') alias: string, @Arg('name') name: string, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    requireModerator(ctx.identity);
    return ctx.services.vendors.create(alias, name);
  }

  @Mutation(() => Vendor, { description: 'The vendor’s public profile (description, website, support contacts, logo): the vendor itself, or a moderator naming vendorId.' })
  updateVendorProfile(
    @Arg('input', () => VendorProfileInput) input: VendorProfileInput,
    @Arg('vendorId', () => ID, { nullable: true, description: 'Moderators: whose profile; a vendor edits its own only.' }) vendorId: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<Vendor> {
    const actor = requireCabinetActor(ctx.identity);
    const target = actor.kind === 'vendor' ? actor.vendorId : vendorId;
    if (!target) throw new DomainError('BAD_USER_INPUT', 'a moderator names the vendor', { field: 'vendorId' });
    if (actor.kind === 'vendor' && vendorId && vendorId !== actor.vendorId) throw new DomainError('FORBIDDEN', 'a vendor edits its own profile only');
    return ctx.services.vendors.updateProfile(target, input);
  }
}
