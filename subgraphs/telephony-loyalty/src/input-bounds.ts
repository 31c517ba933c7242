import { BOTH_WAYS_PAGE_ARGS, float, IDEMPOTENCY_KEY, int, list, onFields, opaqueId, text, url, type InputBounds } from '@appmarket/federation';

/**
 * The outer bounds of every argument telephony-loyalty takes (packages/federation/src/input-bounds).
 * Ids the loyalty vendor mints (customers, assortment, sales) are opaque; the loyalty server's
 * base URL may be http only where the egress policy allows it (EGRESS_ALLOW_HTTP), which the
 * service checks with the address rules. docs/INPUT-BOUNDS.md.
 */
const VENDOR_ID = opaqueId(64);
const EXTENSION = text(16);
const PHONE_NUMBER = text(64);
const CALL_EXTERNAL_ID = text(255);
const CODE = text(64);
const POINTS = int(0, 1_000_000_000);
const POSITIONS = list(500);

export const TelephonyInputBounds: InputBounds = {
  ...onFields(['Account.calls', 'Query.phoneCalls'], BOTH_WAYS_PAGE_ARGS),
  'Query.loyaltyCustomers(first:)': int(1, 100),
  'Mutation.createLoyaltyCustomer(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.recordLoyaltySale(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.recordLoyaltyReturn(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Query.loyaltyCustomers(search:)': text(200),
  'Query.loyaltyBalance(customerId:)': VENDOR_ID,
  'Query.loyaltyGiftCard(name:)': text(200),
  'Query.phoneEmployee(extension:)': EXTENSION,

  'Mutation.connectLoyaltyApp(token:)': text(1_024),
  'Mutation.connectLoyaltyApp(baseUrl:)': url(2_048, ['https', 'http']),
  'LoyaltyCustomerInput.name': text(200),
  'LoyaltyCustomerInput.phone': PHONE_NUMBER,
  'LoyaltyCustomerInput.email': text(320),
  'LoyaltyCustomerInput.discountCardNumber': text(64),
  'Mutation.verifyLoyaltyCustomer(code:)': CODE,
  'Mutation.verifyLoyaltyCustomer(customerId:)': VENDOR_ID,
  'Mutation.verifyLoyaltySpend(bonusValueToSpend:)': POINTS,
  'Mutation.verifyLoyaltySpend(code:)': CODE,
  'Mutation.verifyLoyaltySpend(customerId:)': VENDOR_ID,

  'LoyaltySaleInput.customerId': VENDOR_ID,
  'LoyaltySaleInput.positions': POSITIONS,
  'LoyaltySaleInput.bonusValueToSpend': POINTS,
  'LoyaltyRecordSaleInput.customerId': VENDOR_ID,
  'LoyaltyRecordSaleInput.positions': POSITIONS,
  'LoyaltyRecordSaleInput.bonusValueToSpend': POINTS,
  'LoyaltyRecordSaleInput.saleId': VENDOR_ID,
  'LoyaltyReturnInput.customerId': VENDOR_ID,
  'LoyaltyReturnInput.saleId': VENDOR_ID,
  'LoyaltyReturnInput.positions': POSITIONS,
  'LoyaltyPositionInput.assortmentId': VENDOR_ID,
  'LoyaltyPositionInput.quantity': float(0, 1_000_000),
  'LoyaltyPositionInput.priceKopecks': int(0, 1_000_000_000),

  'CreateCallInput.externalId': CALL_EXTERNAL_ID,
  'CreateCallInput.fromNumber': PHONE_NUMBER,
  'CreateCallInput.toNumber': PHONE_NUMBER,
  'CreateCallInput.extension': EXTENSION,
  'UpdateCallInput.durationSeconds': int(0, 31_536_000),
  'UpdateCallInput.extension': EXTENSION,
  'CallRefInput.externalId': CALL_EXTERNAL_ID,
  'Mutation.recordPhoneCallEvent(extension:)': EXTENSION,
};
