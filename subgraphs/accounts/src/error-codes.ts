/**
 * The accounts subgraph's domain error codes (`extensions.code`), each with when it is used.
 * Generic codes (FORBIDDEN, NOT_FOUND, …) live in packages/core/src/errors.ts.
 */
export const AccountsErrorCodes = {
  APP_NOT_FOUND: 'The app does not exist or is not visible to this account (LC-3, DL-3: one answer for both).',
  INSTALL_NOT_ALLOWED: 'Only admins install, unless the account lets every employee install (BX-3, DL-5).',
  ALREADY_INSTALLED: 'The account already has a live install of this app.',
  APP_TYPE_LIMIT_REACHED: 'The account already has a live install of this type: TELEPHONY 1, LOYALTY 1 (TY-2).',
  FREE_APP_LIMIT_REACHED: 'The account reached the free-app limit of its zone and tariff (BX-9).',
  DEBUG_NOT_SUPPORTED_FOR_TYPE: 'LOYALTY apps cannot be debugged on a developer account (TY-3, TY-4).',
  CAPABILITY_NOT_SUPPORTED: 'The app type lacks this capability, e.g. user context for TELEPHONY or LOYALTY (TY-3).',
  INSTALL_NOT_LIVE: 'The install is uninstalled: reinstall it first (AR-3).',
  APP_ACCESS_DENIED: 'This user may not open the app: the install is limited to other users (BX-6).',
  INSTALL_SUSPENDED: 'The install is suspended until billing resumes it (TR-5, SV-1).',
  USER_NOT_IN_ACCOUNT: 'A user named in the access list does not belong to the install’s account (BX-6).',
  WEBHOOKS_NOT_ON_FREE_TARIFF: 'The free tariff has no webhooks (TR-4, BX-8).',
} as const satisfies Record<string, string>;

export type AccountsErrorCode = keyof typeof AccountsErrorCodes;
