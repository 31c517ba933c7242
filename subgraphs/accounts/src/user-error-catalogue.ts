import { ErrorCodes } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { AccountsErrorCodes } from './error-codes';
import { RelayedBillingCodes } from './peers/billing-refusals';

/** Where accounts' `<Name>ErrorCode` enums take their codes' descriptions from (the one catalogue). */
export const USER_ERROR_CATALOGUE = [AccountsErrorCodes, ErrorCodes, IdempotencyErrorCodes, RelayedBillingCodes];
