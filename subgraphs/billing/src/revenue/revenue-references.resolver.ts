import { FieldResolver, Resolver, Root } from 'type-graphql';
import { AppRef, VendorKeyRef } from './app.reference';
import { AppRevenue, VendorRevenue } from './revenue.resolver';

/** Revenue rows name their vendor and app as objects (issue 19, item 7); the catalog resolves them. */
@Resolver(() => VendorRevenue)
export class VendorRevenueReferencesResolver {
  @FieldResolver(() => VendorKeyRef, { nullable: true, description: 'The vendor that earned it (resolved by the catalog; null, with the error at this path, when the catalog cannot answer).' })
  vendor(@Root() revenue: VendorRevenue): VendorKeyRef {
    return { id: revenue.vendorId };
  }
}

@Resolver(() => AppRevenue)
export class AppRevenueReferencesResolver {
  @FieldResolver(() => AppRef, { nullable: true, description: 'The app that earned it (resolved by the catalog; null, with the error at this path, when the catalog cannot answer).' })
  app(@Root() revenue: AppRevenue): AppRef {
    return { id: revenue.appId };
  }
}
