import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's User, known here only by id (a call's employee); accounts resolves the rest. */
@ObjectType('User')
@Directive('@key(fields: "id", resolvable: false)')
export class UserRef {
  @Field(() => ID)
  id: string;
}
