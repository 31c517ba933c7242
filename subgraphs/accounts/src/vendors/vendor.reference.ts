import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The catalog's Vendor, known here only by id (`Viewer.vendor`); the catalog resolves the rest. */
@ObjectType('Vendor')
@Directive('@key(fields: "id", resolvable: false)')
export class VendorRef {
  @Field(() => ID)
  id: string;
}
