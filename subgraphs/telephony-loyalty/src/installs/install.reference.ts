import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's Install; loyalty adds its registered endpoint. */
@ObjectType('Install')
@Directive('@key(fields: "id")')
export class InstallRef {
  @Field(() => ID)
  id: string;
}
