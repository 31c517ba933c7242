import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { App } from '../apps/app.entity';
import { AppDescriptor } from '../descriptors/descriptor.entity';
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

export const UpdateAppErrors = userErrorsFor({
  mutation: 'updateApp',
  input: 'input',
  arguments: ['id'],
  catalogue: CATALOGUE,
  codes: ['NOT_FOUND', 'APP_NOT_EDITABLE', 'APP_URL_INVALID', 'UNKNOWN_CATEGORY'],
});

@ObjectType({ description: 'The app with its content edited; or why not.' })
export class UpdateAppPayload {
  @Field(() => App, { nullable: true, description: 'The edited app; null when refused.' })
  app?: App | null;

  @Field(() => [UpdateAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

export const RegenerateAppSecretErrors = userErrorsFor({
  mutation: 'regenerateAppSecret',
  catalogue: CATALOGUE,
  codes: ['NOT_FOUND', 'SECRET_REGENERATION_NOT_ALLOWED'],
});

@ObjectType({ description: 'The app’s new secret key, which is shown only this once; or why not.' })
export class RegenerateAppSecretPayload {
  @Field(() => String, { nullable: true, description: 'The new secret key (installs are signed with it from now on), shown only here; null when refused.' })
  secretKey?: string | null;

  @Field(() => [RegenerateAppSecretErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

/**
 * LC-1..LC-4: a lifecycle move's payload, the same shape for each move; each has its own error
 * type, as each refuses with its own codes. An app in another status is a state conflict of the
 * request as a whole (`field` null); an app the caller may not see is NOT_FOUND at `id`.
 */
function lifecyclePayload(mutation: string, codes: readonly string[], description: string) {
  const errors = userErrorsFor({ mutation, catalogue: CATALOGUE, codes });
  @ObjectType(`${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Payload`, { description })
  class LifecyclePayload {
    @Field(() => App, { nullable: true, description: 'The app in its new status; null when refused.' })
    app?: App | null;

    @Field(() => [errors.type], { description: USER_ERRORS_DESCRIPTION })
    userErrors!: UserError[];
  }
  return { errors, payload: LifecyclePayload };
}

export const SubmitApp = lifecyclePayload('submitApp', ['NOT_FOUND', 'APP_NOT_DRAFT'], 'LC-2: the app submitted for moderation (READY); or why not.');
export const PublishApp = lifecyclePayload('publishApp', ['NOT_FOUND', 'APP_NOT_READY'], 'LC-2: the app published; or why not.');
export const ReturnApp = lifecyclePayload('returnApp', ['NOT_FOUND', 'APP_NOT_READY', 'RETURN_REASON_REQUIRED'], 'LC-2: the app returned to DRAFT; or why not.');
export const HideApp = lifecyclePayload('hideApp', ['NOT_FOUND', 'APP_NOT_PUBLISHED', 'ONLY_FREE_APPS_CAN_BE_HIDDEN'], 'LC-3, LC-4: the app taken off the storefront (HIDDEN); or why not.');
export const ShowApp = lifecyclePayload('showApp', ['NOT_FOUND', 'APP_NOT_HIDDEN'], 'The app back on the storefront (PUBLISHED); or why not.');

export const ChangeAppPricingErrors = userErrorsFor({
  mutation: 'changeAppPricing',
  arguments: ['appId', 'priceKopecks', 'trialDays', 'reason'],
  catalogue: CATALOGUE,
  codes: [
    'NOT_FOUND', 'PRICE_NOT_MULTIPLE_OF_500', 'INVALID_TRIAL_LENGTH', 'TRIAL_REQUIRES_PAID_APP', 'PRICING_UNCHANGED',
    'PRICE_CHANGE_REQUIRES_MODERATOR', 'PRICE_CHANGE_REQUIRES_VENDOR', 'TRIAL_CHANGE_REQUIRES_MODERATOR', 'TRIAL_CHANGE_REQUIRES_VENDOR',
    'HIDDEN_APP_MUST_STAY_FREE', 'PAID_CONVERSION_REQUIRES_TRIAL',
  ],
});

@ObjectType({ description: 'PC-1..PC-3, TR-1, TR-6: the app with its new price and trial; or why not.' })
export class ChangeAppPricingPayload {
  @Field(() => App, { nullable: true, description: 'The app with its new price and trial; null when refused.' })
  app?: App | null;

  @Field(() => [ChangeAppPricingErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

export const UploadAppDescriptorErrors = userErrorsFor({
  mutation: 'uploadAppDescriptor',
  arguments: ['appId', 'xml'],
  catalogue: CATALOGUE,
  codes: [
    'NOT_FOUND', 'DESCRIPTOR_TOO_LARGE', 'DESCRIPTOR_DTD_FORBIDDEN', 'DESCRIPTOR_MALFORMED', 'DESCRIPTOR_WRONG_ROOT',
    'DESCRIPTOR_UNKNOWN_ELEMENT', 'DESCRIPTOR_DUPLICATE_ELEMENT', 'DESCRIPTOR_MISSING_ELEMENT', 'DESCRIPTOR_FORBIDDEN_ELEMENT',
    'DESCRIPTOR_URL_NOT_HTTPS', 'DESCRIPTOR_URL_FORBIDDEN_HOST', 'DESCRIPTOR_INVALID_VALUE', 'DESCRIPTOR_UNKNOWN_ENTITY',
    'DESCRIPTOR_PERMISSION_VIEW_REQUIRED', 'DESCRIPTOR_PERMISSION_DELETE_REQUIRES_UPDATE', 'IDEMPOTENCY_KEY_REUSED',
  ],
});

@ObjectType({
  description: 'The new descriptor version; or every problem of the refused one, each at `["xml"]` with the element and its line in the message (nothing is stored).',
})
export class UploadAppDescriptorPayload {
  @Field(() => AppDescriptor, { nullable: true, description: 'The new descriptor version; null when refused.' })
  descriptor?: AppDescriptor | null;

  @Field(() => [UploadAppDescriptorErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
