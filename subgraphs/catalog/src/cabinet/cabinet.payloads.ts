import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { App } from '../apps/app.entity';
import { CatalogErrorCodes } from '../error-codes';

/** The cabinet's mutation payloads (issue 19, item 2; docs/API.md, "Errors as data"). */
const CATALOGUE = [CatalogErrorCodes, ErrorCodes, IdempotencyErrorCodes];

export const CreateAppErrors = userErrorsFor({
  mutation: 'createApp',
  input: 'input',
  arguments: ['idempotencyKey'],
  catalogue: CATALOGUE,
  codes: [
    'INVALID_APP_ALIAS', 'APP_ALIAS_TAKEN', 'APP_URL_INVALID', 'UNKNOWN_CATEGORY',
    'PRICE_NOT_MULTIPLE_OF_500', 'INVALID_TRIAL_LENGTH', 'TRIAL_REQUIRES_PAID_APP', 'IDEMPOTENCY_KEY_REUSED',
  ],
});

@ObjectType({ description: 'LC-2: the new DRAFT app and its secret key, which is shown only this once; or why not.' })
export class CreateAppPayload {
  @Field(() => App, { nullable: true, description: 'The new app; null when refused.' })
  app?: App | null;

  @Field(() => String, { nullable: true, description: 'The app’s secret key, shown only here; null when refused.' })
  secretKey?: string | null;

  @Field(() => [CreateAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
