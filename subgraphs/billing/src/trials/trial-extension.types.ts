import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

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
