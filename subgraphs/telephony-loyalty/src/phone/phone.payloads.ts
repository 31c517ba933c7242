import { ErrorCodes } from '@appmarket/core';
import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { CallCardChange } from '../cards/call-card.entity';
import { Call } from '../calls/call.entity';
import { TelephonyErrorCodes } from '../error-codes';

/**
 * The Phone API's mutation payloads (TL-1; issue 19, item 2; docs/API.md, "Errors as data"): a
 * call or an employee the account does not have, or a call named both ways, is a user error at
 * the argument; a key of another app type or another install (TY-2, TY-3) stays top-level.
 * The payloads are nullable: a field guarded by @requiresPermission answers null when denied.
 */
const CATALOGUE = [TelephonyErrorCodes, ErrorCodes];

export const CreatePhoneCallErrors = userErrorsFor({
  mutation: 'createPhoneCall', input: 'input', catalogue: CATALOGUE, codes: ['EMPLOYEE_NOT_FOUND'],
});
export const UpdatePhoneCallErrors = userErrorsFor({
  mutation: 'updatePhoneCall', input: 'input', arguments: ['call'], catalogue: CATALOGUE,
  codes: ['BAD_USER_INPUT', 'CALL_NOT_FOUND', 'EMPLOYEE_NOT_FOUND'],
});
export const RecordPhoneCallEventErrors = userErrorsFor({
  mutation: 'recordPhoneCallEvent', arguments: ['call', 'event', 'userId', 'extension'], catalogue: CATALOGUE,
  codes: ['BAD_USER_INPUT', 'CALL_NOT_FOUND', 'EMPLOYEE_NOT_FOUND'],
});

@ObjectType({ description: 'TL-1: the call reported (the same one again for a known externalId); or why not.' })
export class CreatePhoneCallPayload {
  @Field(() => Call, { nullable: true, description: 'The call; null when refused.' })
  call?: Call | null;

  @Field(() => [CreatePhoneCallErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-1: the call after the update; or why not.' })
export class UpdatePhoneCallPayload {
  @Field(() => Call, { nullable: true, description: 'The call as updated; null when refused.' })
  call?: Call | null;

  @Field(() => [UpdatePhoneCallErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-1: the call cards the event opened, updated or closed; or why not.' })
export class RecordPhoneCallEventPayload {
  @Field(() => [CallCardChange], { nullable: true, description: 'The cards changed, one per employee concerned; null when refused.' })
  changes?: CallCardChange[] | null;

  @Field(() => [RecordPhoneCallEventErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
