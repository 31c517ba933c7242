import { requireFound } from '@appmarket/core';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireModerator } from '../access/caller';
import type { CatalogContext } from '../context';
import { Vendor } from './vendor.entity';

@Resolver(() => Vendor)
export class VendorResolver {
  @Query(() => Vendor, { nullable: true })
  async vendor(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    return requireFound(await ctx.loaders.vendorById.load(id), 'Vendor', { id });
  }

  @Query(() => [Vendor], { nullable: true })
  vendors(@Ctx() ctx: CatalogContext): Promise<Vendor[]> {
    return ctx.services.vendors.list();
  }

  @Mutation(() => Vendor, { description: 'A moderator registers a vendor; the alias is unique and never changes.' })
  createVendor(
    @Arg('alias') alias: string,
    @Arg('name') name: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<Vendor> {
    return ctx.services.vendors.create(requireModerator(ctx.identity).id, alias, name, idempotencyKey);
  }
}
