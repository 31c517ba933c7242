import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The accounts subgraph's Account; billing adds its paid-app options and subscriptions. */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID)
  id: string;
}

/** PR-3: paid apps are paid for with the account's paid-app options (one option = 500 RUB/month). */
@ObjectType()
export class PaidAppOptions {
  @Field(() => Int, { description: 'Options in the account\'s subscription periods running now.' })
  total: number;

  @Field(() => Int, { description: 'Options taken by installs that are PAID now.' })
  used: number;

  @Field(() => Int)
  free: number;
}

/** BX-2/BX-4/BX-5 (docs/CONTRACTS.md): accounts reads `active` for local apps and webhooks in zone ru. */
@ObjectType()
export class MarketplaceSubscription {
  @Field() active: boolean;
  @Field({ description: 'The running period is the one-time demo (BX-5).' }) demo: boolean;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
}
