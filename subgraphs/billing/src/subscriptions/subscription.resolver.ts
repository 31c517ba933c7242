import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireAccountAdmin } from '../auth';
import type { BillingContext } from '../context';
import { BuyPaidAppOptionsErrors, BuyPaidAppOptionsPayload } from './subscription.payloads';

@InputType()
export class BuyPaidAppOptionsInput {
  @Field(() => Int, { description: 'Paid-app options (one pays 500 RUB of monthly app price).' }) paidAppOptions: number;
  @Field(() => Int, { description: '1, 3, 6 or 12 months, each with its discount (subscriptionPrices).' }) periodMonths: number;
  @Field(() => Boolean, { nullable: true, description: 'Start now beside the running period (more options at once) instead of after it.' })
  startImmediately?: boolean | null;
}

@ObjectType()
export class SubscriptionPrice {
  @Field(() => Int) periodMonths: number;
  @Field(() => Int) discountPercent: number;
  @Field(() => Int, { deprecationReason: 'Use optionMonthlyPrice (Money: a SafeInt amount with its currency).' }) optionMonthlyKopecks: number;
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
