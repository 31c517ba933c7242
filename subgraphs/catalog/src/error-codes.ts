/**
 * The catalog's domain error codes (`extensions.code`), each with when it is used. Generic codes
 * (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …) live in packages/core/src/errors.ts.
 */
export const CatalogErrorCodes = {
  VENDOR_ALIAS_TAKEN: 'Another vendor already has this alias (vendor aliases are unique and end every appUid).',
  INVALID_VENDOR_ALIAS: 'A vendor alias is lower-case latin letters, digits and dashes, starting with a letter or digit.',
  APP_ALIAS_TAKEN: 'The vendor already has an app with this alias (aliases are unique per vendor and never change).',
  INVALID_APP_ALIAS: 'An alias is lower-case latin letters, digits and dashes, starting with a letter or digit.',
  APP_NOT_EDITABLE: 'A vendor edits its app only while it is DRAFT (LC-2); a moderator returns it first.',
  SECRET_REGENERATION_NOT_ALLOWED: 'The secret key is regenerated only while the app is DRAFT.',
  APP_NOT_DRAFT: 'Only a DRAFT app can be submitted for moderation (LC-2).',
  APP_NOT_READY: 'Only a READY app can be published or returned by a moderator (LC-2).',
  APP_NOT_PUBLISHED: 'Only a PUBLISHED app can be hidden (LC-3).',
  APP_NOT_HIDDEN: 'Only a HIDDEN app can be shown again.',
  ONLY_FREE_APPS_CAN_BE_HIDDEN: 'LC-4: only free apps can be hidden.',
  RETURN_REASON_REQUIRED: 'A moderator returning an app must say why (LC-2).',
  PRICE_NOT_MULTIPLE_OF_500: 'PR-2: a paid app costs a whole multiple of 500 RUB a month.',
  INVALID_TRIAL_LENGTH: 'TR-1: a trial lasts 1 to 14 days.',
  TRIAL_REQUIRES_PAID_APP: 'TR-1: only a paid app has a trial.',
  PRICING_UNCHANGED: 'PC-1: the change leaves price and trial as they are.',
  PRICE_CHANGE_REQUIRES_MODERATOR: 'PC-2: a published app’s price and paid flag are changed only by a moderator.',
  PRICE_CHANGE_REQUIRES_VENDOR: 'PC-2: an unpublished app’s price and paid flag are changed by its vendor.',
  TRIAL_CHANGE_REQUIRES_MODERATOR: 'TR-6: after publication only a moderator changes the trial.',
  TRIAL_CHANGE_REQUIRES_VENDOR: 'TR-6: before publication the vendor sets the trial in the vendor cabinet.',
  PAID_CONVERSION_REQUIRES_TRIAL: 'PC-3: making a published free app paid requires a trial of 7 to 14 days.',
  HIDDEN_APP_MUST_STAY_FREE: 'LC-4: a HIDDEN app is free; show it again before making it paid.',
  INVALID_VENDOR_SHARE: 'PR-4: the vendor share is between 0 and 100 % (0–10000 basis points).',
  DESCRIPTOR_TOO_LARGE: 'The descriptor is larger than the size limit (64 KiB).',
  DESCRIPTOR_DTD_FORBIDDEN: 'Descriptors may not contain a DOCTYPE or entity declarations (no DTD, no external entities).',
  DESCRIPTOR_MALFORMED: 'The descriptor is not well-formed XML.',
  DESCRIPTOR_WRONG_ROOT: 'The root element is not ServerApplication in the descriptor v2 namespace.',
  DESCRIPTOR_UNKNOWN_ELEMENT: 'An element the descriptor v2 format does not know, where it stands.',
  DESCRIPTOR_DUPLICATE_ELEMENT: 'A block that may appear once appears more than once.',
  DESCRIPTOR_MISSING_ELEMENT: 'A block or value required for the app type is missing (vendorApi for SERVER, loyaltyApi for LOYALTY, …).',
  DESCRIPTOR_FORBIDDEN_ELEMENT: 'A block the app type may not have (TY-3: widgets and vendorApi only for SERVER, …).',
  DESCRIPTOR_INVALID_VALUE: 'An element or attribute holds a value the format does not allow (scope, URL, iframe type).',
  DESCRIPTOR_UNKNOWN_ENTITY: 'AR-1: access/permissions names an entity the platform does not know; `knownEntities` lists those it does (docs/permissions.md).',
  DESCRIPTOR_PERMISSION_VIEW_REQUIRED: 'An entity with any operation must also allow view.',
  DESCRIPTOR_PERMISSION_DELETE_REQUIRES_UPDATE: 'An entity that allows delete must also allow update.',
} as const satisfies Record<string, string>;

export type CatalogErrorCode = keyof typeof CatalogErrorCodes;
