import { Field, ID, InputType, Int } from 'type-graphql';
import { CallDirection, CallStatus } from './call.enums';

@InputType({ description: 'A call reported by the TELEPHONY app (TL-1).' })
export class CreateCallInput {
  @Field(() => String, { nullable: true, description: "The vendor's own id: creating twice with it returns the same call." })
  externalId?: string | null;
  @Field(() => CallDirection) direction: CallDirection;
  @Field() fromNumber: string;
  @Field() toNumber: string;
  @Field(() => ID, { nullable: true, description: 'The employee, by id.' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'The employee, by extension.' }) extension?: string | null;
  @Field(() => CallStatus, { nullable: true, description: 'RINGING when omitted.' }) status?: CallStatus | null;
  @Field(() => Date, { nullable: true, description: 'Now when omitted.' }) startedAt?: Date | null;
}

@InputType({ description: 'Which call: by id or by the vendor\'s external id.' })
export class CallRefInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

@InputType()
export class UpdateCallInput {
  @Field(() => CallStatus, { nullable: true }) status?: CallStatus | null;
  @Field(() => Int, { nullable: true }) durationSeconds?: number | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => String, { nullable: true }) extension?: string | null;
}

@InputType({ description: 'Filters of the call history; all optional, combined with AND.' })
export class CallFilter {
  @Field(() => CallDirection, { nullable: true }) direction?: CallDirection | null;
  @Field(() => CallStatus, { nullable: true }) status?: CallStatus | null;
  @Field(() => Date, { nullable: true, description: 'Calls started at or after this moment.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Calls started before this moment.' }) to?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Calls of this employee.' }) userId?: string | null;
}
