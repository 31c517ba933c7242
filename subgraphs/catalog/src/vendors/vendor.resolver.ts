import { requireFound } from '@appmarket/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context';
import { Vendor } from './vendor.entity';

@Resolver(() => Vendor)
export class VendorResolver {
  @Query(() => Vendor)
  async vendor(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    return requireFound(await ctx.loaders.vendorById.load(id), 'Vendor', { id });
  }

  @Query(() => [Vendor])
  vendors(@Ctx() ctx: CatalogContext): Promise<Vendor[]> {
    return ctx.services.vendors.list();
  }
}
