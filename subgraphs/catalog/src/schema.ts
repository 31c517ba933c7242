import { AppLocaleResolver } from './apps/app-locale.resolver';
import { buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { mayResolveApp } from './access/app-visibility';
import { AppResolver, AppVendorApiResolver } from './apps/app.resolver';
import { CategoryResolver } from './categories/category.resolver';
import { pairKey } from './installs/installed-app.service';
import { AppListsResolver, VendorListResolver } from './lists/list-connections.resolver';
import { CabinetResolver } from './cabinet/cabinet.resolver';
import { InstalledAppResolver } from './installs/installed-app.resolver';
import { StorefrontResolver } from './storefront/storefront.resolver';
import { VendorResolver } from './vendors/vendor.resolver';
import type { CatalogContext } from './context';
import { CatalogInputBounds } from './input-bounds';

export function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<CatalogContext>({
    inputBounds: CatalogInputBounds,
    resolvers: [AppResolver, AppVendorApiResolver, VendorResolver, CabinetResolver, StorefrontResolver, InstalledAppResolver, CategoryResolver, VendorListResolver, AppListsResolver, AppLocaleResolver],
    referenceResolvers: {
      // The root fields' visibility applies here too (issue 14 item 6): a signed direct call to
      // `_entities` gets no app the caller could not read through app(id) or its own installs.
      App: async (ref, ctx) => {
        const app = await ctx.loaders.appById.load(String(ref.id));
        const installed = (accountId: string, appId: string) => ctx.loaders.installedByAccount.load(pairKey(accountId, appId));
        return app && (await mayResolveApp(ctx.identity, app, installed)) ? app : null;
      },
      Vendor: (ref, ctx) => ctx.loaders.vendorById.load(String(ref.id)),
    },
    // Billing's read of App.pricingAt (itself @inaccessible) is the only use.
    inaccessibleTypes: ['AppPricing'],
  });
}
