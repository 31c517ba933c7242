/**
 * Billing's refusals of an install decision that `installApp` passes on to the storefront as
 * user errors (billing decides the price, PR-3, BX-2): codes billing owns
 * (subgraphs/billing/src/error-codes.ts), described here with billing's own words because a
 * subgraph does not import another's code; test/accounts/relayed-billing-codes.test.ts keeps
 * them equal. MARKETPLACE_SUBSCRIPTION_REQUIRED is core's, so it needs no entry here.
 */
export const RelayedBillingCodes = {
  NOT_ENOUGH_PAID_APP_OPTIONS: 'PR-3: the account\'s free paid-app options do not cover the paid app\'s monthly price.',
} as const satisfies Record<string, string>;
