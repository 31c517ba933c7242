import { DomainError } from '@appmarket/core';
import { OWNER_ONLY } from '@appmarket/federation';
import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireModerator } from '../auth';
import type { BillingContext } from '../context';
import { AppRef } from './app.reference';
import { SetVendorShareErrors, SetVendorSharePayload } from './vendor-share.payloads';

/** PR-4: the vendor share, owned by billing (one owner: the one that pays it). */
@Resolver(() => AppRef)
export class VendorShareResolver {
  @Query(() => Int, { nullable: true, description: 'PR-4: the vendor’s share of the list price, in basis points (7500 = 75 %).' })
  vendorShareBasisPoints(@Ctx() ctx: BillingContext): Promise<number> {
    return loadShare(ctx);
  }

  @Mutation(() => SetVendorSharePayload, { description: 'PR-4: a moderator changes the vendor share; accruals from now on use it, earlier ones keep theirs.' })
  setVendorShare(
    @Arg('basisPoints', () => Int, { description: 'The new share, 0 to 10000 basis points (7500 = 75 %).' }) basisPoints: number,
    @Ctx() ctx: BillingContext,
  ): Promise<SetVendorSharePayload> {
    requireModerator(ctx);
    return SetVendorShareErrors.run(() => ctx.services.vendorShare.set(basisPoints), (vendorShareBasisPoints) => ({ vendorShareBasisPoints }));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'PR-4: what the vendor earns a month from one paid install, before discounts and fees; null for a free app. '
      + 'Only the app’s vendor and moderators see it (null with FORBIDDEN for others).',
  })
  @Directive('@requires(fields: "priceKopecks vendor { id }")')
  @Directive(OWNER_ONLY)
  async vendorEarningsKopecks(@Root() app: AppRef, @Ctx() ctx: BillingContext): Promise<number | null> {
    const id = ctx.identity;
    const owner = (id.kind === 'vendor' && id.vendorId === app.vendor?.id) || id.kind === 'moderator' || id.kind === 'service';
    if (!owner) throw new DomainError(id.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', 'only the app’s vendor or a moderator sees its earnings');
    if (app.priceKopecks === null || app.priceKopecks === undefined) return null;
    return Math.floor((app.priceKopecks * (await loadShare(ctx))) / 10_000);
  }
}

async function loadShare(ctx: BillingContext): Promise<number> {
  return (await ctx.loaders.vendorShare.load('share'))!.value;
}
