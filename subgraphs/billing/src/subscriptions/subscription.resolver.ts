import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireAccountAdmin } from '../auth';
import type { BillingContext } from '../context';
import { BuyPaidAppOptionsErrors, BuyPaidAppOptionsPayload } from './subscription.payloads';

@InputType({ description: 'PR-3: how many paid-app options to buy, for how many months ahead, and when the period starts.' })
export class BuyPaidAppOptionsInput {
  @Field(() => Int, { description: 'Paid-app options (one pays 500 RUB of monthly app price).' }) paidAppOptions: number;
  @Field(() => Int, { description: '1, 3, 6 or 12 months, each with its discount (subscriptionPrices).' }) periodMonths: number;
  @Field(() => Boolean, { nullable: true, description: 'Start now beside the running period (more options at once) instead of after it.' })
  startImmediately?: boolean | null;
}

@ObjectType({ description: 'PR-3: one period a subscription can be bought for, with its discount on paid-app options.' })
export class SubscriptionPrice {
  @Field(() => Int, { description: 'How many months ahead: 1, 3, 6 or 12.' }) periodMonths: number;
  @Field(() => Int, { description: 'The discount for paying that far ahead, in percent of the list price.' }) discountPercent: number;
  @Field(() => Int, { description: 'The list price of one paid-app option per month (500 RUB), in kopecks, before the discount.', deprecationReason: 'Use optionMonthlyPrice (Money: a SafeInt amount with its currency).' }) optionMonthlyKopecks: number;
}

@Resolver()
export class SubscriptionResolver {
  @Query(() => [SubscriptionPrice], { nullable: true, description: 'PR-3: the periods a subscription is bought for and their discounts.' })
  subscriptionPrices(@Ctx() ctx: BillingContext): SubscriptionPrice[] {
    return ctx.services.subscriptions.prices();
  }

  @Mutation(() => BuyPaidAppOptionsPayload, { description: 'An account admin buys paid-app options, or extends the subscription (PR-3, BX-7 resume).' })
  @Directive(NOT_FOR_TOKENS)
  buyPaidAppOptions(
    @Arg('input') input: BuyPaidAppOptionsInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<BuyPaidAppOptionsPayload> {
    const { accountId, userId } = requireAccountAdmin(ctx);
    return BuyPaidAppOptionsErrors.run(() => ctx.services.subscriptions.buy(accountId, userId, input, idempotencyKey), (subscription) => ({ subscription }));
  }
}
