import type { PermissionEntity, PermissionOperationName } from '@appmarket/core';

/**
 * The directives that say who may read a field with a token (an app's, a webhook's), written once
 * so entity names are checked by the compiler against packages/core's list and tag names cannot
 * drift. The permission coverage test walks the supergraph and accepts a field reachable from an
 * account's data only when one of these covers it (docs/permissions.md).
 */

/** AR-2, BX-8: the field shows `entity`; a token needs `operation` on it in its frozen set. The field must be nullable. */
export function requiresPermission(entity: PermissionEntity, operation: PermissionOperationName): string {
  return `@requiresPermission(entity: "${entity}", operation: ${operation})`;
}

/** Open to every caller that may read the parent (an account's own name and tariff, say). */
export const PUBLIC_FIELD = '@tag(name: "public")';

/**
 * A root field whose resolver refuses app and webhook tokens (users', vendors' or moderators'
 * operations); the gateway refuses such tokens on it before any subgraph is asked.
 */
export const NOT_FOR_TOKENS = '@tag(name: "not-for-tokens")';

/** TL-1: a Phone API operation; the TELEPHONY key may run exactly the root fields with this tag (gateway/capabilities/). */
export const PHONE_API_OPERATION = '@tag(name: "phone-api")';

/**
 * Readable only by the owner of the parent (the app's vendor, a moderator, another subgraph): for
 * anyone else the resolver answers null with FORBIDDEN at the field's path, so one such field
 * never blanks the rest of a page. The field must be nullable (docs/ARCHITECTURE.md,
 * "Nullability"; test/nullability.test.ts).
 */
export const OWNER_ONLY = '@tag(name: "owner-only")';

export const ACCESS_TAGS = { public: 'public', notForTokens: 'not-for-tokens', phoneApi: 'phone-api', ownerOnly: 'owner-only' } as const;
