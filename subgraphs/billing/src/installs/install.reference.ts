import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's Install; billing adds its billing state. */
@ObjectType('Install')
@Directive('@key(fields: "id")')
export class InstallRef {
  @Field(() => ID)
  id: string;
}
