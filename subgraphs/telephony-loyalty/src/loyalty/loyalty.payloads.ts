import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { EgressErrorCodes } from '@appmarket/egress';
import { USER_ERRORS_DESCRIPTION, type UserError, type UserErrorsOf, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { TelephonyErrorCodes } from '../error-codes';
import { InstallRef } from '../installs/install.reference';
import { LoyaltySettings } from './loyalty-settings.entity';
import { LoyaltyCustomerVerification, LoyaltySpendVerification, RecordedLoyaltyReturn, RecordedLoyaltySale } from './loyalty-results';
import { LoyaltyCustomer, LoyaltySaleCalculation } from './loyalty.types';

/**
 * The Loyalty API's mutation payloads (TL-2; issue 19, item 2; docs/API.md, "Errors as data").
 * What the cashier or the admin can act on is a user error: a field out of shape, an install
 * that cannot be connected, no connection yet, the loyalty app refusing the request (a wrong
 * code, a blocked card: each of its errors at the argument it names). The loyalty app failing,
 * timing out or paused by the breaker is a fault, a top-level error.
 */
const CATALOGUE = [TelephonyErrorCodes, ErrorCodes, EgressErrorCodes, IdempotencyErrorCodes];
/** What every point-of-sale call can be refused with by the connection and the loyalty app. */
const POINT_OF_SALE = ['LOYALTY_NOT_CONFIGURED', 'LOYALTY_REQUEST_REJECTED'] as const;

export const ConnectLoyaltyAppErrors = userErrorsFor({
  mutation: 'connectLoyaltyApp',
  arguments: ['installId', 'baseUrl', 'token'],
  catalogue: CATALOGUE,
  codes: [
    'OUTBOUND_URL_INVALID', 'OUTBOUND_URL_NOT_HTTPS', 'OUTBOUND_URL_FORBIDDEN_HOST', 'BAD_USER_INPUT', 'NOT_FOUND',
    'LOYALTY_API_REQUIRES_LOYALTY_APP', 'INSTALL_NOT_LIVE', 'ANOTHER_LOYALTY_INSTALL_ACTIVE',
  ],
});
export const DisconnectLoyaltyAppErrors = userErrorsFor({
  mutation: 'disconnectLoyaltyApp', arguments: ['installId'], catalogue: CATALOGUE, codes: ['LOYALTY_NOT_CONFIGURED'],
});
export const CreateLoyaltyCustomerErrors = userErrorsFor({
  mutation: 'createLoyaltyCustomer', input: 'input', arguments: ['idempotencyKey'], catalogue: CATALOGUE,
  codes: ['BAD_USER_INPUT', ...POINT_OF_SALE, 'IDEMPOTENCY_KEY_REUSED'],
});
export const VerifyLoyaltyCustomerErrors = userErrorsFor({
  mutation: 'verifyLoyaltyCustomer', arguments: ['customerId', 'code'], catalogue: CATALOGUE, codes: POINT_OF_SALE,
});
export const RecalculateLoyaltySaleErrors = userErrorsFor({
  mutation: 'recalculateLoyaltySale', input: 'input', catalogue: CATALOGUE, codes: ['BAD_USER_INPUT', ...POINT_OF_SALE],
});
export const VerifyLoyaltySpendErrors = userErrorsFor({
  mutation: 'verifyLoyaltySpend', arguments: ['customerId', 'code', 'bonusValueToSpend'], catalogue: CATALOGUE, codes: POINT_OF_SALE,
});
export const RecordLoyaltySaleErrors = userErrorsFor({
  mutation: 'recordLoyaltySale', input: 'input', arguments: ['idempotencyKey'], catalogue: CATALOGUE,
  codes: ['BAD_USER_INPUT', ...POINT_OF_SALE, 'IDEMPOTENCY_KEY_REUSED'],
});
export const RecordLoyaltyReturnErrors = userErrorsFor({
  mutation: 'recordLoyaltyReturn', input: 'input', arguments: ['idempotencyKey'], catalogue: CATALOGUE,
  codes: ['BAD_USER_INPUT', ...POINT_OF_SALE, 'IDEMPOTENCY_KEY_REUSED'],
});

/** `userErrors` of a payload, typed by its mutation's `<Name>UserError`. */
const userErrorsField = (errors: UserErrorsOf<string>) => Field(() => [errors.type], { description: USER_ERRORS_DESCRIPTION });

@ObjectType({ description: 'TL-2: the LOYALTY install’s connection to its loyalty server, as set; or why not.' })
export class ConnectLoyaltyAppPayload {
  @Field(() => LoyaltySettings, { nullable: true, description: 'The connection (token masked); null when refused.' })
  loyaltySettings?: LoyaltySettings | null;

  @userErrorsField(ConnectLoyaltyAppErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-2: the LOYALTY install whose connection was removed; or why not.' })
export class DisconnectLoyaltyAppPayload {
  @Field(() => InstallRef, { nullable: true, description: 'The install, now without a connection; null when refused.' })
  install?: InstallRef | null;

  @userErrorsField(DisconnectLoyaltyAppErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-2: the customer the loyalty app created; or why not.' })
export class CreateLoyaltyCustomerPayload {
  @Field(() => LoyaltyCustomer, { nullable: true, description: 'The new customer, with the id the loyalty app gave; null when refused.' })
  customer?: LoyaltyCustomer | null;

  @userErrorsField(CreateLoyaltyCustomerErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-2: the customer whose registration code the loyalty app accepted; or why not (a wrong code).' })
export class VerifyLoyaltyCustomerPayload {
  @Field(() => LoyaltyCustomerVerification, { nullable: true, description: 'What the loyalty app accepted; null when refused.' })
  verification?: LoyaltyCustomerVerification | null;

  @userErrorsField(VerifyLoyaltyCustomerErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: "TL-2: the loyalty app's discounts for a sale; or why not." })
export class RecalculateLoyaltySalePayload {
  @Field(() => LoyaltySaleCalculation, { nullable: true, description: 'The discounts and points; null when refused.' })
  calculation?: LoyaltySaleCalculation | null;

  @userErrorsField(RecalculateLoyaltySaleErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-2: the points the loyalty app allowed spending with the code; or why not (a wrong code).' })
export class VerifyLoyaltySpendPayload {
  @Field(() => LoyaltySpendVerification, { nullable: true, description: 'What the loyalty app allowed; null when refused.' })
  verification?: LoyaltySpendVerification | null;

  @userErrorsField(VerifyLoyaltySpendErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-2: the sale the loyalty app recorded; or why not.' })
export class RecordLoyaltySalePayload {
  @Field(() => RecordedLoyaltySale, { nullable: true, description: 'The sale recorded, as sent; null when refused.' })
  sale?: RecordedLoyaltySale | null;

  @userErrorsField(RecordLoyaltySaleErrors)
  userErrors!: UserError[];
}

@ObjectType({ description: 'TL-2: the return the loyalty app recorded; or why not.' })
export class RecordLoyaltyReturnPayload {
  @Field(() => RecordedLoyaltyReturn, { nullable: true, description: 'The return recorded, as sent; null when refused.' })
  salesReturn?: RecordedLoyaltyReturn | null;

  @userErrorsField(RecordLoyaltyReturnErrors)
  userErrors!: UserError[];
}
