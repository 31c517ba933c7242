import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { USER_ERROR_CATALOGUE } from '../user-error-catalogue';
import { IncomingWebhook } from './incoming-webhook.entity';
import { LocalApp } from './local-app.entity';

/**
 * The developer section's payloads (issue 19, item 2; BX-8). Admins only: FORBIDDEN stays
 * top-level; the marketplace subscription a zone ru account lacks is a user error the page offers.
 */
export const CreateLocalAppErrors = userErrorsFor({
  mutation: 'createLocalApp',
  arguments: ['name', 'idempotencyKey'],
  catalogue: USER_ERROR_CATALOGUE,
  codes: ['BAD_USER_INPUT', 'CONFLICT', 'MARKETPLACE_SUBSCRIPTION_REQUIRED', 'IDEMPOTENCY_KEY_REUSED'],
});

export const CreateIncomingWebhookErrors = userErrorsFor({
  mutation: 'createIncomingWebhook',
  arguments: ['name', 'permissions', 'idempotencyKey'],
  catalogue: USER_ERROR_CATALOGUE,
  codes: ['BAD_USER_INPUT', 'UNKNOWN_PERMISSION_ENTITY', 'WEBHOOKS_NOT_ON_FREE_TARIFF', 'MARKETPLACE_SUBSCRIPTION_REQUIRED', 'IDEMPOTENCY_KEY_REUSED'],
});

export const DeleteIncomingWebhookErrors = userErrorsFor({
  mutation: 'deleteIncomingWebhook', arguments: ['id'], catalogue: USER_ERROR_CATALOGUE, codes: ['NOT_FOUND'],
});

@ObjectType({ description: 'BX-8: the new local app, or why not.' })
export class CreateLocalAppPayload {
  @Field(() => LocalApp, { nullable: true, description: 'The local app; null when refused.' })
  localApp?: LocalApp | null;

  @Field(() => [CreateLocalAppErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'BX-8: a new webhook and its token, shown only now; or why not (every field’s problem at once).' })
export class CreateIncomingWebhookPayload {
  @Field(() => IncomingWebhook, { nullable: true, description: 'The webhook; null when refused.' })
  webhook?: IncomingWebhook | null;

  @Field(() => String, { nullable: true, description: 'Send it as `Authorization: Bearer <token>` to the gateway; shown only here, null when refused.' })
  token?: string | null;

  @Field(() => [CreateIncomingWebhookErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'BX-8: the deleted webhook (its token stops working within seconds), or why not.' })
export class DeleteIncomingWebhookPayload {
  @Field(() => IncomingWebhook, { nullable: true, description: 'The webhook, with revokedAt set; null when refused.' })
  webhook?: IncomingWebhook | null;

  @Field(() => [DeleteIncomingWebhookErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
