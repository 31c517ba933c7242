/**
 * TY-1: the four app types. The catalog owns an app's type; accounts copies it at install (TY-2),
 * the gateway signs it into an app's identity, the demo data generates apps of each. One list, so
 * a fifth type is added in one place.
 */
export const APP_TYPES = ['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY'] as const;
export type AppTypeName = (typeof APP_TYPES)[number];

/**
 * The types as an enum-like object (`X.TELEPHONY === 'TELEPHONY'`) for type-graphql and TypeORM.
 * Each call makes a new object: type-graphql names an enum by its object, so a subgraph that
 * publishes the type under its own GraphQL name (accounts' `InstalledAppType`) needs its own.
 */
export function appTypeEnum(): { readonly [K in AppTypeName]: K } {
  return Object.freeze(Object.fromEntries(APP_TYPES.map((type) => [type, type]))) as { readonly [K in AppTypeName]: K };
}
