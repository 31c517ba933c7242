import { BOTH_WAYS_PAGE_ARGS, IDEMPOTENCY_KEY, int, onFields, shaped, text, type InputBounds } from '@appmarket/federation';

/**
 * The outer bounds of every argument billing takes (packages/federation/src/input-bounds): money
 * and periods within what is plausible at all. The rules' narrower ranges keep their codes in the
 * services (PR-3's 1, 3, 6 or 12 months: INVALID_SUBSCRIPTION_PERIOD; TX-2's 1–14 days). docs/INPUT-BOUNDS.md.
 */
// The shape here; a month that does not exist (2026-13) is PR-4's INVALID_REVENUE_MONTH.
const MONTH = shaped(7, /^\d{4}-\d{2}$/, 'a month YYYY-MM', '2026-11');
const PERIOD_MONTHS = int(0, 120);
const PRICE_KOPECKS = int(0, 100_000_000);
const DAYS = int(0, 365);

export const BillingInputBounds: InputBounds = {
  ...onFields(['Account.subscriptionPeriodsConnection', 'Install.billingHistoryConnection', 'Query.vendorRevenuesConnection'], BOTH_WAYS_PAGE_ARGS),
  'Query.vendorRevenuesConnection(month:)': MONTH,
  'Mutation.activateMarketplaceDemo(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.buyMarketplaceSubscription(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.buyPaidAppOptions(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.extendTrial(idempotencyKey:)': IDEMPOTENCY_KEY,
  // An outer bound; PR-4's 0–10000 basis points is the rule's own INVALID_VENDOR_SHARE.
  'Mutation.setVendorShare(basisPoints:)': int(0, 100_000),
  'Query.myVendorRevenue(month:)': MONTH,
  'Query.vendorRevenues(month:)': MONTH,
  'DecideInstallBillingInput.appType': text(32),
  'ApplyPriceChangeInput.changeId': text(200),
  'ApplyPriceChangeInput.priceKopecks': PRICE_KOPECKS,
  'ApplyPriceChangeInput.trialDays': DAYS,
  'Mutation.buyMarketplaceSubscription(periodMonths:)': PERIOD_MONTHS,
  'BuyPaidAppOptionsInput.paidAppOptions': int(0, 100_000),
  'BuyPaidAppOptionsInput.periodMonths': PERIOD_MONTHS,
  'ExtendTrialInput.days': DAYS,
};
