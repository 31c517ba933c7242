/** The telephony-loyalty subgraph's domain error codes (`extensions.code`), each with its rule. */
export const TelephonyErrorCodes = {
  PHONE_API_REQUIRES_TELEPHONY_APP: 'TL-1, TY-3: only a TELEPHONY app may use the Phone API.',
  LOYALTY_API_REQUIRES_LOYALTY_APP: 'TL-2, TY-3: only a LOYALTY app may register a Loyalty API endpoint.',
  ANOTHER_TELEPHONY_INSTALL_ACTIVE: "TY-2: the account's Phone API belongs to another live TELEPHONY install.",
  ANOTHER_LOYALTY_INSTALL_ACTIVE: 'TY-2: the account already has a live LOYALTY install with a registered endpoint.',
  CALL_NOT_FOUND: "TL-1: no such call in the caller's account (another account's call answers the same).",
  EMPLOYEE_NOT_FOUND: 'TL-1: no employee of the account has that id or extension.',
  RATE_LIMITED: 'Phone API: more than 100 requests in 5 s from one install; `retryAfterSeconds` says when to retry.',
  TOO_MANY_CONCURRENT_REQUESTS: 'Phone API: more than 5 requests at once from one caller; retry when one ends.',
  LOYALTY_NOT_CONFIGURED: "TL-2: the account's LOYALTY app has not registered its URL and token.",
  LOYALTY_REQUEST_REJECTED: 'TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`.',
  LOYALTY_APP_FAILED: 'TL-2: the loyalty app answered 5xx (with or without `{errors:[…]}`, kept in `vendorErrors`); counts against the breaker.',
  LOYALTY_BAD_RESPONSE: 'TL-2: the loyalty app answered with something other than the protocol (status or body).',
  LOYALTY_TIMEOUT: 'TL-2: the loyalty app did not answer in time.',
  LOYALTY_UNREACHABLE: 'TL-2: the loyalty app could not be reached.',
  LOYALTY_CIRCUIT_OPEN: 'TL-2: the loyalty app failed repeatedly; calls are paused until `retryAfterSeconds`.',
} as const satisfies Record<string, string>;

export type TelephonyErrorCode = keyof typeof TelephonyErrorCodes;
