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
  APP_ACCESS_DENIED: 'This user may not open the app: the install is limited to other users (BX-6).',
  INSTALL_SUSPENDED: 'The install is suspended until billing resumes it (TR-5, SV-1).',
  USER_NOT_IN_ACCOUNT: 'A user named in the access list does not belong to the install’s account (BX-6).',
  WEBHOOKS_NOT_ON_FREE_TARIFF: 'The free tariff has no webhooks (TR-4, BX-8).',
  USER_DEACTIVATED: 'The host deactivated this user: no app access, no user context (docs/provisioning.md).',
  ACCOUNT_DEACTIVATED: 'The host deactivated this account: its installs are suspended, nothing new is installed or opened.',
  HOST_ACCOUNT_NOT_FOUND: 'The host has no account with this external id (a host sees only the accounts it provisioned).',
  HOST_USER_NOT_FOUND: 'The host has no user with this external id in that account.',
  PROVISIONING_INPUT_INVALID: 'A provisioning field is out of bounds: external ids 1–200 characters, names 1–200, e-mail as an address, tariff 1–64 capitals/digits/underscores, extension 1–16 digits.',
  VENDOR_NOT_FOUND: 'setDeveloperVendor names a vendor the catalog does not have (asked before anything is stored).',
  UNKNOWN_PERMISSION_ENTITY: 'BX-8: a webhook names an entity the platform does not know; `knownEntities` lists those it may name.',
} as const satisfies Record<string, string>;

export type AccountsErrorCode = keyof typeof AccountsErrorCodes;
