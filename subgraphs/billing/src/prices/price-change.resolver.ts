import { Arg, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireService } from '@appmarket/federation';
import type { BillingContext } from '../context';

@InputType()
@Directive('@inaccessible')
export class ApplyPriceChangeInput {
  @Field({ description: 'The catalog\'s id of the change: the idempotency key.' }) changeId: string;
  @Field(() => ID) appId: string;
  @Field(() => Int, { nullable: true, description: 'New monthly price in kopecks; null: the app becomes free.' }) priceKopecks: number | null;
  @Field(() => Int, { nullable: true, description: 'PC-3: the trial current users of a free app made paid get.' }) trialDays: number | null;
}

@ObjectType()
@Directive('@inaccessible')
export class PriceChangeResult {
  @Field() changeId: string;
  @Field(() => ID) appId: string;
  @Field(() => Int) installsAffected: number;
}

@Resolver()
export class PriceChangeResolver {
  @Mutation(() => PriceChangeResult, { description: 'Internal (catalog): a price change\'s effect on existing installs (PC-1..PC-3).' })
  @Directive('@inaccessible')
  applyPriceChange(@Arg('input') input: ApplyPriceChangeInput, @Ctx() ctx: BillingContext): Promise<PriceChangeResult> {
    requireService(ctx.identity);
    return ctx.services.prices.apply(input);
  }
}
