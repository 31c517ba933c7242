import { Field, ID, InputType, Int } from 'type-graphql';
import { CallDirection, CallStatus } from './call.enums';

@InputType({ description: 'A call reported by the TELEPHONY app (TL-1).' })
export class CreateCallInput {
  @Field(() => String, { nullable: true, description: "The vendor's own id: creating twice with it returns the same call." })
  externalId?: string | null;
  @Field(() => CallDirection, { description: 'INCOMING or OUTGOING.' }) direction: CallDirection;
  @Field({ description: 'The calling number.' }) fromNumber: string;
  @Field({ description: 'The called number.' }) toNumber: string;
  @Field(() => ID, { nullable: true, description: 'The employee, by id.' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'The employee, by extension.' }) extension?: string | null;
  @Field(() => CallStatus, { nullable: true, description: 'RINGING when omitted.' }) status?: CallStatus | null;
  @Field(() => Date, { nullable: true, description: 'Now when omitted.' }) startedAt?: Date | null;
}

@InputType({ description: 'Which call: by id or by the vendor\'s external id.' })
export class CallRefInput {
  @Field(() => ID, { nullable: true, description: 'The call’s id; give this or externalId, not both.' }) id?: string | null;
  @Field(() => String, { nullable: true, description: 'The vendor’s own id of the call; give this or id, not both.' }) externalId?: string | null;
}

@InputType({ description: 'TL-1: what the TELEPHONY app reports about a call it already reported; omitted fields stay as they are.' })
export class UpdateCallInput {
  @Field(() => CallStatus, { nullable: true, description: 'The call’s new status.' }) status?: CallStatus | null;
  @Field(() => Int, { nullable: true, description: 'How long the talk lasted, in whole seconds (0 or more).' }) durationSeconds?: number | null;
  @Field(() => ID, { nullable: true, description: 'The employee who took or made the call, by id.' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'The employee who took or made the call, by extension.' }) extension?: string | null;
}

@InputType({ description: 'Filters of the call history; all optional, combined with AND.' })
export class CallFilter {
  @Field(() => CallDirection, { nullable: true, description: 'Only calls in this direction.' }) direction?: CallDirection | null;
  @Field(() => CallStatus, { nullable: true, description: 'Only calls in this status.' }) status?: CallStatus | null;
  @Field(() => Date, { nullable: true, description: 'Calls started at or after this moment.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Calls started before this moment.' }) to?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Calls of this employee.' }) userId?: string | null;
}
