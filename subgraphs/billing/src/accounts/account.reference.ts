import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The accounts subgraph's Account; billing adds its paid-app options. */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID)
  id: string;
}

/** PR-3: paid apps are paid for with the account's paid-app options (one option = 500 RUB/month). */
@ObjectType()
export class PaidAppOptions {
  @Field(() => Int, { description: 'Options in the account\'s current subscription.' })
  total: number;

  @Field(() => Int, { description: 'Options taken by installs in state PAID.' })
  used: number;

  @Field(() => Int)
  free: number;
}
