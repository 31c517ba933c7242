import { IdempotencyErrorCodes } from '@appmarket/db';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { BillingErrorCodes } from '../error-codes';
import { Subscription } from './subscription.entity';

/** The subscription's mutation payload (issue 19, item 2; docs/API.md, "Errors as data"). */
export const BuyPaidAppOptionsErrors = userErrorsFor({
  mutation: 'buyPaidAppOptions',
  input: 'input',
  arguments: ['idempotencyKey'],
  catalogue: [BillingErrorCodes, IdempotencyErrorCodes],
  codes: ['INVALID_PAID_APP_OPTIONS', 'INVALID_SUBSCRIPTION_PERIOD', 'IDEMPOTENCY_KEY_REUSED'],
});

@ObjectType({ description: 'PR-3: the subscription period bought (BX-7: it resumed the suspended installs it covers); or why not.' })
export class BuyPaidAppOptionsPayload {
  @Field(() => Subscription, { nullable: true, description: 'The period bought; null when refused.' })
  subscription?: Subscription | null;

  @Field(() => [BuyPaidAppOptionsErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
