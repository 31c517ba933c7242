import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, Int, ObjectType } from 'type-graphql';
import { BillingErrorCodes } from '../error-codes';

/** The vendor share's mutation payload (issue 19, item 2; docs/API.md, "Errors as data"). */
export const SetVendorShareErrors = userErrorsFor({
  mutation: 'setVendorShare',
  arguments: ['basisPoints'],
  catalogue: [BillingErrorCodes],
  codes: ['INVALID_VENDOR_SHARE'],
});

@ObjectType({ description: 'PR-4: the vendor share now in force; or why it was not changed.' })
export class SetVendorSharePayload {
  @Field(() => Int, { nullable: true, description: 'The vendor’s share of the list price now, in basis points (7500 = 75 %); null when refused.' })
  vendorShareBasisPoints?: number | null;

  @Field(() => [SetVendorShareErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
