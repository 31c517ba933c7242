import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The accounts subgraph's Account; billing adds its paid-app options and subscriptions. */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID)
  id: string;
}

/** PR-3: paid apps are paid for with the account's paid-app options (one option = 500 RUB/month). */
@ObjectType({ description: 'PR-3: the account’s paid-app options now (one option pays 500 RUB of monthly app price): bought, taken and left.' })
export class PaidAppOptions {
  @Field(() => Int, { description: 'Options in the account\'s subscription periods running now.' })
  total: number;

  @Field(() => Int, { description: 'Options taken by installs that are PAID now.' })
  used: number;

  @Field(() => Int, { description: 'Options left for further paid apps: total minus used, never below 0. When a trial ends, the app goes on PAID only if these cover its price (TR-5).' })
  free: number;
}

/** BX-2/BX-4/BX-5 (docs/CONTRACTS.md): accounts reads `active` for local apps and webhooks in zone ru. */
@ObjectType({ description: 'BX-2, BX-4: the account’s marketplace subscription now: paid apps need it, and in zone ru local apps and webhooks too (BX-8).' })
export class MarketplaceSubscription {
  @Field({ description: 'A subscription period (bought or the demo) is running now.' }) active: boolean;
  @Field({ description: 'The running period is the one-time demo (BX-5).' }) demo: boolean;
  @Field(() => Date, { nullable: true, description: 'When the running period that ends last ends; null when none is running.' }) endsAt: Date | null;
}
