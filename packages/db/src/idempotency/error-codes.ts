import { withStatus, type ErrorCodeMap } from '@appmarket/core';

/**
 * The codes of idempotent mutations (docs/API.md, "Retries and idempotency"), the same in every
 * subgraph that stores keys: declared once, here, beside the helper that answers them.
 */
export const IdempotencyErrorCodes = {
  INVALID_IDEMPOTENCY_KEY: withStatus(400, 'idempotencyKey is not 1 to 128 characters of letters, digits and - _ . : (nothing is done or stored).'),
  IDEMPOTENCY_KEY_REUSED: withStatus(422, 'The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request.'),
  IDEMPOTENCY_KEY_IN_PROGRESS: withStatus(409, 'A request with this idempotencyKey is still running and did not finish within the wait; retry it later with the same key to get its result.'),
} as const satisfies ErrorCodeMap;
