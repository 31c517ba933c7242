import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildErrorCatalogue, ErrorCodes, renderErrorCatalogue, type ErrorCodeOwner } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { EgressErrorCodes } from '@appmarket/egress';
import { GatewayErrorCodes } from '@appmarket/gateway/src/error-codes';
import { AccountsErrorCodes } from '../subgraphs/accounts/src/error-codes';
import { BillingErrorCodes } from '../subgraphs/billing/src/error-codes';
import { CatalogErrorCodes } from '../subgraphs/catalog/src/error-codes';
import { TelephonyErrorCodes } from '../subgraphs/telephony-loyalty/src/error-codes';
import { ROOT } from './contracts';

/**
 * Every owner of error codes, and the file where it declares them (one line per code). A new
 * owner is one line here; a new code is one line in its owner's file.
 */
export const ERROR_CODE_OWNERS: ErrorCodeOwner[] = [
  { owner: 'core', file: 'packages/core/src/errors.ts', codes: ErrorCodes },
  { owner: 'egress', file: 'packages/egress/src/errors.ts', codes: EgressErrorCodes },
  { owner: 'idempotency', file: 'packages/db/src/idempotency/error-codes.ts', codes: IdempotencyErrorCodes },
  { owner: 'gateway', file: 'gateway/src/error-codes.ts', codes: GatewayErrorCodes },
  { owner: 'catalog', file: 'subgraphs/catalog/src/error-codes.ts', codes: CatalogErrorCodes },
  { owner: 'accounts', file: 'subgraphs/accounts/src/error-codes.ts', codes: AccountsErrorCodes },
  { owner: 'billing', file: 'subgraphs/billing/src/error-codes.ts', codes: BillingErrorCodes },
  { owner: 'telephony-loyalty', file: 'subgraphs/telephony-loyalty/src/error-codes.ts', codes: TelephonyErrorCodes },
];

export const ERRORS_DOC = path.join(ROOT, 'docs', 'ERRORS.md');

/** docs/ERRORS.md as the owners' maps make it now; throws when a code has two owners. */
export function renderErrorsDoc(): string {
  return renderErrorCatalogue(buildErrorCatalogue(ERROR_CODE_OWNERS), ERROR_CODE_OWNERS);
}

// `npm run errors`: regenerates docs/ERRORS.md.
if (require.main === module) {
  try {
    writeFileSync(ERRORS_DOC, renderErrorsDoc());
    console.log(`wrote ${path.relative(ROOT, ERRORS_DOC)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
