import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { DomainError, requireFound } from '@appmarket/core';
import { CountedConnectionType, PageArgs, pageConnection, pageWindow, type KeysetListSpec } from '@appmarket/federation';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCabinetActor, requireModerator } from '../access/caller';
import { AppStatus } from '../apps/app.enums';
import { App } from '../apps/app.entity';
import type { CatalogContext } from '../context';
import { Vendor } from './vendor.entity';
import { VendorProfileInput } from './vendor-profile';
import { CreateVendorErrors, CreateVendorPayload, UpdateVendorProfileErrors, UpdateVendorProfilePayload } from './vendor.payloads';

export const VendorAppConnection = CountedConnectionType(App, 'VendorApp');

/**
 * A vendor's apps, newest first: PUBLISHED ones, or every one for the vendor itself, moderators and
 * services (`seesAll`). One LATERAL statement pages every vendor of a response.
 */
function appsOfVendor(status: AppStatus | null | undefined, seesAll: { every: boolean; ownVendorId: string | null }): KeysetListSpec {
  return {
    from: 'apps', parent: 't.vendor_id',
    where: (param) => [
      `(t.status = 'PUBLISHED' OR ${param(seesAll.every)}::boolean OR t.vendor_id = ${param(seesAll.ownVendorId)}::uuid)`,
      ...(status ? [`t.status = ${param(status)}::app_status`] : []),
    ],
    order: [{ sql: 't.created_at', cast: 'timestamptz', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
  };
}

@ArgsType()
class VendorAppsArgs extends PageArgs {
  @Field(() => AppStatus, { nullable: true, description: 'Only apps in this status (other vendors’ apps are PUBLISHED ones anyway).' })
  status?: AppStatus | null;
}

@Resolver(() => Vendor)
export class VendorResolver {
  @Query(() => Vendor, { nullable: true, description: 'One vendor’s public profile by id; an unknown id answers NOT_FOUND.' })
  async vendor(@Arg('id', () => ID, { description: 'The vendor’s id.' }) id: string, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    return requireFound(await ctx.loaders.vendorById.load(id), 'Vendor', { id });
  }

  @Query(() => [Vendor], { nullable: true, description: 'Every vendor, in one unbounded list.', deprecationReason: 'Unbounded: use vendorsConnection.' })
  vendors(@Ctx() ctx: CatalogContext): Promise<Vendor[]> {
    return ctx.services.vendors.list();
  }

  @FieldResolver(() => VendorAppConnection, {
    description: 'The vendor’s apps, newest first: PUBLISHED ones; every status for the vendor itself and moderators. One statement for a whole list of vendors.',
  })
  async apps(@Root() vendor: Vendor, @Args() args: VendorAppsArgs, @Ctx() ctx: CatalogContext) {
    const identity = ctx.identity;
    const seesAll = { every: identity.kind === 'moderator' || identity.kind === 'service', ownVendorId: identity.kind === 'vendor' ? identity.vendorId : null };
    const spec = appsOfVendor(args.status, seesAll);
    const key = `vendor-apps:${args.status ?? '*'}`; // seesAll is the request's caller: the same for every vendor of it
    const page = await ctx.loaders.pages.page(key, spec, pageWindow(args, 2)).load(vendor.id);
    return pageConnection(page, (ids) => ctx.loaders.appById.loadMany(ids), () => ctx.loaders.pages.count(key, spec).load(vendor.id));
  }

  @Mutation(() => CreateVendorPayload, { description: 'A moderator registers a vendor; the alias is unique and never changes.' })
  createVendor(
    @Arg('alias') alias: string,
    @Arg('name') name: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CreateVendorPayload> {
    const moderator = requireModerator(ctx.identity);
    return CreateVendorErrors.run(() => ctx.services.vendors.create(moderator.id, alias, name, idempotencyKey), (vendor) => ({ vendor }));
  }

  @Mutation(() => UpdateVendorProfilePayload, { description: 'The vendor’s public profile (description, website, support contacts, logo): the vendor itself, or a moderator naming vendorId.' })
  updateVendorProfile(
    @Arg('input', () => VendorProfileInput) input: VendorProfileInput,
    @Arg('vendorId', () => ID, { nullable: true, description: 'Moderators: whose profile; a vendor edits its own only.' }) vendorId: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<UpdateVendorProfilePayload> {
    const actor = requireCabinetActor(ctx.identity);
    if (actor.kind === 'vendor' && vendorId && vendorId !== actor.vendorId) throw new DomainError('FORBIDDEN', 'a vendor edits its own profile only');
    return UpdateVendorProfileErrors.run(async () => {
      const target = actor.kind === 'vendor' ? actor.vendorId : vendorId;
      if (!target) throw new DomainError('BAD_USER_INPUT', 'a moderator names the vendor', { field: 'vendorId' });
      return ctx.services.vendors.updateProfile(target, input);
    }, (vendor) => ({ vendor }));
  }
}
