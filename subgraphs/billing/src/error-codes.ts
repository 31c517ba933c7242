/**
 * Billing's domain codes (`extensions.code`), each refusal with its own code; a refusal writes
 * nothing. Generic codes (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, …) are in @appmarket/core.
 */
export const BillingErrorCodes = {
  NOT_ENOUGH_PAID_APP_OPTIONS: 'PR-3: the account\'s free paid-app options do not cover the paid app\'s monthly price.',
  APP_NOT_INSTALLABLE: 'The catalog does not know the app at this moment, so billing cannot decide its install.',
  INSTALL_DECISION_MISMATCH: 'decideInstallBilling was called again for an install id with another account or app.',
  INVALID_SUBSCRIPTION_PERIOD: 'PR-3: subscriptions are bought for 1, 3, 6 or 12 months only.',
  INVALID_PAID_APP_OPTIONS: 'PR-3: a subscription buys 1 to 1000 paid-app options.',
  TRIAL_EXTENSION_DAYS_OUT_OF_RANGE: 'TX-2: a trial extension lasts 1 to 14 days.',
  TRIAL_EXTENSION_APP_NOT_PAID: 'TX-1/TX-3: only a paid app\'s trial can be extended.',
  TRIAL_EXTENSION_APP_NOT_PUBLISHED: 'TX-1/TX-3: only a published app\'s trial can be extended.',
  TRIAL_ALREADY_EXTENDED: 'TX-1/TX-3: the trial of this app for this account was already extended once.',
  TRIAL_WOULD_BE_SHORTENED: 'TX-3: the account\'s running trial ends later than the extension would; a trial is never shortened.',
  APP_ALREADY_PAID: 'TX-3: the account already pays for this app, so there is no trial to extend.',
  PRICE_CHANGE_TRIAL_REQUIRED: 'PC-3: a published free app made paid needs a trial of 7 to 14 days for its current users.',
  INVALID_PRICE: 'PR-2: a paid app costs a whole multiple of 500 RUB a month.',
  PRICE_CHANGE_ID_REUSED: 'applyPriceChange was called again with the same changeId but another app or price.',
  MARKETPLACE_DEMO_ALREADY_USED: 'BX-5: an account can activate the marketplace subscription demo once.',
  MARKETPLACE_SUBSCRIPTION_ACTIVE: 'BX-5: the demo cannot start while a marketplace subscription is active.',
  ACCOUNT_NOT_FOUND: 'TX-1: extendTrial names an account accounts does not have (billing asks before writing anything).',
  INVALID_REVENUE_MONTH: 'PR-4: a revenue month is written YYYY-MM.',
  INVALID_VENDOR_SHARE: 'PR-4: the vendor share is between 0 and 100 % (0–10000 basis points).',
} as const satisfies Record<string, string>;

export type BillingErrorCode = keyof typeof BillingErrorCodes;
