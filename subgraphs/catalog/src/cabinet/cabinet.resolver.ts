import { DomainError } from '@appmarket/core';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireCabinetActor, requireModerator, requireVendor } from '../access/caller';
import { AppConnection } from '../apps/app.resolver';
import { App } from '../apps/app.entity';
import type { CatalogContext } from '../context';
import { AppDescriptor } from '../descriptors/descriptor.entity';
import { AppContentInput, CreateAppInput, PricingArgs, VendorAppsArgs } from './cabinet.inputs';
import { CreateAppErrors, CreateAppPayload } from './cabinet.payloads';

/** The vendor cabinet and moderation: a vendor sees and edits only its own apps; moderators see all. */
@Resolver()
export class CabinetResolver {
  @Query(() => AppConnection, { nullable: true, description: 'The caller’s apps (vendor), or every app (moderator), newest first.' })
  vendorApps(@Args() args: VendorAppsArgs, @Ctx() ctx: CatalogContext) {
    const actor = requireCabinetActor(ctx.identity);
    const vendorId = actor.kind === 'vendor' ? actor.vendorId : args.vendorId;
    return ctx.services.apps.list({ ...args, vendorId });
  }

  @Query(() => App, { nullable: true, description: 'One app in the cabinet; another vendor’s app is NOT_FOUND.' })
  async vendorApp(@Arg('id', () => ID, { description: 'The app’s id.' }) id: string, @Ctx() ctx: CatalogContext): Promise<App> {
    const actor = requireCabinetActor(ctx.identity);
    const app = await ctx.loaders.appById.load(id);
    if (!app || (actor.kind === 'vendor' && app.vendorId !== actor.vendorId)) throw new DomainError('NOT_FOUND', 'App not found', { id });
    return app;
  }

  @Mutation(() => CreateAppPayload, { description: 'LC-2: a vendor creates a DRAFT app; the secret key is shown only here.' })
  createApp(
    @Arg('input', () => CreateAppInput) input: CreateAppInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CreateAppPayload> {
    const vendor = requireVendor(ctx.identity);
    return CreateAppErrors.run(() => ctx.services.apps.create(vendor, input, idempotencyKey), (made) => made);
  }

  @Mutation(() => App, { description: 'Edits the app’s content (a vendor while DRAFT). The alias never changes.' })
  updateApp(@Arg('id', () => ID) id: string, @Arg('input', () => AppContentInput) input: AppContentInput, @Ctx() ctx: CatalogContext) {
    return ctx.services.apps.update(requireCabinetActor(ctx.identity), id, input);
  }

  @Mutation(() => String, { description: 'A new secret key, shown only here; only while the app is DRAFT.' })
  regenerateAppSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<string> {
    return ctx.services.apps.regenerateSecret(requireVendor(ctx.identity), id);
  }

  @Mutation(() => App, { description: 'LC-2: the vendor submits a DRAFT for moderation (READY).' })
  submitApp(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext) {
    return ctx.services.lifecycle.apply(requireVendor(ctx.identity), id, 'submit');
  }

  @Mutation(() => App, { description: 'LC-2: a moderator publishes a READY app.' })
  publishApp(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext) {
    return ctx.services.lifecycle.apply(requireModerator(ctx.identity), id, 'publish');
  }

  @Mutation(() => App, { description: 'LC-2: a moderator sends a READY app back to DRAFT, saying why.' })
  returnApp(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: CatalogContext) {
    return ctx.services.lifecycle.apply(requireModerator(ctx.identity), id, 'return', reason);
  }

  @Mutation(() => App, { description: 'LC-3, LC-4: takes a free PUBLISHED app off the storefront (its vendor or a moderator).' })
  hideApp(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: CatalogContext) {
    return ctx.services.lifecycle.apply(requireCabinetActor(ctx.identity), id, 'hide', reason);
  }

  @Mutation(() => App, { description: 'Puts a HIDDEN app back on the storefront (its vendor or a moderator).' })
  showApp(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: CatalogContext) {
    return ctx.services.lifecycle.apply(requireCabinetActor(ctx.identity), id, 'show', reason);
  }

  @Mutation(() => App, { description: 'PC-1..PC-3, TR-1, TR-6: sets price and trial; every change is kept with its effective time.' })
  changeAppPricing(@Args() args: PricingArgs, @Ctx() ctx: CatalogContext) {
    return ctx.services.pricing.change(requireCabinetActor(ctx.identity), args.appId, args);
  }

  @Mutation(() => AppDescriptor, { description: 'Uploads a new descriptor version (XML v2); a refused one stores nothing.' })
  uploadAppDescriptor(
    @Arg('appId', () => ID) appId: string,
    @Arg('xml') xml: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: CatalogContext,
  ) {
    return ctx.services.descriptors.upload(requireCabinetActor(ctx.identity), appId, xml, idempotencyKey);
  }
}
