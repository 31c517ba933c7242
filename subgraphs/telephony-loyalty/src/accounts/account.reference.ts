import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's Account; telephony adds its calls. */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID)
  id: string;
}
