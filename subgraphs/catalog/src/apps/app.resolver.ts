import { requireFound } from '@appmarket/core';
import { ConnectionType, ForwardPageArgs, Price, priceOf, requireService } from '@appmarket/federation';
import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { appVisibilityOf, maySeeApp } from '../access/app-visibility';
import { forbidden, ownsOrModerates, requireCabinetActor } from '../access/caller';
import type { CatalogContext } from '../context';
import { AppDescriptor } from '../descriptors/descriptor.entity';
import { AppAccess, AppVendorApi } from '../descriptors/descriptor.types';
import { AppTransition } from '../lifecycle/transition.entity';
import { AppPricing, AppPricingChange } from '../pricing/pricing-change.entity';
import { Vendor } from '../vendors/vendor.entity';
import { AppCapabilities, CAPABILITIES, directLinkOf, hasDirectLink, StorefrontBlock } from './app.capabilities';
import { App } from './app.entity';
import { AppStatus, AppType } from './app.enums';

export const AppConnection = ConnectionType(App, 'App');

@ArgsType()
class AppListArgs extends ForwardPageArgs {
  @Field(() => AppType, { nullable: true }) type?: AppType;
  @Field(() => AppStatus, { nullable: true }) status?: AppStatus;
}

/** Cabinet-only fields: the owning vendor, a moderator, or another subgraph. */
export function requireOwnerView(ctx: CatalogContext, app: App): void {
  if (ctx.identity.kind === 'service') return;
  if (!ownsOrModerates(requireCabinetActor(ctx.identity), app.vendorId)) throw forbidden('only the app’s vendor or a moderator sees this');
}

@Resolver(() => App)
export class AppResolver {
  @Query(() => App, {
    description: 'One app by id (internal and moderation use; the storefront card is storefrontApp). Moderators and services see every app, '
      + 'a vendor its own and PUBLISHED ones, an account or app PUBLISHED ones (an app also its own); any other answers NOT_FOUND.',
  })
  async app(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<App> {
    const visibility = appVisibilityOf(ctx.identity);
    const app = await ctx.loaders.appById.load(id);
    return requireFound(app && maySeeApp(visibility, app) ? app : null, 'App', { id });
  }

  @Query(() => AppConnection, { description: 'Apps the caller may see (as for app(id)), newest first.' })
  apps(@Args() args: AppListArgs, @Ctx() ctx: CatalogContext) {
    return ctx.services.apps.list(args, appVisibilityOf(ctx.identity));
  }

  @FieldResolver(() => Vendor)
  async vendor(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    return requireFound(await ctx.loaders.vendorById.load(app.vendorId), 'Vendor', { id: app.vendorId });
  }

  @FieldResolver(() => String, { description: '`<appAlias>.<vendorAlias>`: unique, never changes.' })
  async appUid(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<string> {
    return `${app.alias}.${(await this.vendor(app, ctx)).alias}`;
  }

  @FieldResolver(() => AppCapabilities, { description: 'TY-3: what the app’s type may do.' })
  capabilities(@Root() app: App): AppCapabilities {
    return CAPABILITIES[app.type];
  }

  @FieldResolver(() => StorefrontBlock, { description: 'TY-3: the storefront block the app is listed in.' })
  storefrontBlock(@Root() app: App): StorefrontBlock {
    return CAPABILITIES[app.type].storefrontBlock;
  }

  @FieldResolver(() => String, { nullable: true, description: 'DL-1: the direct link to the storefront card (SERVER and IFRAME apps), as the vendor cabinet shows it.' })
  async directLink(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return hasDirectLink(app.type) ? directLinkOf(await this.appUid(app, ctx)) : null;
  }

  @FieldResolver(() => Price, { nullable: true, description: 'The monthly list price (PR-2); null for a free app (PR-1).' })
  price(@Root() app: App): Price | null {
    return priceOf(app.priceKopecks);
  }

  @FieldResolver(() => String, { description: 'The secret key vendor JWTs are signed with (HS256). Services only.' })
  @Directive('@inaccessible')
  signingSecret(@Root() app: App, @Ctx() ctx: CatalogContext): string {
    requireService(ctx.identity);
    return app.secretKey;
  }

  @FieldResolver(() => AppAccess, { nullable: true, description: 'AR-1, AR-2: the current descriptor’s access block; null when the app asks for no API access.' })
  async access(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppAccess | null> {
    const descriptor = await ctx.loaders.currentDescriptorByApp.load(app.id);
    if (!descriptor?.access) return null;
    return { descriptorVersion: descriptor.version, ...descriptor.access };
  }

  @FieldResolver(() => AppVendorApi, { nullable: true, description: 'The current descriptor’s vendorApi block (SERVER apps).' })
  async vendorApi(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppVendorApi | null> {
    return (await ctx.loaders.currentDescriptorByApp.load(app.id))?.vendorApi ?? null;
  }

  @FieldResolver(() => AppPricing, { description: 'The price and trial as they were at that moment (billing, TR-3).' })
  pricingAt(@Root() app: App, @Arg('at', () => Date) at: Date, @Ctx() ctx: CatalogContext): Promise<AppPricing> {
    return ctx.loaders.pricingAt.load({ appId: app.id, at });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'PR-4: what the vendor earns a month from one paid install, before discounts and fees.' })
  async vendorEarningsKopecks(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<number | null> {
    if (app.priceKopecks === null) return null;
    return Math.floor((app.priceKopecks * (await ctx.loaders.vendorShare.load('share'))) / 10_000);
  }

  @FieldResolver(() => [AppTransition], { description: 'Every lifecycle transition, oldest first (vendor cabinet, moderators).', deprecationReason: 'Unbounded: use transitionsConnection.' })
  transitions(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppTransition[]> {
    requireOwnerView(ctx, app);
    return ctx.loaders.transitionsByApp.load(app.id);
  }

  @FieldResolver(() => [AppPricingChange], { description: 'Every price and trial change with its effective time, oldest first.', deprecationReason: 'Unbounded: use pricingHistoryConnection.' })
  pricingHistory(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppPricingChange[]> {
    requireOwnerView(ctx, app);
    return ctx.loaders.pricingHistoryByApp.load(app.id);
  }

  @FieldResolver(() => [AppDescriptor], { description: 'Descriptor versions, newest first (vendor cabinet, moderators).', deprecationReason: 'Unbounded (up to 64 KiB each): use descriptorsConnection.' })
  descriptors(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppDescriptor[]> {
    requireOwnerView(ctx, app);
    return ctx.loaders.descriptorsByApp.load(app.id);
  }
}

