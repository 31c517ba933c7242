import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The catalog's App, known here only by id: accounts adds `installs` to it. */
@ObjectType('App')
@Directive('@key(fields: "id")')
export class AppRef {
  @Field(() => ID)
  id: string;
}
