import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Catalog's Vendor, only as the key billing needs to tell an app's owner. */
@ObjectType('Vendor')
@Directive('@key(fields: "id", resolvable: false)')
export class VendorKeyRef {
  @Field(() => ID)
  id: string;
}

/**
 * Catalog's App; billing adds what the vendor earns from it (PR-4), from the list price catalog
 * owns and the vendor share billing owns, and its install outlook (accounts' viewerInstallState). The gateway fetches the price and the vendor from
 * catalog first (@requires).
 */
@ObjectType('App')
@Directive('@key(fields: "id")')
export class AppRef {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  priceKopecks?: number | null;

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  trialDays?: number | null;

  @Field(() => VendorKeyRef)
  @Directive('@external')
  vendor?: VendorKeyRef;
}
