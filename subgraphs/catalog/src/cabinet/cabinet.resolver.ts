import { DomainError } from '@appmarket/core';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireCabinetActor, requireModerator, requireVendor } from '../access/caller';
import { AppConnection, appsPage } from '../apps/app.resolver';
import { App } from '../apps/app.entity';
import type { CatalogContext } from '../context';
import { AppContentInput, CreateAppInput, PricingArgs, VendorAppsArgs } from './cabinet.inputs';
import {
  ChangeAppPricingErrors, ChangeAppPricingPayload, CreateAppErrors, CreateAppPayload, HideApp, PublishApp, RegenerateAppSecretErrors,
  RegenerateAppSecretPayload, ReturnApp, ShowApp, SubmitApp, UpdateAppErrors, UpdateAppPayload, UploadAppDescriptorErrors, UploadAppDescriptorPayload,
} from './cabinet.payloads';

/** The vendor cabinet and moderation: a vendor sees and edits only its own apps; moderators see all. */
@Resolver()
export class CabinetResolver {
  @Query(() => AppConnection, { nullable: true, description: 'The caller’s apps (vendor), or every app (moderator), newest first, Relay-paginated both ways.' })
  vendorApps(@Args() args: VendorAppsArgs, @Ctx() ctx: CatalogContext) {
    const actor = requireCabinetActor(ctx.identity);
    const vendorId = actor.kind === 'vendor' ? actor.vendorId : args.vendorId;
    return appsPage(ctx, { ...args, vendorId });
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

  @Mutation(() => UpdateAppPayload, { description: 'Edits the app’s content (a vendor while DRAFT). The alias never changes.' })
  updateApp(@Arg('id', () => ID) id: string, @Arg('input', () => AppContentInput) input: AppContentInput, @Ctx() ctx: CatalogContext): Promise<UpdateAppPayload> {
    const actor = requireCabinetActor(ctx.identity);
    return UpdateAppErrors.run(() => ctx.services.apps.update(actor, id, input), (app) => ({ app }));
  }

  @Mutation(() => RegenerateAppSecretPayload, { description: 'A new secret key, shown only here; only while the app is DRAFT.' })
  regenerateAppSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<RegenerateAppSecretPayload> {
    const vendor = requireVendor(ctx.identity);
    return RegenerateAppSecretErrors.run(() => ctx.services.apps.regenerateSecret(vendor, id), (secretKey) => ({ secretKey }));
  }

  @Mutation(() => SubmitApp.payload, { description: 'LC-2: the vendor submits a DRAFT for moderation (READY).' })
  submitApp(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext) {
    const vendor = requireVendor(ctx.identity);
    return SubmitApp.errors.run(() => ctx.services.lifecycle.apply(vendor, id, 'submit'), (app) => ({ app }));
  }

  @Mutation(() => PublishApp.payload, { description: 'LC-2: a moderator publishes a READY app.' })
  publishApp(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext) {
    const moderator = requireModerator(ctx.identity);
    return PublishApp.errors.run(() => ctx.services.lifecycle.apply(moderator, id, 'publish'), (app) => ({ app }));
  }

  @Mutation(() => ReturnApp.payload, { description: 'LC-2: a moderator sends a READY app back to DRAFT, saying why.' })
  returnApp(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: CatalogContext) {
    const moderator = requireModerator(ctx.identity);
    return ReturnApp.errors.run(() => ctx.services.lifecycle.apply(moderator, id, 'return', reason), (app) => ({ app }));
  }

  @Mutation(() => HideApp.payload, { description: 'LC-3, LC-4: takes a free PUBLISHED app off the storefront (its vendor or a moderator).' })
  hideApp(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: CatalogContext) {
    const actor = requireCabinetActor(ctx.identity);
    return HideApp.errors.run(() => ctx.services.lifecycle.apply(actor, id, 'hide', reason), (app) => ({ app }));
  }

  @Mutation(() => ShowApp.payload, { description: 'Puts a HIDDEN app back on the storefront (its vendor or a moderator).' })
  showApp(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: CatalogContext) {
    const actor = requireCabinetActor(ctx.identity);
    return ShowApp.errors.run(() => ctx.services.lifecycle.apply(actor, id, 'show', reason), (app) => ({ app }));
  }

  @Mutation(() => ChangeAppPricingPayload, { description: 'PC-1..PC-3, TR-1, TR-6: sets price and trial; every change is kept with its effective time.' })
  changeAppPricing(@Args() args: PricingArgs, @Ctx() ctx: CatalogContext): Promise<ChangeAppPricingPayload> {
    const actor = requireCabinetActor(ctx.identity);
    return ChangeAppPricingErrors.run(() => ctx.services.pricing.change(actor, args.appId, args), (app) => ({ app }));
  }

  @Mutation(() => UploadAppDescriptorPayload, {
    description: 'Uploads a new descriptor version (XML v2); a refused one stores nothing and names every problem with its element and line.',
  })
  uploadAppDescriptor(
    @Arg('appId', () => ID) appId: string,
    @Arg('xml') xml: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<UploadAppDescriptorPayload> {
    const actor = requireCabinetActor(ctx.identity);
    return UploadAppDescriptorErrors.run(() => ctx.services.descriptors.upload(actor, appId, xml, idempotencyKey), (descriptor) => ({ descriptor }));
  }
}
