import { requireFound } from '@appmarket/core';
import { CountedConnectionType, OWNER_ONLY, PageArgs, pageConnection, pageWindow, Price, priceOf, requireService } from '@appmarket/federation';
import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { appVisibilityOf, maySeeApp, type AppVisibility } from '../access/app-visibility';
import { requireOwnerView } from '../access/caller';
import type { CatalogContext } from '../context';
import { AppDescriptor } from '../descriptors/descriptor.entity';
import { AppAccess, AppVendorApi, type AppVendorApiView } from '../descriptors/descriptor.types';
import { AppTransition } from '../lifecycle/transition.entity';
import { AppPricing, AppPricingChange } from '../pricing/pricing-change.entity';
import { Vendor } from '../vendors/vendor.entity';
import { AppCapabilities, CAPABILITIES, directLinkOf, hasDirectLink, StorefrontBlock } from './app.capabilities';
import { App } from './app.entity';
import { AppStatus, AppType } from './app.enums';
import { appsListed, type AppListFilter } from './app-list-spec';

export const AppConnection = CountedConnectionType(App, 'App');

@ArgsType()
class AppListArgs extends PageArgs {
  @Field(() => AppType, { nullable: true, description: 'Only apps of this type (TY-1).' }) type?: AppType;
  @Field(() => AppStatus, { nullable: true, description: 'Only apps in this status (LC-1).' }) status?: AppStatus;
}

@Resolver(() => App)
export class AppResolver {
  @Query(() => App, {
    nullable: true,
    description: 'One app by id (internal and moderation use; the storefront card is storefrontApp). Moderators and services see every app, '
      + 'a vendor its own and PUBLISHED ones, an account or app PUBLISHED ones (an app also its own); any other answers NOT_FOUND.',
  })
  async app(@Arg('id', () => ID, { description: 'The app’s id.' }) id: string, @Ctx() ctx: CatalogContext): Promise<App> {
    const visibility = appVisibilityOf(ctx.identity);
    const app = await ctx.loaders.appById.load(id);
    return requireFound(app && maySeeApp(visibility, app) ? app : null, 'App', { id });
  }

  @Query(() => AppConnection, { nullable: true, description: 'Apps the caller may see (as for app(id)), newest first, Relay-paginated both ways.' })
  apps(@Args() args: AppListArgs, @Ctx() ctx: CatalogContext) {
    return appsPage(ctx, args, appVisibilityOf(ctx.identity));
  }

  @FieldResolver(() => Vendor, { description: 'The vendor that publishes the app.' })
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

  @FieldResolver(() => AppVendorApi, { nullable: true, description: 'The current descriptor’s vendorApi block (SERVER apps); its endpointBase only for the app’s vendor and moderators.' })
  async vendorApi(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppVendorApiView | null> {
    const block = (await ctx.loaders.currentDescriptorByApp.load(app.id))?.vendorApi;
    return block ? { ...block, vendorId: app.vendorId } : null;
  }

  @FieldResolver(() => AppPricing, { description: 'Services only (billing, TR-3): the price and trial as they were at that moment.' })
  @Directive('@inaccessible')
  pricingAt(@Root() app: App, @Arg('at', () => Date) at: Date, @Ctx() ctx: CatalogContext): Promise<AppPricing> {
    requireService(ctx.identity);
    return ctx.loaders.pricingAt.load({ appId: app.id, at });
  }

  @FieldResolver(() => [AppTransition], { nullable: true, deprecationReason: 'Unbounded: use transitionsConnection.', description: 'Every lifecycle transition, oldest first (the app’s vendor and moderators).' })
  @Directive(OWNER_ONLY)
  transitions(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppTransition[]> {
    requireOwnerView(ctx.identity, app.vendorId);
    return ctx.loaders.transitionsByApp.load(app.id);
  }

  @FieldResolver(() => [AppPricingChange], { nullable: true, deprecationReason: 'Unbounded: use pricingHistoryConnection.', description: 'Every price and trial change with its effective time, oldest first (the app’s vendor and moderators).' })
  @Directive(OWNER_ONLY)
  pricingHistory(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppPricingChange[]> {
    requireOwnerView(ctx.identity, app.vendorId);
    return ctx.loaders.pricingHistoryByApp.load(app.id);
  }

  @FieldResolver(() => [AppDescriptor], { nullable: true, deprecationReason: 'Unbounded (up to 64 KiB each): use descriptorsConnection.', description: 'Descriptor versions, newest first (the app’s vendor and moderators).' })
  @Directive(OWNER_ONLY)
  descriptors(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<AppDescriptor[]> {
    requireOwnerView(ctx.identity, app.vendorId);
    return ctx.loaders.descriptorsByApp.load(app.id);
  }
}

/** AppVendorApi's fields that not every reader of the app may see. */
@Resolver(() => AppVendorApi)
export class AppVendorApiResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The vendor’s server the Vendor API calls (the app’s vendor and moderators).' })
  @Directive(OWNER_ONLY)
  endpointBase(@Root() block: AppVendorApiView, @Ctx() ctx: CatalogContext): string {
    requireOwnerView(ctx.identity, block.vendorId);
    return block.endpointBase;
  }
}

/**
 * A page of apps newest first (`apps`, `vendorApps`): one statement for the ids, one for the rows
 * (the loader), one more for totalCount when asked, whatever the page size or direction.
 */
export async function appsPage(ctx: CatalogContext, args: PageArgs & AppListFilter, visibility: AppVisibility = { kind: 'every' }) {
  const spec = appsListed(args, visibility);
  const key = `apps:${JSON.stringify([args.type ?? null, args.status ?? null, args.vendorId ?? null, visibility])}`;
  const page = await ctx.loaders.pages.page(key, spec, pageWindow(args, 2)).load('root');
  return pageConnection(page, (ids) => ctx.loaders.appById.loadMany(ids), () => ctx.loaders.pages.count(key, spec).load('root'));
}
