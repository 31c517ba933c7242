import { BOTH_WAYS_PAGE_ARGS, IDEMPOTENCY_KEY, int, list, longText, onFields, text, url, type InputBounds } from '@appmarket/federation';
import { DESCRIPTOR_MAX_BYTES } from './descriptors/xml-tree';

/**
 * The outer bounds of every argument the catalog takes (packages/federation/src/input-bounds):
 * what its columns hold and what is plausible at all. Narrower rules keep their own codes in the
 * services (TR-1's 1–14 trial days: INVALID_TRIAL_LENGTH; PR-2's multiples of 500 RUB). docs/INPUT-BOUNDS.md.
 */
const NAME = text(200);
const SHORT_DESCRIPTION = text(300);
const DESCRIPTION = longText(20_000);
const CATEGORIES = list(20, text(64));
// The column holds 500 characters; the egress check (APP_URL_INVALID) adds the public host.
const ICON_URL = url(500);
const PRICE_KOPECKS = int(0, 100_000_000);
const TRIAL_DAYS = int(0, 365);
const REASON = longText(2_000);

export const CatalogInputBounds: InputBounds = {
  ...onFields([
    'App.descriptorsConnection', 'App.pricingHistoryConnection', 'App.transitionsConnection', 'Query.vendorsConnection', 'Vendor.apps',
    'Query.apps', 'Query.vendorApps', 'Query.storefront',
  ], BOTH_WAYS_PAGE_ARGS),
  'Query.storefrontFacets(search:)': text(200),
  'Query.storefrontFacets(category:)': text(64),
  // A category's slug and names (controlled categories; the shape is CategoryService's INVALID_CATEGORY).
  'Mutation.createCategory(slug:)': text(64),
  'Mutation.createCategory(name:)': text(100),
  'Mutation.createCategory(nameEn:)': text(100),
  // Screenshots: https on a public host, at most 10 (the service checks the host's address).
  'CreateAppInput.screenshotUrls': list(10, url(500)),
  'AppContentInput.screenshotUrls': list(10, url(500)),
  // The vendor profile: VENDOR_PROFILE_INVALID names a field the bound lets through but the rule refuses.
  'VendorProfileInput.description': longText(4_000),
  'VendorProfileInput.websiteUrl': url(500),
  'VendorProfileInput.supportEmail': text(254),
  'VendorProfileInput.supportPhone': text(32),
  'VendorProfileInput.logoUrl': url(500),
  'Mutation.createApp(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.uploadAppDescriptor(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Mutation.createVendor(idempotencyKey:)': IDEMPOTENCY_KEY,
  'Query.storefront(search:)': text(200),
  'Query.storefront(category:)': text(64),
  'Query.storefrontApp(appUid:)': text(130),
  'Query.appByLink(link:)': text(2_048),

  'CreateAppInput.alias': text(64),
  'CreateAppInput.name': NAME,
  'CreateAppInput.nameEn': NAME,
  'CreateAppInput.shortDescription': SHORT_DESCRIPTION,
  'CreateAppInput.shortDescriptionEn': SHORT_DESCRIPTION,
  'CreateAppInput.description': DESCRIPTION,
  'CreateAppInput.descriptionEn': DESCRIPTION,
  'CreateAppInput.categories': CATEGORIES,
  'CreateAppInput.iconUrl': ICON_URL,
  'CreateAppInput.priceKopecks': PRICE_KOPECKS,
  'CreateAppInput.trialDays': TRIAL_DAYS,

  'AppContentInput.name': text(200, { blank: false }),
  'AppContentInput.nameEn': NAME,
  'AppContentInput.shortDescription': SHORT_DESCRIPTION,
  'AppContentInput.shortDescriptionEn': SHORT_DESCRIPTION,
  'AppContentInput.description': DESCRIPTION,
  'AppContentInput.descriptionEn': DESCRIPTION,
  'AppContentInput.categories': CATEGORIES,
  'AppContentInput.iconUrl': ICON_URL,

  // LC-2's own code answers a blank reason (RETURN_REASON_REQUIRED).
  'Mutation.returnApp(reason:)': longText(2_000, { blank: true }),
  'Mutation.hideApp(reason:)': REASON,
  'Mutation.showApp(reason:)': REASON,
  'Mutation.changeAppPricing(priceKopecks:)': PRICE_KOPECKS,
  'Mutation.changeAppPricing(trialDays:)': TRIAL_DAYS,
  'Mutation.changeAppPricing(reason:)': REASON,
  // Twice the descriptor limit in characters: DESCRIPTOR_TOO_LARGE answers for bytes between.
  'Mutation.uploadAppDescriptor(xml:)': longText(2 * DESCRIPTOR_MAX_BYTES),
  'Mutation.recordInstallState(version:)': text(200),
  'Mutation.createVendor(name:)': NAME,
  'Mutation.createVendor(alias:)': text(64),
};
