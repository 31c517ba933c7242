import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { USER_ERROR_CATALOGUE } from '../user-error-catalogue';

/** The Phone API token mutation's payload (issue 19, item 2); only admins issue (FORBIDDEN stays top-level). */
export const IssuePhoneApiTokenErrors = userErrorsFor({
  mutation: 'issuePhoneApiToken',
  arguments: ['installId'],
  catalogue: USER_ERROR_CATALOGUE,
  codes: ['NOT_FOUND', 'CAPABILITY_NOT_SUPPORTED', 'INSTALL_SUSPENDED'],
});

@ObjectType({ description: 'TL-1: a new Phone API token of a TELEPHONY install (the previous one is revoked), or why not.' })
export class IssuePhoneApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The token, shown only here; null when refused.' })
  token?: string | null;

  @Field(() => [IssuePhoneApiTokenErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
