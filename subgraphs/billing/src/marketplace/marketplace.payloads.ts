import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { MarketplaceSubscription } from '../accounts/account.reference';
import { BillingErrorCodes } from '../error-codes';

/** The marketplace subscription's mutation payloads (issue 19, item 2; docs/API.md, "Errors as data"). */
const CATALOGUE = [BillingErrorCodes, ErrorCodes, IdempotencyErrorCodes];

export const ActivateMarketplaceDemoErrors = userErrorsFor({
  mutation: 'activateMarketplaceDemo',
  arguments: ['idempotencyKey'],
  catalogue: CATALOGUE,
  codes: ['MARKETPLACE_DEMO_ALREADY_USED', 'MARKETPLACE_SUBSCRIPTION_ACTIVE', 'IDEMPOTENCY_KEY_REUSED'],
});

export const BuyMarketplaceSubscriptionErrors = userErrorsFor({
  mutation: 'buyMarketplaceSubscription',
  arguments: ['periodMonths', 'idempotencyKey'],
  catalogue: CATALOGUE,
  codes: ['INVALID_SUBSCRIPTION_PERIOD', 'IDEMPOTENCY_KEY_REUSED'],
});

@ObjectType({ description: 'BX-5: the account’s marketplace subscription with its one-time demo running; or why not.' })
export class ActivateMarketplaceDemoPayload {
  @Field(() => MarketplaceSubscription, { nullable: true, description: 'The marketplace subscription after the demo started; null when refused.' })
  marketplaceSubscription?: MarketplaceSubscription | null;

  @Field(() => [ActivateMarketplaceDemoErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'BX-2/BX-4: the account’s marketplace subscription with the period bought; or why not.' })
export class BuyMarketplaceSubscriptionPayload {
  @Field(() => MarketplaceSubscription, { nullable: true, description: 'The marketplace subscription after the purchase; null when refused.' })
  marketplaceSubscription?: MarketplaceSubscription | null;

  @Field(() => [BuyMarketplaceSubscriptionErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
