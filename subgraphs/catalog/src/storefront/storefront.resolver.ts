import { DomainError } from '@appmarket/core';
import { PageArgs } from '@appmarket/federation';
import { Arg, Args, ArgsType, Ctx, Field, Query, registerEnumType, Resolver } from 'type-graphql';
import { requireStorefrontAdmin } from '../access/caller';
import { STOREFRONT_CARD_PATH, StorefrontBlock } from '../apps/app.capabilities';
import { App } from '../apps/app.entity';
import { AppConnection } from '../apps/app.resolver';
import type { CatalogContext } from '../context';
import { StorefrontSort } from './storefront.service';
import { StorefrontFacets } from './storefront-facets.types';
import type { AppType } from '../apps/app.enums';

registerEnumType(StorefrontSort, {
  name: 'StorefrontSort',
  description: 'RELEVANCE (default with a search), NEWEST (default without), POPULARITY (live installs).',
  valuesConfig: {
    RELEVANCE: { description: 'Best match of the search first (the default with a search); without a search it sorts as POPULARITY.' },
    NEWEST: { description: 'Most recently published first (the default without a search).' },
    POPULARITY: { description: 'Most live installs first.' },
  },
});

@ArgsType()
class StorefrontArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words in Russian or English; typos are tolerated.' }) search?: string | null;
  @Field(() => StorefrontBlock, { nullable: true, description: 'TY-3: CALLS, NEW or DISCOUNTS.' }) block?: StorefrontBlock | null;
  @Field(() => String, { nullable: true, description: 'A category slug (the categories query lists them).' }) category?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'BX-1: the "free solutions" filter.' }) freeOnly?: boolean | null;
  @Field(() => StorefrontSort, { nullable: true, description: 'The order; RELEVANCE with a search and NEWEST without when omitted.' }) sort?: StorefrontSort | null;
}

@ArgsType()
class StorefrontFilterArgs {
  @Field(() => String, { nullable: true, description: 'Words in Russian or English, as for storefront.' }) search?: string | null;
  @Field(() => StorefrontBlock, { nullable: true, description: 'TY-3: CALLS, NEW or DISCOUNTS.' }) block?: StorefrontBlock | null;
  @Field(() => String, { nullable: true, description: 'A category slug.' }) category?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'BX-1: free apps only.' }) freeOnly?: boolean | null;
}

const notFound = () => new DomainError('NOT_FOUND', 'App not found');

/**
 * The storefront, open to account admins only (DL-5). It lists PUBLISHED apps and the HIDDEN
 * apps installed on the caller's account (LC-3); a card that is missing or not visible answers
 * the same NOT_FOUND (DL-3, DL-4).
 */
@Resolver()
export class StorefrontResolver {
  @Query(() => AppConnection, {
    nullable: true,
    description: 'The storefront: search, block, category and free filters, sorted, Relay-paginated both ways (last/before walks the same order back).',
  })
  async storefront(@Args() args: StorefrontArgs, @Ctx() ctx: CatalogContext) {
    const { accountId } = requireStorefrontAdmin(ctx.identity);
    const page = await ctx.services.storefront.page({ ...args, accountId });
    const apps = await ctx.loaders.appById.loadMany(page.ids.map((r) => r.id));
    const edges = page.ids.map((r, i) => ({ cursor: r.cursor, node: apps[i] as App }));
    const { search, block, category, freeOnly } = args;
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      // Counted only when asked (one statement, the filters without the page).
      get totalCount() {
        return ctx.services.storefront.count({ accountId, search, block, category, freeOnly });
      },
    };
  }

  @Query(() => StorefrontFacets, {
    nullable: true,
    description: 'Facets of a storefront search: with the same filters as storefront, how many apps it finds by type, free/paid and category (DL-5: admins).',
  })
  async storefrontFacets(@Args() args: StorefrontFilterArgs, @Ctx() ctx: CatalogContext): Promise<StorefrontFacets> {
    const { accountId } = requireStorefrontAdmin(ctx.identity);
    const counts = await ctx.services.storefront.facets({ ...args, accountId });
    const categories = await ctx.loaders.categoryBySlug.loadMany(counts.categories.map((c) => c.value));
    return {
      totalCount: counts.total, free: counts.free, paid: counts.paid,
      types: counts.types.map((t) => ({ type: t.value as AppType, count: t.count })),
      categories: counts.categories.map((c, i) => ({ slug: c.value, count: c.count, category: categories[i] instanceof Error ? null : (categories[i] ?? null) })),
    };
  }

  @Query(() => App, { nullable: true, description: 'The storefront card by appUid (`<appAlias>.<vendorAlias>`).' })
  async storefrontApp(@Arg('appUid', { description: 'The app’s uid: `<appAlias>.<vendorAlias>`.' }) appUid: string, @Ctx() ctx: CatalogContext): Promise<App> {
    const { accountId } = requireStorefrontAdmin(ctx.identity);
    return this.visibleCard(ctx, accountId, appUid);
  }

  @Query(() => App, { nullable: true, description: 'DL-2..DL-4: the card a direct link points to (the link as App.directLink gives it, or the full URL).' })
  async appByLink(@Arg('link', { description: 'The direct link (DL-1): the card’s path as App.directLink gives it, or the full URL.' }) link: string, @Ctx() ctx: CatalogContext): Promise<App> {
    const { accountId } = requireStorefrontAdmin(ctx.identity);
    const at = link.indexOf(STOREFRONT_CARD_PATH);
    if (at < 0) throw notFound();
    const appUid = decodeURIComponent(link.slice(at + STOREFRONT_CARD_PATH.length).split(/[?#/]/)[0] ?? '');
    return this.visibleCard(ctx, accountId, appUid);
  }

  private async visibleCard(ctx: CatalogContext, accountId: string, appUid: string): Promise<App> {
    const dot = appUid.indexOf('.');
    if (dot <= 0) throw notFound();
    const id = await ctx.services.storefront.visibleByUid(accountId, appUid.slice(0, dot), appUid.slice(dot + 1));
    const app = id ? await ctx.loaders.appById.load(id) : null;
    if (!app) throw notFound(); // DL-3: the same answer for missing and invisible apps
    return app;
  }
}
