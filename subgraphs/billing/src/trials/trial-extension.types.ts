import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'TX-1: which account’s trial of which of the vendor’s apps to extend, and by how many days.' })
export class ExtendTrialInput {
  @Field(() => ID, { description: 'The account to extend the trial for.' }) accountId: string;
  @Field(() => ID, { description: 'The vendor’s app: paid and published (TX-3).' }) appId: string;
  @Field(() => Int, { description: 'TX-2: 1 to 14 days from the moment of confirmation.' }) days: number;
}

@ObjectType({ description: 'TX-1, TX-2: a trial extended (or granted) once for one account and app.' })
export class TrialExtension {
  @Field(() => ID, { description: 'The account the trial was extended for.' }) accountId: string;
  @Field(() => ID, { description: 'The app whose trial was extended.' }) appId: string;
  @Field(() => ID, { nullable: true, description: 'The install whose trial was extended; null when the account has not installed the app yet.' })
  installId: string | null;
  @Field({ description: 'TX-2: when the extension was confirmed; it runs from this moment.' }) confirmedAt: Date;
  @Field({ description: 'TX-2: confirmedAt plus the days granted; the trial ends then (it is never shortened, TX-3).' }) trialEndsAt: Date;
}
