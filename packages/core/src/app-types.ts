/**
 * TY-1: the four app types. The catalog owns an app's type; accounts copies it at install (TY-2),
 * the gateway signs it into an app's identity, the demo data generates apps of each. One list, so
 * a fifth type is added in one place.
 */
export const APP_TYPES = ['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY'] as const;
export type AppTypeName = (typeof APP_TYPES)[number];

/** What each type means to a client: GraphQL value descriptions of every enum of app types (TY-1, TY-3). */
export const APP_TYPE_DESCRIPTIONS: { readonly [K in AppTypeName]: { description: string } } = {
  TELEPHONY: { description: 'Integrates over the Phone API (calls, TL-1); storefront block CALLS.' },
  IFRAME: { description: 'Opens in an iframe tab with user context (SV-3); storefront block NEW.' },
  SERVER: { description: 'Runs on the vendor’s server: Vendor API activation, a JSON API token, iframes and widgets (SV-1 to SV-3); storefront block NEW.' },
  LOYALTY: { description: 'Integrates over the Loyalty API (discounts, bonuses, TL-2); storefront block DISCOUNTS.' },
};

/**
 * The types as an enum-like object (`X.TELEPHONY === 'TELEPHONY'`) for type-graphql and TypeORM.
 * Each call makes a new object: type-graphql names an enum by its object, so a subgraph that
 * publishes the type under its own GraphQL name (accounts' `InstalledAppType`) needs its own.
 */
export function appTypeEnum(): { readonly [K in AppTypeName]: K } {
  return Object.freeze(Object.fromEntries(APP_TYPES.map((type) => [type, type]))) as { readonly [K in AppTypeName]: K };
}
