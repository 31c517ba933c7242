import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireVendor } from '../auth';
import type { BillingContext } from '../context';

@InputType()
export class ExtendTrialInput {
  @Field(() => ID) accountId: string;
  @Field(() => ID) appId: string;
  @Field(() => Int, { description: 'TX-2: 1 to 14 days from the moment of confirmation.' }) days: number;
}

@ObjectType()
export class TrialExtension {
  @Field(() => ID) accountId: string;
  @Field(() => ID) appId: string;
  @Field(() => ID, { nullable: true, description: 'The install whose trial was extended; null when the account has not installed the app yet.' })
  installId: string | null;
  @Field() confirmedAt: Date;
  @Field() trialEndsAt: Date;
}

@Resolver()
export class TrialExtensionResolver {
  @Mutation(() => TrialExtension, { description: 'TX-1..TX-3: the vendor extends (or grants) its app\'s trial for one account, once.' })
  @Directive(NOT_FOR_TOKENS)
  extendTrial(
    @Arg('input') input: ExtendTrialInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<TrialExtension> {
    return ctx.services.trials.extend(requireVendor(ctx), input, idempotencyKey);
  }
}
