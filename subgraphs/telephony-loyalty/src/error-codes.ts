/** The telephony-loyalty subgraph's domain error codes (`extensions.code`), each with its rule. */
export const TelephonyErrorCodes = {
  PHONE_API_REQUIRES_TELEPHONY_APP: 'TL-1, TY-3: only a TELEPHONY app may use the Phone API.',
  LOYALTY_API_REQUIRES_LOYALTY_APP: 'TL-2, TY-3: only a LOYALTY install can be connected to a loyalty server.',
  ANOTHER_TELEPHONY_INSTALL_ACTIVE: "TY-2: the account's Phone API belongs to another live TELEPHONY install.",
  ANOTHER_LOYALTY_INSTALL_ACTIVE: 'TY-2: the account already has a live LOYALTY install with a connected loyalty server.',
  CALL_NOT_FOUND: "TL-1: no such call in the caller's account (another account's call answers the same).",
  EMPLOYEE_NOT_FOUND: 'TL-1: no employee of the account has that id or extension.',
  LOYALTY_NOT_CONFIGURED: "TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp).",
  LOYALTY_REQUEST_REJECTED: 'TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`.',
  LOYALTY_APP_FAILED: 'TL-2: the loyalty app answered 5xx (with or without `{errors:[…]}`, kept in `vendorErrors`); counts against the breaker.',
  LOYALTY_BAD_RESPONSE: 'TL-2: the loyalty app answered with something other than the protocol (status or body).',
  LOYALTY_TIMEOUT: 'TL-2: the loyalty app did not answer in time.',
  LOYALTY_UNREACHABLE: 'TL-2: the loyalty app could not be reached (or its address resolved to a non-public one: `reason` says OUTBOUND_ADDRESS_FORBIDDEN).',
  LOYALTY_CIRCUIT_OPEN: 'TL-2: the loyalty app failed repeatedly; calls are paused until `retryAfterSeconds`.',
} as const satisfies Record<string, string>;

export type TelephonyErrorCode = keyof typeof TelephonyErrorCodes;
