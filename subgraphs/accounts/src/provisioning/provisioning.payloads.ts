import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { USER_ERROR_CATALOGUE } from '../user-error-catalogue';
import { HostAccount, HostUser } from './provisioning.types';

/**
 * The host provisioning API's payloads (issue 19, item 2; docs/provisioning.md). Only host API
 * keys call it (FORBIDDEN stays top-level); every field out of bounds comes back at once.
 */
export const ProvisionAccountErrors = userErrorsFor({
  mutation: 'provisionAccount', input: 'input', catalogue: USER_ERROR_CATALOGUE, codes: ['PROVISIONING_INPUT_INVALID'],
});

export const DeactivateAccountErrors = userErrorsFor({
  mutation: 'deactivateAccount', arguments: ['externalId'], catalogue: USER_ERROR_CATALOGUE, codes: ['PROVISIONING_INPUT_INVALID', 'HOST_ACCOUNT_NOT_FOUND'],
});

export const ProvisionUserErrors = userErrorsFor({
  mutation: 'provisionUser', input: 'input', catalogue: USER_ERROR_CATALOGUE, codes: ['PROVISIONING_INPUT_INVALID', 'HOST_ACCOUNT_NOT_FOUND'],
});

export const DeactivateUserErrors = userErrorsFor({
  mutation: 'deactivateUser',
  arguments: ['accountExternalId', 'externalId'],
  catalogue: USER_ERROR_CATALOGUE,
  codes: ['PROVISIONING_INPUT_INVALID', 'HOST_ACCOUNT_NOT_FOUND', 'HOST_USER_NOT_FOUND'],
});

@ObjectType({ description: 'The host’s account as created or updated, or why not.' })
export class ProvisionAccountPayload {
  @Field(() => HostAccount, { nullable: true, description: 'The account; null when refused.' })
  account?: HostAccount | null;

  @Field(() => [ProvisionAccountErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The host’s deactivated account (its installs suspended), or why not.' })
export class DeactivateAccountPayload {
  @Field(() => HostAccount, { nullable: true, description: 'The account; null when refused.' })
  account?: HostAccount | null;

  @Field(() => [DeactivateAccountErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The host’s user as created or updated, or why not.' })
export class ProvisionUserPayload {
  @Field(() => HostUser, { nullable: true, description: 'The user; null when refused.' })
  user?: HostUser | null;

  @Field(() => [ProvisionUserErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The host’s deactivated user (no app access, no user context), or why not.' })
export class DeactivateUserPayload {
  @Field(() => HostUser, { nullable: true, description: 'The user; null when refused.' })
  user?: HostUser | null;

  @Field(() => [DeactivateUserErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
