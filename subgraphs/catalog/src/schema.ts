import { buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AppResolver } from './apps/app.resolver';
import { CategoryResolver } from './categories/category.resolver';
import { AppListsResolver, VendorListResolver } from './lists/list-connections.resolver';
import { CabinetResolver } from './cabinet/cabinet.resolver';
import { InstalledAppResolver } from './installs/installed-app.resolver';
import { StorefrontResolver } from './storefront/storefront.resolver';
import { VendorResolver } from './vendors/vendor.resolver';
import type { CatalogContext } from './context';

export function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<CatalogContext>({
    resolvers: [AppResolver, VendorResolver, CabinetResolver, StorefrontResolver, InstalledAppResolver, CategoryResolver, VendorListResolver, AppListsResolver],
    referenceResolvers: {
      App: (ref, ctx) => ctx.loaders.appById.load(String(ref.id)),
      Vendor: (ref, ctx) => ctx.loaders.vendorById.load(String(ref.id)),
    },
  });
}
