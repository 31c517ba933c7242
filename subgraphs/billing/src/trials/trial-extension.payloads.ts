import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { BillingErrorCodes } from '../error-codes';
import { TrialExtension } from './trial-extension.types';

/** The trial extension's mutation payload (issue 19, item 2; docs/API.md, "Errors as data"). */
export const ExtendTrialErrors = userErrorsFor({
  mutation: 'extendTrial',
  input: 'input',
  arguments: ['idempotencyKey'],
  catalogue: [BillingErrorCodes, ErrorCodes, IdempotencyErrorCodes],
  codes: [
    'TRIAL_EXTENSION_DAYS_OUT_OF_RANGE', 'NOT_FOUND', 'TRIAL_EXTENSION_APP_NOT_PAID', 'TRIAL_EXTENSION_APP_NOT_PUBLISHED', 'ACCOUNT_NOT_FOUND',
    'TRIAL_ALREADY_EXTENDED', 'APP_ALREADY_PAID', 'TRIAL_WOULD_BE_SHORTENED', 'IDEMPOTENCY_KEY_REUSED',
  ],
});

@ObjectType({ description: 'TX-1..TX-3: the trial extension the vendor made; or why not.' })
export class ExtendTrialPayload {
  @Field(() => TrialExtension, { nullable: true, description: 'The extension, as stored; null when refused.' })
  trialExtension?: TrialExtension | null;

  @Field(() => [ExtendTrialErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
