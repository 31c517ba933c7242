import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { USER_ERROR_CATALOGUE } from '../user-error-catalogue';
import { Account } from './account.entity';

/** The account settings' payloads (issue 19, item 2); who may change them (admins, moderators) stays top-level. */
export const SetEmployeesMayInstallErrors = userErrorsFor({
  mutation: 'setEmployeesMayInstall',
  arguments: ['allowed'],
  catalogue: USER_ERROR_CATALOGUE,
  // The caller's own account is gone (deleted while signed in): nothing else refuses this.
  codes: ['NOT_FOUND'],
});

export const SetDeveloperVendorErrors = userErrorsFor({
  mutation: 'setDeveloperVendor', arguments: ['accountId', 'vendorId'], catalogue: USER_ERROR_CATALOGUE, codes: ['NOT_FOUND', 'VENDOR_NOT_FOUND'],
});

@ObjectType({ description: 'BX-3: the account with its new install rights, or why not.' })
export class SetEmployeesMayInstallPayload {
  @Field(() => Account, { nullable: true, description: 'The account; null when refused.' })
  account?: Account | null;

  @Field(() => [SetEmployeesMayInstallErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'LC-2, TY-3: the account linked to the vendor as its developer account (or unlinked), or why not.' })
export class SetDeveloperVendorPayload {
  @Field(() => Account, { nullable: true, description: 'The account; null when refused.' })
  account?: Account | null;

  @Field(() => [SetDeveloperVendorErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
