import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { CatalogErrorCodes } from '../error-codes';
import { Vendor } from './vendor.entity';

/** The vendors' mutation payloads (issue 19, item 2; docs/API.md, "Errors as data"). */
const CATALOGUE = [CatalogErrorCodes, ErrorCodes, IdempotencyErrorCodes];

export const CreateVendorErrors = userErrorsFor({
  mutation: 'createVendor',
  catalogue: CATALOGUE,
  codes: ['INVALID_VENDOR_ALIAS', 'VENDOR_ALIAS_TAKEN', 'IDEMPOTENCY_KEY_REUSED'],
});

@ObjectType({ description: 'The new vendor; or why not.' })
export class CreateVendorPayload {
  @Field(() => Vendor, { nullable: true, description: 'The new vendor; null when refused.' })
  vendor?: Vendor | null;

  @Field(() => [CreateVendorErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

export const UpdateVendorProfileErrors = userErrorsFor({
  mutation: 'updateVendorProfile',
  input: 'input',
  arguments: ['vendorId'],
  catalogue: CATALOGUE,
  // BAD_USER_INPUT: a moderator left out vendorId (a vendor edits its own profile and names none).
  codes: ['VENDOR_PROFILE_INVALID', 'NOT_FOUND', 'BAD_USER_INPUT'],
});

@ObjectType({ description: 'The vendor with its profile edited; or every field the profile refuses.' })
export class UpdateVendorProfilePayload {
  @Field(() => Vendor, { nullable: true, description: 'The vendor with its new profile; null when refused.' })
  vendor?: Vendor | null;

  @Field(() => [UpdateVendorProfileErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
