/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: any; output: any; }
};

/** AR-1: the access level a descriptor declares. */
export type AccessScope =
  /** admin: everything, like the system administrator role (to be retired; still needed by apps that work with webhooks or tasks). */
  | 'ADMIN'
  /** custom: only the listed entities, documents and reports, each with its operations (recommended). */
  | 'CUSTOM';

/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type Account = {
  __typename?: 'Account';
  /** The account's call history, newest first (TL-1). Needs VIEW on phonecall. */
  calls?: Maybe<CallConnection>;
  /** When the account was provisioned on the marketplace. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the host deactivated the account (its installs are suspended, data kept). */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set on a developer account: the vendor whose unpublished apps it may install to debug them (resolved by the catalog). */
  developerVendor?: Maybe<Vendor>;
  /**
   * Set on a developer account: the id of the vendor whose unpublished apps it may install to debug them.
   * @deprecated Use developerVendor.
   */
  developerVendorId?: Maybe<Scalars['ID']['output']>;
  /** BX-3: every employee may install apps (otherwise admins only). */
  employeesMayInstall: Scalars['Boolean']['output'];
  /** The account’s id. */
  id: Scalars['ID']['output'];
  /**
   * BX-8: the account’s incoming webhooks, newest first; deleted ones carry revokedAt (admins).
   * @deprecated Unbounded: use incomingWebhooksConnection.
   */
  incomingWebhooks?: Maybe<Array<IncomingWebhook>>;
  /** BX-8: the account’s incoming webhooks, newest first; deleted ones carry revokedAt (admins). */
  incomingWebhooksConnection?: Maybe<IncomingWebhookConnection>;
  /**
   * Installs, newest first; uninstalled ones only when asked. Needs VIEW on install.
   * @deprecated Unbounded: use installsConnection.
   */
  installs?: Maybe<Array<Install>>;
  /** Installs, newest first; uninstalled ones only when asked. Needs VIEW on install. */
  installsConnection?: Maybe<InstallConnection>;
  /**
   * BX-8: the account’s local apps (admins).
   * @deprecated Unbounded: use localAppsConnection.
   */
  localApps?: Maybe<Array<LocalApp>>;
  /** BX-8: the account’s local apps by name (admins). */
  localAppsConnection?: Maybe<LocalAppConnection>;
  /** BX-2, BX-4, BX-5: the marketplace subscription now. Needs VIEW on billing. */
  marketplaceSubscription?: Maybe<MarketplaceSubscription>;
  /** The company’s name, as its host platform gave it. */
  name: Scalars['String']['output'];
  /** Paid-app options of the account now. Needs VIEW on billing. */
  paidAppOptions?: Maybe<PaidAppOptions>;
  /**
   * Subscription periods bought (PR-3), latest start first. Needs VIEW on billing.
   * @deprecated Unbounded: use subscriptionPeriodsConnection.
   */
  subscriptionPeriods?: Maybe<Array<SubscriptionPeriod>>;
  /** Subscription periods bought (PR-3), latest start first. Needs VIEW on billing. */
  subscriptionPeriodsConnection?: Maybe<SubscriptionPeriodConnection>;
  /** The account tariff, e.g. FREE, BASIC, PROFESSIONAL, CORPORATE. */
  tariff: Scalars['String']['output'];
  /**
   * The account's users (employees). Needs VIEW on employee.
   * @deprecated Unbounded: use usersConnection.
   */
  users?: Maybe<Array<User>>;
  /** The account’s users, admins first, then by name. Needs VIEW on employee. */
  usersConnection?: Maybe<UserConnection>;
  /** BX-9: the tariff zone; free-app limits and the marketplace subscription (BX-4, BX-8) depend on it. */
  zone: Zone;
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountIncomingWebhooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountInstallsArgs = {
  includeUninstalled?: Scalars['Boolean']['input'];
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountInstallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUninstalled?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountLocalAppsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountSubscriptionPeriodsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer company (tenant) of the marketplace: its profile, its users and what it installed and pays for. */
export type AccountUsersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Account items (Relay); totalCount counts every item of the list. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The items of this page, in the list's order. */
  edges: Array<AccountEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One Account of a page, with its cursor. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The Account. */
  node: Account;
};

/** Why `activateMarketplaceDemo` refused, in `ActivateMarketplaceDemoUserError.code` (docs/ERRORS.md). */
export type ActivateMarketplaceDemoErrorCode =
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** BX-5: an account can activate the marketplace subscription demo once. */
  | 'MARKETPLACE_DEMO_ALREADY_USED'
  /** BX-5: the demo cannot start while a marketplace subscription is active. */
  | 'MARKETPLACE_SUBSCRIPTION_ACTIVE';

/** BX-5: the account’s marketplace subscription with its one-time demo running; or why not. */
export type ActivateMarketplaceDemoPayload = {
  __typename?: 'ActivateMarketplaceDemoPayload';
  /** The marketplace subscription after the demo started; null when refused. */
  marketplaceSubscription?: Maybe<MarketplaceSubscription>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ActivateMarketplaceDemoUserError>;
};

/** A refusal of `activateMarketplaceDemo` a form can show next to its field. */
export type ActivateMarketplaceDemoUserError = {
  __typename?: 'ActivateMarketplaceDemoUserError';
  /** What is wrong, for code. */
  code: ActivateMarketplaceDemoErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** SV-2: Vendor API state of a SERVER install. */
export type ActivationState =
  /** The vendor’s server activated the install: the app works. */
  | 'ACTIVATED'
  /** Activation sent (or the vendor answered Activating): waiting for the vendor’s server. */
  | 'ACTIVATING'
  /** The vendor’s server refused the activation (4xx or 551); the install’s token is revoked. */
  | 'ACTIVATION_FAILED'
  /** Deactivation sent (uninstall or suspension): waiting for the vendor’s server. */
  | 'DEACTIVATING'
  /** The vendor’s server refused the deactivation (4xx or 551). */
  | 'DEACTIVATION_FAILED'
  /** Activated, but the vendor’s app needs settings before it works. */
  | 'SETTINGS_REQUIRED'
  /** Deactivated because billing suspended the install (TR-5, BX-7); a resume activates it again with a new token. */
  | 'SUSPENDED';

/** Who made a recorded change. */
export type ActorKind =
  /** A marketplace moderator (publication, returns, price changes after publication). */
  | 'MODERATOR'
  /** The platform itself (another subgraph or a job). */
  | 'SERVICE'
  /** The app’s vendor, in the vendor cabinet (before publication: PC-2, TR-6). */
  | 'VENDOR';

/** An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1). */
export type App = {
  __typename?: 'App';
  /** AR-1, AR-2: the current descriptor’s access block; null when the app asks for no API access. */
  access?: Maybe<AppAccess>;
  /** Unique per vendor and never changes. */
  alias: Scalars['String']['output'];
  /** `<appAlias>.<vendorAlias>`: unique, never changes. */
  appUid: Scalars['String']['output'];
  /** TY-3: what the app’s type may do. */
  capabilities: AppCapabilities;
  /** Further categories the storefront filter matches. */
  categories: Array<Scalars['String']['output']>;
  /** The main category. */
  category: Scalars['String']['output'];
  /** When the vendor created the app (as DRAFT, LC-2). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Full description in Russian. */
  description: Scalars['String']['output'];
  /** Full description in English. */
  descriptionEn: Scalars['String']['output'];
  /**
   * Descriptor versions, newest first (the app’s vendor and moderators).
   * @deprecated Unbounded (up to 64 KiB each): use descriptorsConnection.
   */
  descriptors?: Maybe<Array<AppDescriptor>>;
  /** Descriptor versions, newest first (vendor cabinet, moderators); each up to 64 KiB of XML. */
  descriptorsConnection?: Maybe<AppDescriptorConnection>;
  /** DL-1: the direct link to the storefront card (SERVER and IFRAME apps), as the vendor cabinet shows it. */
  directLink?: Maybe<Scalars['String']['output']>;
  /** The app’s icon (https); null when the vendor set none. */
  iconUrl?: Maybe<Scalars['String']['output']>;
  /** The app’s id; fetch it again with app(id:). */
  id: Scalars['ID']['output'];
  /** Live installs of the app across every account (accounts counts them). */
  installCount?: Maybe<Scalars['Int']['output']>;
  /**
   * Live installs of this app in the caller's account, newest first. Needs VIEW on install.
   * @deprecated Unbounded: use installsConnection.
   */
  installs?: Maybe<Array<Install>>;
  /** Installs of this app in the caller's account (every account for moderators), newest first. Needs VIEW on install. */
  installsConnection?: Maybe<InstallConnection>;
  /** PR-1: free apps install on any tariff without payment. */
  isFree: Scalars['Boolean']['output'];
  /** Name in Russian (the storefront default). */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** The monthly list price (PR-2); null for a free app (PR-1). */
  price?: Maybe<Price>;
  /**
   * Monthly list price in kopecks; null for a free app (PR-1, PR-2).
   * @deprecated Use price (Money: a SafeInt amount with its currency).
   */
  priceKopecks?: Maybe<Scalars['Int']['output']>;
  /**
   * Every price and trial change with its effective time, oldest first (the app’s vendor and moderators).
   * @deprecated Unbounded: use pricingHistoryConnection.
   */
  pricingHistory?: Maybe<Array<AppPricingChange>>;
  /** Price and trial changes with their effective times, oldest first (vendor cabinet, moderators). */
  pricingHistoryConnection?: Maybe<AppPricingChangeConnection>;
  /** When the app was first published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Screenshots for the card, in display order (https, at most 10). */
  screenshotUrls: Array<Scalars['String']['output']>;
  /** One-line summary in Russian for the storefront card (at most 300 characters). */
  shortDescription: Scalars['String']['output'];
  /** One-line summary in English for the storefront card (at most 300 characters). */
  shortDescriptionEn: Scalars['String']['output'];
  /**
   * One-line summary in Russian for the storefront card (at most 300 characters).
   * @deprecated Use shortDescription (the plain field is Russian, docs/API.md).
   */
  shortDescriptionRu: Scalars['String']['output'];
  /** LC-1: where the app is in its lifecycle; only PUBLISHED apps are on the storefront. */
  status: AppStatus;
  /** TY-3: the storefront block the app is listed in. */
  storefrontBlock: StorefrontBlock;
  /**
   * Every lifecycle transition, oldest first (the app’s vendor and moderators).
   * @deprecated Unbounded: use transitionsConnection.
   */
  transitions?: Maybe<Array<AppTransition>>;
  /** Lifecycle transitions, oldest first (vendor cabinet, moderators). */
  transitionsConnection?: Maybe<AppTransitionConnection>;
  /** Trial length in days, 1 to 14 (TR-1); null when none. */
  trialDays?: Maybe<Scalars['Int']['output']>;
  /** TY-1: how the app integrates; it decides its capabilities (TY-3) and how many installs an account may hold (TY-2). */
  type: AppType;
  /** When the app last changed: its card, status, price, trial or secret key. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The vendor that publishes the app. */
  vendor: Vendor;
  /** The current descriptor’s vendorApi block (SERVER apps); its endpointBase only for the app’s vendor and moderators. */
  vendorApi?: Maybe<AppVendorApi>;
  /** PR-4: what the vendor earns a month from one paid install, before discounts and fees; null for a free app. Only the app’s vendor and moderators see it (null with FORBIDDEN for others). */
  vendorEarningsKopecks?: Maybe<Scalars['Int']['output']>;
  /** The app as the caller’s account has it (installed, can install and why not, trial, TR-2); null for callers that are not an account’s user. */
  viewerInstallState?: Maybe<ViewerInstallState>;
};


/** An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1). */
export type AppDescriptorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1). */
export type AppInstallsArgs = {
  includeUninstalled?: Scalars['Boolean']['input'];
};


/** An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1). */
export type AppInstallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUninstalled?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1). */
export type AppPricingHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An app a vendor publishes on the marketplace: its storefront card, type (TY-1), lifecycle status (LC-1), price (PR-1, PR-2) and trial (TR-1). */
export type AppTransitionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** AR-1: the JSON API access the app’s current descriptor asks for; an install freezes it when installed (AR-2). */
export type AppAccess = {
  __typename?: 'AppAccess';
  /** The descriptor version this access block comes from. */
  descriptorVersion: Scalars['Int']['output'];
  /** viewDashboard, viewAudit, useOwnWebhooks, useAllWebhooks. */
  flags: Array<Scalars['String']['output']>;
  /** AR-1: for CUSTOM, each entity, document or report with its operations; empty for ADMIN. */
  permissions: Array<EntityPermission>;
  /** AR-1: ADMIN (everything; to be retired) or CUSTOM (only the listed permissions). */
  scope: AccessScope;
};

/** TY-3: the capability matrix row of the app’s type. */
export type AppCapabilities = {
  __typename?: 'AppCapabilities';
  /** TY-4: where an app of the type is debugged before publication. */
  debugging: DebugMode;
  /** Debugging on developer accounts. */
  developerAccountDebugging: Scalars['Boolean']['output'];
  /** An expanded iframe window. */
  expandedIframe: Scalars['Boolean']['output'];
  /** An iframe tab with user context. */
  iframeTab: Scalars['Boolean']['output'];
  /** Token access to the JSON API. */
  jsonApiToken: Scalars['Boolean']['output'];
  /** Integrates over the Loyalty API (LOYALTY, TL-2). */
  loyaltyApi: Scalars['Boolean']['output'];
  /** Integrates over the Phone API (TELEPHONY, TL-1). */
  phoneApi: Scalars['Boolean']['output'];
  /** The storefront block apps of the type are listed in: CALLS, NEW or DISCOUNTS. */
  storefrontBlock: StorefrontBlock;
  /** Activation and deactivation over the Vendor API. */
  vendorApiActivation: Scalars['Boolean']['output'];
  /** May declare widgets (SERVER). */
  widgets: Scalars['Boolean']['output'];
};

/** A page of App items (Relay); totalCount counts every item of the list. */
export type AppConnection = {
  __typename?: 'AppConnection';
  /** The items of this page, in the list's order. */
  edges: Array<AppEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** An app’s content in both languages. */
export type AppContentInput = {
  /** Category slugs (the categories query lists them). */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full description in Russian; omitted: unchanged. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Full description in English; omitted: unchanged. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** The icon’s URL, https on a public host; omitted: unchanged. */
  iconUrl?: InputMaybe<Scalars['String']['input']>;
  /** Name in Russian (the storefront default), not blank, at most 200 characters; omitted: unchanged. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Name in English, at most 200 characters; omitted: unchanged. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Screenshot URLs in display order: at most 10, https on a public host. */
  screenshotUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One-line summary in Russian, at most 300 characters; omitted: unchanged. */
  shortDescription?: InputMaybe<Scalars['String']['input']>;
  /** One-line summary in English, at most 300 characters; omitted: unchanged. */
  shortDescriptionEn?: InputMaybe<Scalars['String']['input']>;
};

/** One uploaded, validated version of an app’s descriptor (XML v2); the highest version is current, and an install freezes its access block (AR-2). */
export type AppDescriptor = {
  __typename?: 'AppDescriptor';
  /** When this version was uploaded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The descriptor version’s id. */
  id: Scalars['ID']['output'];
  /** The version number, 1, 2, … per app; the highest is the current one. */
  version: Scalars['Int']['output'];
  /** The XML as uploaded. */
  xml: Scalars['String']['output'];
};

/** A page of AppDescriptor items (Relay); totalCount counts every item of the list. */
export type AppDescriptorConnection = {
  __typename?: 'AppDescriptorConnection';
  /** The items of this page, in the list's order. */
  edges: Array<AppDescriptorEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One AppDescriptor of a page, with its cursor. */
export type AppDescriptorEdge = {
  __typename?: 'AppDescriptorEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The AppDescriptor. */
  node: AppDescriptor;
};

/** One App of a page, with its cursor. */
export type AppEdge = {
  __typename?: 'AppEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The App. */
  node: App;
};

/** SV-3: what the UI opens an IFRAME or SERVER app with. */
export type AppLaunch = {
  __typename?: 'AppLaunch';
  /** Its app’s id. */
  appId: Scalars['ID']['output'];
  /** Single use, valid 5 minutes; the vendor exchanges it at POST /api/vendor/1.0/context/{contextKey}. */
  contextKey: Scalars['String']['output'];
  /** The install being opened. */
  installId: Scalars['ID']['output'];
};

/** A price and trial an app had from effectiveAt on (PC-1): who set them and why. Installs keep the trial they got at install time (TR-3). */
export type AppPricingChange = {
  __typename?: 'AppPricingChange';
  /** The id of the vendor’s user (else the vendor), moderator or service that made the change. */
  actorId?: Maybe<Scalars['String']['output']>;
  /** Who made the change: the vendor before publication (PC-2, TR-6), a moderator after, or the platform. */
  actorKind: ActorKind;
  /** When the price and trial took effect. */
  effectiveAt: Scalars['DateTimeISO']['output'];
  /** The change’s id, increasing with each change. */
  id: Scalars['ID']['output'];
  /** The monthly list price in kopecks from then on, a whole multiple of 50 000 (PR-2); null: free (PR-1). */
  priceKopecks?: Maybe<Scalars['Int']['output']>;
  /** Why, as the one who changed it wrote (`created` for the price the app was created with); null when not given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The trial length in days from then on, 1 to 14 (TR-1); null: no trial. */
  trialDays?: Maybe<Scalars['Int']['output']>;
};

/** A page of AppPricingChange items (Relay); totalCount counts every item of the list. */
export type AppPricingChangeConnection = {
  __typename?: 'AppPricingChangeConnection';
  /** The items of this page, in the list's order. */
  edges: Array<AppPricingChangeEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One AppPricingChange of a page, with its cursor. */
export type AppPricingChangeEdge = {
  __typename?: 'AppPricingChangeEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The AppPricingChange. */
  node: AppPricingChange;
};

/** PR-4: what one app earned its vendor in a month. */
export type AppRevenue = {
  __typename?: 'AppRevenue';
  /** The app that earned it (resolved by the catalog; null, with the error at this path, when the catalog cannot answer). */
  app?: Maybe<App>;
  /**
   * The app’s id.
   * @deprecated Use app.
   */
  appId: Scalars['ID']['output'];
  /** Sum of the list prices of the app’s paid months, before discounts (PR-4). */
  listPrice: Money;
  /**
   * Sum of the app’s list prices of the app-months paid, before discounts, in kopecks.
   * @deprecated Use listPrice (Money: a SafeInt amount with its currency).
   */
  listPriceKopecks: Scalars['Int']['output'];
  /** How many install-months of the app were paid. */
  paidAppMonths: Scalars['Int']['output'];
  /** The vendor’s share of them (PR-4). */
  share: Money;
  /**
   * The vendor’s share of them in kopecks (PR-4), at the share each accrual froze.
   * @deprecated Use share (Money: a SafeInt amount with its currency).
   */
  shareKopecks: Scalars['Int']['output'];
};

/** LC-1: where the app is in its lifecycle. */
export type AppStatus =
  /** Being developed and tested on the vendor’s developer account; not on the storefront (LC-2). */
  | 'DRAFT'
  /** Off the storefront: only accounts that have it installed still see and use it (LC-3, DL-4). */
  | 'HIDDEN'
  /** On the storefront and installable. */
  | 'PUBLISHED'
  /** Submitted for moderation; not on the storefront. */
  | 'READY';

/** One lifecycle transition of an app (LC-1, LC-2): from which status to which, who moved it, when and why. */
export type AppTransition = {
  __typename?: 'AppTransition';
  /** The id of the vendor’s user (else the vendor), moderator or service that moved the app. */
  actorId?: Maybe<Scalars['String']['output']>;
  /** Who made the move. */
  actorKind: ActorKind;
  /** When the app moved. */
  at: Scalars['DateTimeISO']['output'];
  /** Null for the creation of the app. */
  fromStatus?: Maybe<AppStatus>;
  /** The transition’s id, increasing with each transition. */
  id: Scalars['ID']['output'];
  /** Why, as the actor wrote; a moderator sending an app back must give one (LC-2). Null when not given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status the app moved to (LC-1). */
  toStatus: AppStatus;
};

/** A page of AppTransition items (Relay); totalCount counts every item of the list. */
export type AppTransitionConnection = {
  __typename?: 'AppTransitionConnection';
  /** The items of this page, in the list's order. */
  edges: Array<AppTransitionEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One AppTransition of a page, with its cursor. */
export type AppTransitionEdge = {
  __typename?: 'AppTransitionEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The AppTransition. */
  node: AppTransition;
};

/** TY-1: how the app integrates with the platform. */
export type AppType =
  /** Opens in an iframe tab with user context (SV-3); storefront block NEW. */
  | 'IFRAME'
  /** Integrates over the Loyalty API (discounts, bonuses, TL-2); storefront block DISCOUNTS. */
  | 'LOYALTY'
  /** Runs on the vendor’s server: Vendor API activation, a JSON API token, iframes and widgets (SV-1 to SV-3); storefront block NEW. */
  | 'SERVER'
  /** Integrates over the Phone API (calls, TL-1); storefront block CALLS. */
  | 'TELEPHONY';

/** How many apps of the current search are of one type. */
export type AppTypeFacet = {
  __typename?: 'AppTypeFacet';
  /** How many apps the search finds of this type. */
  count: Scalars['Int']['output'];
  /** The app type (TY-1). */
  type: AppType;
};

/** SV-2: how the marketplace reaches the vendor’s server over the Vendor API (the descriptor’s vendorApi block). */
export type AppVendorApi = {
  __typename?: 'AppVendorApi';
  /** Vendor API events beyond activation and deactivation the app asks for (e.g. updatePermissions, sent when an account consents to new permissions). */
  additionalEvents: Array<Scalars['String']['output']>;
  /** The vendor’s server the Vendor API calls (the app’s vendor and moderators). */
  endpointBase?: Maybe<Scalars['String']['output']>;
};

/** Why an install’s billing state changed. */
export type BillingChangeCause =
  /** The app was installed (PR-1, PR-3, TR-2: free, paid or trial). */
  | 'INSTALLED'
  /** A purchase of paid-app options resumed it. */
  | 'PAYMENT'
  /** PC-4, PC-5: the app’s price changed and took effect for this install. */
  | 'PRICE_CHANGED'
  /** An install that did not complete gave back what its billing decision held. */
  | 'RELEASED'
  /** The app was uninstalled; its option is free again. */
  | 'REMOVED'
  /** The subscription period that paid for it ended (BX-7: suspended). */
  | 'SUBSCRIPTION_ENDED'
  /** TR-3: the trial ended; the install is paid from an option or suspended. */
  | 'TRIAL_ENDED'
  /** TX-1: the vendor extended the trial. */
  | 'TRIAL_EXTENDED';

/** How an install is paid for. */
export type BillingState =
  /** A free app: nothing to pay (PR-1). */
  | 'FREE'
  /** A paid app paid for with the account’s paid-app options (PR-3). */
  | 'PAID'
  /** Kept but not working: the trial or subscription ended without options to cover the price (TR-5, BX-7); a purchase that covers it resumes it. */
  | 'SUSPENDED'
  /** A paid app on its trial (TR-1 to TR-4) or a trial extension (TX-2); trialEndsAt says until when. */
  | 'TRIAL';

/** Why `buyMarketplaceSubscription` refused, in `BuyMarketplaceSubscriptionUserError.code` (docs/ERRORS.md). */
export type BuyMarketplaceSubscriptionErrorCode =
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** PR-3: subscriptions are bought for 1, 3, 6 or 12 months only. */
  | 'INVALID_SUBSCRIPTION_PERIOD';

/** BX-2/BX-4: the account’s marketplace subscription with the period bought; or why not. */
export type BuyMarketplaceSubscriptionPayload = {
  __typename?: 'BuyMarketplaceSubscriptionPayload';
  /** The marketplace subscription after the purchase; null when refused. */
  marketplaceSubscription?: Maybe<MarketplaceSubscription>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<BuyMarketplaceSubscriptionUserError>;
};

/** A refusal of `buyMarketplaceSubscription` a form can show next to its field. */
export type BuyMarketplaceSubscriptionUserError = {
  __typename?: 'BuyMarketplaceSubscriptionUserError';
  /** What is wrong, for code. */
  code: BuyMarketplaceSubscriptionErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `buyPaidAppOptions` refused, in `BuyPaidAppOptionsUserError.code` (docs/ERRORS.md). */
export type BuyPaidAppOptionsErrorCode =
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** PR-3: a subscription buys 1 to 1000 paid-app options. */
  | 'INVALID_PAID_APP_OPTIONS'
  /** PR-3: subscriptions are bought for 1, 3, 6 or 12 months only. */
  | 'INVALID_SUBSCRIPTION_PERIOD';

/** PR-3: how many paid-app options to buy, for how many months ahead, and when the period starts. */
export type BuyPaidAppOptionsInput = {
  /** Paid-app options (one pays 500 RUB of monthly app price). */
  paidAppOptions: Scalars['Int']['input'];
  /** 1, 3, 6 or 12 months, each with its discount (subscriptionPrices). */
  periodMonths: Scalars['Int']['input'];
  /** Start now beside the running period (more options at once) instead of after it. */
  startImmediately?: InputMaybe<Scalars['Boolean']['input']>;
};

/** PR-3: the subscription period bought (BX-7: it resumed the suspended installs it covers); or why not. */
export type BuyPaidAppOptionsPayload = {
  __typename?: 'BuyPaidAppOptionsPayload';
  /** The period bought; null when refused. */
  subscription?: Maybe<SubscriptionPeriod>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<BuyPaidAppOptionsUserError>;
};

/** A refusal of `buyPaidAppOptions` a form can show next to its field. */
export type BuyPaidAppOptionsUserError = {
  __typename?: 'BuyPaidAppOptionsUserError';
  /** What is wrong, for code. */
  code: BuyPaidAppOptionsErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** TL-1: a phone call the account’s TELEPHONY app reported over the Phone API. */
export type Call = {
  __typename?: 'Call';
  /** Cards this call popped, oldest first. Needs VIEW on callcard. */
  cards?: Maybe<Array<CallCard>>;
  /** The provider’s comment on the call (up to 4096 characters); null when none. */
  comment?: Maybe<Scalars['String']['output']>;
  /** INCOMING or OUTGOING. */
  direction: CallDirection;
  /** How long the talk lasted, in whole seconds; 0 until it ended or when nobody answered. */
  durationSeconds: Scalars['Int']['output'];
  /** When the conversation ended (Phone API endTime). */
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The extension the provider named for the call. */
  extension?: Maybe<Scalars['String']['output']>;
  /** The telephony vendor's own id of the call. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The calling number, as the provider gave it. */
  fromNumber: Scalars['String']['output'];
  /** The call’s id; fetch it again with call(id:). */
  id: Scalars['ID']['output'];
  /** URLs of the call's recordings, as the provider gave them. */
  recordUrls: Array<Scalars['String']['output']>;
  /** When the call started (the provider’s time, or when it was reported). */
  startedAt: Scalars['DateTimeISO']['output'];
  /** RINGING, IN_PROGRESS, COMPLETED or MISSED. */
  status: CallStatus;
  /** The called number, as the provider gave it. */
  toNumber: Scalars['String']['output'];
  /** When the call was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The employee who took or made the call (resolved by accounts). Needs VIEW on employee. */
  user?: Maybe<User>;
  /**
   * The id of the employee who took or made the call.
   * @deprecated Use user.
   */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** TL-1: a call’s card on one employee’s screen, open from SHOW until HIDE or HIDE_ALL. */
export type CallCard = {
  __typename?: 'CallCard';
  /** The call the card belongs to. Needs VIEW on phonecall. */
  call?: Maybe<Call>;
  /** The id of the call the card shows (Call.id). */
  callId: Scalars['ID']['output'];
  /** The employee’s internal phone extension when the card was shown; null when they have none. */
  extension?: Maybe<Scalars['String']['output']>;
  /** When the card was closed (HIDE or HIDE_ALL); null while open. */
  hiddenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The card’s id. */
  id: Scalars['ID']['output'];
  /** When the card was popped (SHOW). */
  shownAt: Scalars['DateTimeISO']['output'];
  /** Set by STARTTIME. */
  talkStartedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The employee the card is shown to. */
  userId: Scalars['ID']['output'];
};

/** TL-1: one change of a call card, as the employee’s front end receives it over the event stream. */
export type CallCardChange = {
  __typename?: 'CallCardChange';
  /** The card after the event. */
  card: CallCard;
  /** What happened to the card. */
  event: CallCardEvent;
  /** The event id (the stream's `id:`, usable as Last-Event-ID). */
  eventId: Scalars['ID']['output'];
};

/** TL-1: a Phone API call event; it pops or closes a call card on an employee’s screen. */
export type CallCardEvent =
  /** Close the call's card for the employee. */
  | 'HIDE'
  /** Close the call's card for every employee. */
  | 'HIDE_ALL'
  /** Pop the call's card for the employee. */
  | 'SHOW'
  /** The employee started talking: the card shows the talk time. */
  | 'STARTTIME';

/** A page of Call items (Relay). */
export type CallConnection = {
  __typename?: 'CallConnection';
  /** The items of this page, in the list's order. */
  edges: Array<CallEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
};

/** Whether the call came into the account or went out of it. */
export type CallDirection =
  /** A customer called the account. */
  | 'INCOMING'
  /** An employee called out. */
  | 'OUTGOING';

/** One Call of a page, with its cursor. */
export type CallEdge = {
  __typename?: 'CallEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The Call. */
  node: Call;
};

/** Filters of the call history; all optional, combined with AND. */
export type CallFilter = {
  /** Only calls in this direction. */
  direction?: InputMaybe<CallDirection>;
  /** Calls started at or after this moment. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only calls in this status. */
  status?: InputMaybe<CallStatus>;
  /** Calls started before this moment. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Calls of this employee. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which call: by id or by the vendor's external id. */
export type CallRefInput = {
  /** The vendor’s own id of the call; give this or id, not both. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The call’s id; give this or externalId, not both. */
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a call stands, as the TELEPHONY app reported it (TL-1). */
export type CallStatus =
  /** Ended after a talk. */
  | 'COMPLETED'
  /** Answered: the talk is on. */
  | 'IN_PROGRESS'
  /** Ended without a talk. */
  | 'MISSED'
  /** Ringing, not answered yet. */
  | 'RINGING';

/** A storefront category; apps name categories by slug. */
export type Category = {
  __typename?: 'Category';
  /** Apps in the category the caller can see: PUBLISHED ones, and for an account its HIDDEN installed ones (LC-3). */
  appCount: Scalars['Int']['output'];
  /** Name in Russian. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Lower-case latin letters, digits and dashes; what App.categories and storefront(category:) use. */
  slug: Scalars['String']['output'];
};

/** How many apps of the current search are in one category. */
export type CategoryFacet = {
  __typename?: 'CategoryFacet';
  /** The category’s names; null for a slug the vocabulary no longer has. */
  category?: Maybe<Category>;
  /** How many apps the search finds in this category. */
  count: Scalars['Int']['output'];
  /** The category’s slug (what storefront(category:) takes). */
  slug: Scalars['String']['output'];
};

/** Why `changeAppPricing` refused, in `ChangeAppPricingUserError.code` (docs/ERRORS.md). */
export type ChangeAppPricingErrorCode =
  /** LC-4: a HIDDEN app is free; show it again before making it paid. */
  | 'HIDDEN_APP_MUST_STAY_FREE'
  /** TR-1: a trial lasts 1 to 14 days. */
  | 'INVALID_TRIAL_LENGTH'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** PC-3: making a published free app paid requires a trial of 7 to 14 days. */
  | 'PAID_CONVERSION_REQUIRES_TRIAL'
  /** PC-2: a published app’s price and paid flag are changed only by a moderator. */
  | 'PRICE_CHANGE_REQUIRES_MODERATOR'
  /** PC-2: an unpublished app’s price and paid flag are changed by its vendor. */
  | 'PRICE_CHANGE_REQUIRES_VENDOR'
  /** PR-2: a paid app costs a whole multiple of 500 RUB a month. */
  | 'PRICE_NOT_MULTIPLE_OF_500'
  /** PC-1: the change leaves price and trial as they are. */
  | 'PRICING_UNCHANGED'
  /** TR-6: after publication only a moderator changes the trial. */
  | 'TRIAL_CHANGE_REQUIRES_MODERATOR'
  /** TR-6: before publication the vendor sets the trial in the vendor cabinet. */
  | 'TRIAL_CHANGE_REQUIRES_VENDOR'
  /** TR-1: only a paid app has a trial. */
  | 'TRIAL_REQUIRES_PAID_APP';

/** PC-1..PC-3, TR-1, TR-6: the app with its new price and trial; or why not. */
export type ChangeAppPricingPayload = {
  __typename?: 'ChangeAppPricingPayload';
  /** The app with its new price and trial; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ChangeAppPricingUserError>;
};

/** A refusal of `changeAppPricing` a form can show next to its field. */
export type ChangeAppPricingUserError = {
  __typename?: 'ChangeAppPricingUserError';
  /** What is wrong, for code. */
  code: ChangeAppPricingErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `connectLoyaltyApp` refused, in `ConnectLoyaltyAppUserError.code` (docs/ERRORS.md). */
export type ConnectLoyaltyAppErrorCode =
  /** TY-2: the account already has a live LOYALTY install with a connected loyalty server. */
  | 'ANOTHER_LOYALTY_INSTALL_ACTIVE'
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The install was removed: install the app again first (AR-3; accounts for app operations, telephony-loyalty for connecting a LOYALTY app, TL-2). */
  | 'INSTALL_NOT_LIVE'
  /** TL-2, TY-3: only a LOYALTY install can be connected to a loyalty server. */
  | 'LOYALTY_API_REQUIRES_LOYALTY_APP'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** The URL names a loopback, private, link-local, multicast, reserved or unspecified address, or a local-only host name (localhost, *.local, *.internal, single-label names). */
  | 'OUTBOUND_URL_FORBIDDEN_HOST'
  /** The URL cannot be parsed, is longer than 2048 characters, or carries credentials. */
  | 'OUTBOUND_URL_INVALID'
  /** Outbound URLs must use https (plain http only where EGRESS_ALLOW_HTTP is on, for local development). */
  | 'OUTBOUND_URL_NOT_HTTPS';

/** TL-2: the LOYALTY install’s connection to its loyalty server, as set; or why not. */
export type ConnectLoyaltyAppPayload = {
  __typename?: 'ConnectLoyaltyAppPayload';
  /** The connection (token masked); null when refused. */
  loyaltySettings?: Maybe<LoyaltySettings>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ConnectLoyaltyAppUserError>;
};

/** A refusal of `connectLoyaltyApp` a form can show next to its field. */
export type ConnectLoyaltyAppUserError = {
  __typename?: 'ConnectLoyaltyAppUserError';
  /** What is wrong, for code. */
  code: ConnectLoyaltyAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `createApp` refused, in `CreateAppUserError.code` (docs/ERRORS.md). */
export type CreateAppErrorCode =
  /** The vendor already has an app with this alias (aliases are unique per vendor and never change). */
  | 'APP_ALIAS_TAKEN'
  /** An app URL field (iconUrl) is not an https URL of a public host of at most 2048 characters. */
  | 'APP_URL_INVALID'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An alias is lower-case latin letters, digits and dashes, starting with a letter or digit. */
  | 'INVALID_APP_ALIAS'
  /** TR-1: a trial lasts 1 to 14 days. */
  | 'INVALID_TRIAL_LENGTH'
  /** PR-2: a paid app costs a whole multiple of 500 RUB a month. */
  | 'PRICE_NOT_MULTIPLE_OF_500'
  /** TR-1: only a paid app has a trial. */
  | 'TRIAL_REQUIRES_PAID_APP'
  /** An app names a category the catalog does not have; the categories query lists them (`unknown` names the others). */
  | 'UNKNOWN_CATEGORY';

/** LC-2: a new app as its vendor creates it (as DRAFT): alias, type, content, price and trial. */
export type CreateAppInput = {
  /** Unique per vendor, never changes: lower-case latin letters, digits, dashes. */
  alias: Scalars['String']['input'];
  /** Category slugs (the categories query lists them); the first is the main one. */
  categories: Array<Scalars['String']['input']>;
  /** Full description in Russian. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Full description in English. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** The icon’s URL, https on a public host. */
  iconUrl?: InputMaybe<Scalars['String']['input']>;
  /** Name in Russian (the storefront default), at most 200 characters. */
  name: Scalars['String']['input'];
  /** Name in English, at most 200 characters. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Null: free (PR-1); else a multiple of 50000 (PR-2). */
  priceKopecks?: InputMaybe<Scalars['Int']['input']>;
  /** Screenshot URLs in display order: at most 10, https on a public host. */
  screenshotUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One-line summary in Russian, at most 300 characters. */
  shortDescription?: InputMaybe<Scalars['String']['input']>;
  /** One-line summary in English, at most 300 characters. */
  shortDescriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 14 days, paid apps only (TR-1). */
  trialDays?: InputMaybe<Scalars['Int']['input']>;
  /** TY-1: how the app integrates; it never changes. */
  type: AppType;
};

/** LC-2: the new DRAFT app and its secret key, which is shown only this once; or why not. */
export type CreateAppPayload = {
  __typename?: 'CreateAppPayload';
  /** The new app; null when refused. */
  app?: Maybe<App>;
  /** The app’s secret key, shown only here; null when refused. */
  secretKey?: Maybe<Scalars['String']['output']>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreateAppUserError>;
};

/** A refusal of `createApp` a form can show next to its field. */
export type CreateAppUserError = {
  __typename?: 'CreateAppUserError';
  /** What is wrong, for code. */
  code: CreateAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** A call reported by the TELEPHONY app (TL-1). */
export type CreateCallInput = {
  /** INCOMING or OUTGOING. */
  direction: CallDirection;
  /** The employee, by extension. */
  extension?: InputMaybe<Scalars['String']['input']>;
  /** The vendor's own id: creating twice with it returns the same call. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The calling number. */
  fromNumber: Scalars['String']['input'];
  /** Now when omitted. */
  startedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** RINGING when omitted. */
  status?: InputMaybe<CallStatus>;
  /** The called number. */
  toNumber: Scalars['String']['input'];
  /** The employee, by id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why `createCategory` refused, in `CreateCategoryUserError.code` (docs/ERRORS.md). */
export type CreateCategoryErrorCode =
  /** A category with this slug exists (slugs are unique and never change). */
  | 'CATEGORY_SLUG_TAKEN'
  /** A category slug is lower-case latin letters, digits and dashes (at most 64), its names 1 to 100 characters; at most 200 categories. */
  | 'INVALID_CATEGORY';

/** The new category; or why not (each bad argument named). */
export type CreateCategoryPayload = {
  __typename?: 'CreateCategoryPayload';
  /** The new category; null when refused. */
  category?: Maybe<Category>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreateCategoryUserError>;
};

/** A refusal of `createCategory` a form can show next to its field. */
export type CreateCategoryUserError = {
  __typename?: 'CreateCategoryUserError';
  /** What is wrong, for code. */
  code: CreateCategoryErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `createIncomingWebhook` refused, in `CreateIncomingWebhookUserError.code` (docs/ERRORS.md). */
export type CreateIncomingWebhookErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The marketplace subscription (or its demo) is needed: billing, for a paid app without a trial (BX-2); accounts, in zone ru, for local apps and webhooks (BX-8, BX-4). */
  | 'MARKETPLACE_SUBSCRIPTION_REQUIRED'
  /** BX-8: a webhook names an entity the platform does not know; `knownEntities` lists those it may name. */
  | 'UNKNOWN_PERMISSION_ENTITY'
  /** The free tariff has no webhooks (TR-4, BX-8). */
  | 'WEBHOOKS_NOT_ON_FREE_TARIFF';

/** BX-8: a new webhook and its token, shown only now; or why not (every field’s problem at once). */
export type CreateIncomingWebhookPayload = {
  __typename?: 'CreateIncomingWebhookPayload';
  /** Send it as `Authorization: Bearer <token>` to the gateway; shown only here, null when refused. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreateIncomingWebhookUserError>;
  /** The webhook; null when refused. */
  webhook?: Maybe<IncomingWebhook>;
};

/** A refusal of `createIncomingWebhook` a form can show next to its field. */
export type CreateIncomingWebhookUserError = {
  __typename?: 'CreateIncomingWebhookUserError';
  /** What is wrong, for code. */
  code: CreateIncomingWebhookErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `createLocalApp` refused, in `CreateLocalAppUserError.code` (docs/ERRORS.md). */
export type CreateLocalAppErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The request conflicts with the current state of the object. */
  | 'CONFLICT'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The marketplace subscription (or its demo) is needed: billing, for a paid app without a trial (BX-2); accounts, in zone ru, for local apps and webhooks (BX-8, BX-4). */
  | 'MARKETPLACE_SUBSCRIPTION_REQUIRED';

/** BX-8: the new local app, or why not. */
export type CreateLocalAppPayload = {
  __typename?: 'CreateLocalAppPayload';
  /** The local app; null when refused. */
  localApp?: Maybe<LocalApp>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreateLocalAppUserError>;
};

/** A refusal of `createLocalApp` a form can show next to its field. */
export type CreateLocalAppUserError = {
  __typename?: 'CreateLocalAppUserError';
  /** What is wrong, for code. */
  code: CreateLocalAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `createLoyaltyCustomer` refused, in `CreateLoyaltyCustomerUserError.code` (docs/ERRORS.md). */
export type CreateLoyaltyCustomerErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED'
  /** TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`. */
  | 'LOYALTY_REQUEST_REJECTED';

/** TL-2: the customer the loyalty app created; or why not. */
export type CreateLoyaltyCustomerPayload = {
  __typename?: 'CreateLoyaltyCustomerPayload';
  /** The new customer, with the id the loyalty app gave; null when refused. */
  customer?: Maybe<LoyaltyCustomer>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreateLoyaltyCustomerUserError>;
};

/** A refusal of `createLoyaltyCustomer` a form can show next to its field. */
export type CreateLoyaltyCustomerUserError = {
  __typename?: 'CreateLoyaltyCustomerUserError';
  /** What is wrong, for code. */
  code: CreateLoyaltyCustomerErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `createPhoneCall` refused, in `CreatePhoneCallUserError.code` (docs/ERRORS.md). */
export type CreatePhoneCallErrorCode =
  /** TL-1: no employee of the account has that id or extension. */
  | 'EMPLOYEE_NOT_FOUND';

/** TL-1: the call reported (the same one again for a known externalId); or why not. */
export type CreatePhoneCallPayload = {
  __typename?: 'CreatePhoneCallPayload';
  /** The call; null when refused. */
  call?: Maybe<Call>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreatePhoneCallUserError>;
};

/** A refusal of `createPhoneCall` a form can show next to its field. */
export type CreatePhoneCallUserError = {
  __typename?: 'CreatePhoneCallUserError';
  /** What is wrong, for code. */
  code: CreatePhoneCallErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `createVendor` refused, in `CreateVendorUserError.code` (docs/ERRORS.md). */
export type CreateVendorErrorCode =
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A vendor alias is lower-case latin letters, digits and dashes, starting with a letter or digit. */
  | 'INVALID_VENDOR_ALIAS'
  /** Another vendor already has this alias (vendor aliases are unique and end every appUid). */
  | 'VENDOR_ALIAS_TAKEN';

/** The new vendor; or why not. */
export type CreateVendorPayload = {
  __typename?: 'CreateVendorPayload';
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<CreateVendorUserError>;
  /** The new vendor; null when refused. */
  vendor?: Maybe<Vendor>;
};

/** A refusal of `createVendor` a form can show next to its field. */
export type CreateVendorUserError = {
  __typename?: 'CreateVendorUserError';
  /** What is wrong, for code. */
  code: CreateVendorErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** ISO 4217 code of a Money amount; every price is in roubles today, in every zone. */
export type Currency =
  /** Russian rouble; amounts in kopecks (1/100). */
  | 'RUB';

/** An app token’s own install: the app, the state and the permissions frozen at install (AR-2). */
export type CurrentInstallation = {
  __typename?: 'CurrentInstallation';
  /** The installed app, resolved by the catalog (null, with the error at this path, when the catalog cannot answer). */
  app?: Maybe<App>;
  /** TY-1: the app’s type, copied at install. */
  appType: AppType;
  /** The install’s id (Install.id). */
  id: Scalars['ID']['output'];
  /** When the app was installed. */
  installedAt: Scalars['DateTimeISO']['output'];
  /** The access block frozen at install (AR-2); null: no API access. */
  permissions?: Maybe<InstallPermissions>;
  /** ACTIVE while installed, UNINSTALLED once removed. */
  status: InstallStatus;
};

/** Why `deactivateAccount` refused, in `DeactivateAccountUserError.code` (docs/ERRORS.md). */
export type DeactivateAccountErrorCode =
  /** The host has no account with this external id (a host sees only the accounts it provisioned). */
  | 'HOST_ACCOUNT_NOT_FOUND'
  /** A provisioning field is out of bounds: external ids 1–200 characters, names 1–200, e-mail as an address, tariff 1–64 capitals/digits/underscores, extension 1–16 digits. */
  | 'PROVISIONING_INPUT_INVALID';

/** The host’s deactivated account (its installs suspended), or why not. */
export type DeactivateAccountPayload = {
  __typename?: 'DeactivateAccountPayload';
  /** The account; null when refused. */
  account?: Maybe<HostAccount>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<DeactivateAccountUserError>;
};

/** A refusal of `deactivateAccount` a form can show next to its field. */
export type DeactivateAccountUserError = {
  __typename?: 'DeactivateAccountUserError';
  /** What is wrong, for code. */
  code: DeactivateAccountErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `deactivateUser` refused, in `DeactivateUserUserError.code` (docs/ERRORS.md). */
export type DeactivateUserErrorCode =
  /** The host has no account with this external id (a host sees only the accounts it provisioned). */
  | 'HOST_ACCOUNT_NOT_FOUND'
  /** The host has no user with this external id in that account. */
  | 'HOST_USER_NOT_FOUND'
  /** A provisioning field is out of bounds: external ids 1–200 characters, names 1–200, e-mail as an address, tariff 1–64 capitals/digits/underscores, extension 1–16 digits. */
  | 'PROVISIONING_INPUT_INVALID';

/** The host’s deactivated user (no app access, no user context), or why not. */
export type DeactivateUserPayload = {
  __typename?: 'DeactivateUserPayload';
  /** The user; null when refused. */
  user?: Maybe<HostUser>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<DeactivateUserUserError>;
};

/** A refusal of `deactivateUser` a form can show next to its field. */
export type DeactivateUserUserError = {
  __typename?: 'DeactivateUserUserError';
  /** What is wrong, for code. */
  code: DeactivateUserErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** TY-4: on a developer account, or (LOYALTY) through the marketplace’s Loyalty API test app or a draft with the point-of-sale app. */
export type DebugMode =
  /** Installed as DRAFT or READY on the vendor’s developer account (LC-2). */
  | 'DEVELOPER_ACCOUNT'
  /** Through the marketplace’s Loyalty API test app, or a vendor’s draft used with the point-of-sale app (TY-4). */
  | 'LOYALTY_TEST_APP';

/** Why `deleteIncomingWebhook` refused, in `DeleteIncomingWebhookUserError.code` (docs/ERRORS.md). */
export type DeleteIncomingWebhookErrorCode =
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** BX-8: the deleted webhook (its token stops working within seconds), or why not. */
export type DeleteIncomingWebhookPayload = {
  __typename?: 'DeleteIncomingWebhookPayload';
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<DeleteIncomingWebhookUserError>;
  /** The webhook, with revokedAt set; null when refused. */
  webhook?: Maybe<IncomingWebhook>;
};

/** A refusal of `deleteIncomingWebhook` a form can show next to its field. */
export type DeleteIncomingWebhookUserError = {
  __typename?: 'DeleteIncomingWebhookUserError';
  /** What is wrong, for code. */
  code: DeleteIncomingWebhookErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `disconnectLoyaltyApp` refused, in `DisconnectLoyaltyAppUserError.code` (docs/ERRORS.md). */
export type DisconnectLoyaltyAppErrorCode =
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED';

/** TL-2: the LOYALTY install whose connection was removed; or why not. */
export type DisconnectLoyaltyAppPayload = {
  __typename?: 'DisconnectLoyaltyAppPayload';
  /** The install, now without a connection; null when refused. */
  install?: Maybe<Install>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<DisconnectLoyaltyAppUserError>;
};

/** A refusal of `disconnectLoyaltyApp` a form can show next to its field. */
export type DisconnectLoyaltyAppUserError = {
  __typename?: 'DisconnectLoyaltyAppUserError';
  /** What is wrong, for code. */
  code: DisconnectLoyaltyAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** One entity (or document, report) and the operations allowed on it. */
export type EntityPermission = {
  __typename?: 'EntityPermission';
  /** The entity, document or report, as the descriptor names it. */
  entity: Scalars['String']['output'];
  /** What the app may do with it (AR-1). */
  operations: Array<PermissionOperation>;
};

/** Why `extendTrial` refused, in `ExtendTrialUserError.code` (docs/ERRORS.md). */
export type ExtendTrialErrorCode =
  /** TX-1: extendTrial names an account accounts does not have (billing asks before writing anything). */
  | 'ACCOUNT_NOT_FOUND'
  /** TX-3: the account already pays for this app, so there is no trial to extend. */
  | 'APP_ALREADY_PAID'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** TX-1/TX-3: the trial of this app for this account was already extended once. */
  | 'TRIAL_ALREADY_EXTENDED'
  /** TX-1/TX-3: only a paid app's trial can be extended. */
  | 'TRIAL_EXTENSION_APP_NOT_PAID'
  /** TX-1/TX-3: only a published app's trial can be extended. */
  | 'TRIAL_EXTENSION_APP_NOT_PUBLISHED'
  /** TX-2: a trial extension lasts 1 to 14 days. */
  | 'TRIAL_EXTENSION_DAYS_OUT_OF_RANGE'
  /** TX-3: the account's running trial ends later than the extension would; a trial is never shortened. */
  | 'TRIAL_WOULD_BE_SHORTENED';

/** TX-1: which account’s trial of which of the vendor’s apps to extend, and by how many days. */
export type ExtendTrialInput = {
  /** The account to extend the trial for. */
  accountId: Scalars['ID']['input'];
  /** The vendor’s app: paid and published (TX-3). */
  appId: Scalars['ID']['input'];
  /** TX-2: 1 to 14 days from the moment of confirmation. */
  days: Scalars['Int']['input'];
};

/** TX-1..TX-3: the trial extension the vendor made; or why not. */
export type ExtendTrialPayload = {
  __typename?: 'ExtendTrialPayload';
  /** The extension, as stored; null when refused. */
  trialExtension?: Maybe<TrialExtension>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ExtendTrialUserError>;
};

/** A refusal of `extendTrial` a form can show next to its field. */
export type ExtendTrialUserError = {
  __typename?: 'ExtendTrialUserError';
  /** What is wrong, for code. */
  code: ExtendTrialErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `hideApp` refused, in `HideAppUserError.code` (docs/ERRORS.md). */
export type HideAppErrorCode =
  /** Only a PUBLISHED app can be hidden (LC-3). */
  | 'APP_NOT_PUBLISHED'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** LC-4: only free apps can be hidden. */
  | 'ONLY_FREE_APPS_CAN_BE_HIDDEN';

/** LC-3, LC-4: the app taken off the storefront (HIDDEN); or why not. */
export type HideAppPayload = {
  __typename?: 'HideAppPayload';
  /** The app in its new status; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<HideAppUserError>;
};

/** A refusal of `hideApp` a form can show next to its field. */
export type HideAppUserError = {
  __typename?: 'HideAppUserError';
  /** What is wrong, for code. */
  code: HideAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** An account as its host provisioned it. */
export type HostAccount = {
  __typename?: 'HostAccount';
  /** False once the host deactivated the account (installs suspended, data kept). */
  active: Scalars['Boolean']['output'];
  /** When the host deactivated the account; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The host’s own id of the account. */
  externalId: Scalars['String']['output'];
  /** The marketplace’s id of the account (Account.id). */
  id: Scalars['ID']['output'];
  /** The company’s name. */
  name: Scalars['String']['output'];
  /** The account tariff, e.g. FREE, BASIC, PROFESSIONAL. */
  tariff: Scalars['String']['output'];
  /** BX-9: the tariff zone. */
  zone: Zone;
};

/** A user as its host provisioned it. */
export type HostUser = {
  __typename?: 'HostUser';
  /** The marketplace’s id of the user’s account (Account.id). */
  accountId: Scalars['ID']['output'];
  /** False once the host deactivated the user (no app access, no user context). */
  active: Scalars['Boolean']['output'];
  /** When the host deactivated the user; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The employee’s e-mail address. */
  email: Scalars['String']['output'];
  /** Internal phone extension (Phone API employee lookup); null when none. */
  extension?: Maybe<Scalars['String']['output']>;
  /** The host’s own id of the user. */
  externalId: Scalars['String']['output'];
  /** The employee’s full name. */
  fullName: Scalars['String']['output'];
  /** The marketplace’s id of the user (User.id). */
  id: Scalars['ID']['output'];
  /** ADMIN or EMPLOYEE (BX-3). */
  role: UserRole;
};

/** BX-8: an incoming webhook; its token is shown once, at creation. */
export type IncomingWebhook = {
  __typename?: 'IncomingWebhook';
  /** When the webhook was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The webhook’s id (deleteIncomingWebhook takes it). */
  id: Scalars['ID']['output'];
  /** The name the admin gave it. */
  name: Scalars['String']['output'];
  /** What a request with its token may do: the entities and operations the admin chose. */
  permissions: Array<InstallEntityPermission>;
  /** When it was deleted: its token no longer works. Null while live. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A page of IncomingWebhook items (Relay); totalCount counts every item of the list. */
export type IncomingWebhookConnection = {
  __typename?: 'IncomingWebhookConnection';
  /** The items of this page, in the list's order. */
  edges: Array<IncomingWebhookEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One IncomingWebhook of a page, with its cursor. */
export type IncomingWebhookEdge = {
  __typename?: 'IncomingWebhookEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The IncomingWebhook. */
  node: IncomingWebhook;
};

/** One app installed on one account, live or removed: removed installs are kept, with their data (AR-3, BX-7). */
export type Install = {
  __typename?: 'Install';
  /** The account the app is installed on. */
  account: Account;
  /** SV-2: Vendor API state (SERVER apps only). */
  activationState?: Maybe<ActivationState>;
  /**
   * BX-6: ids of the users who may open the app; null: everyone in the account.
   * @deprecated Use allowedUsers.
   */
  allowedUserIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** BX-6: the users who may open the app; null: everyone in the account. Needs VIEW on employee. */
  allowedUsers?: Maybe<Array<User>>;
  /** The installed app, resolved by the catalog (null, with the error at this path, when the catalog cannot answer). */
  app?: Maybe<App>;
  /** TY-1: the app’s type, copied at install; TY-2 limits live installs per type. */
  appType: AppType;
  /** How this install is paid for, as it is now (a trial that has ended shows its outcome at once); null if billing never saw it. Needs VIEW on billing. */
  billing?: Maybe<InstallBilling>;
  /**
   * Every stored change of the billing state, oldest first. Needs VIEW on billing.
   * @deprecated Unbounded: use billingHistoryConnection.
   */
  billingHistory?: Maybe<Array<InstallBillingChange>>;
  /** Every stored change of the billing state, oldest first. Needs VIEW on billing. */
  billingHistoryConnection?: Maybe<InstallBillingChangeConnection>;
  /** The install’s id; fetch it again with install(id:). */
  id: Scalars['ID']['output'];
  /** When the app was installed. */
  installedAt: Scalars['DateTimeISO']['output'];
  /** The LOYALTY install's connection (TL-2); null when none, or when the caller is not of the install's account. Needs VIEW on loyaltysettings. */
  loyaltySettings?: Maybe<LoyaltySettings>;
  /** The access block frozen at install (AR-2); null: no API access. */
  permissions?: Maybe<InstallPermissions>;
  /** ACTIVE while installed, UNINSTALLED once removed (a suspended install stays ACTIVE: see suspendedAt). */
  status: InstallStatus;
  /** Set while billing keeps the install suspended (TR-5). */
  suspendedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the app was removed; null while installed. */
  uninstalledAt?: Maybe<Scalars['DateTimeISO']['output']>;
};


/** One app installed on one account, live or removed: removed installs are kept, with their data (AR-3, BX-7). */
export type InstallBillingHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** AR-1: the access level frozen at install. */
export type InstallAccessScope =
  /** Everything, like the system administrator role (to be retired). */
  | 'ADMIN'
  /** Only the listed entities, documents and reports, each with its operations. */
  | 'CUSTOM';

/** Why `installApp` refused, in `InstallAppUserError.code` (docs/ERRORS.md). */
export type InstallAppErrorCode =
  /** The account already has a live install of this app. */
  | 'ALREADY_INSTALLED'
  /** The app does not exist or is not visible to this account (LC-3, DL-3: one answer for both). */
  | 'APP_NOT_FOUND'
  /** The account already has a live install of this type: TELEPHONY 1, LOYALTY 1 (TY-2). */
  | 'APP_TYPE_LIMIT_REACHED'
  /** LOYALTY apps cannot be debugged on a developer account (TY-3, TY-4). */
  | 'DEBUG_NOT_SUPPORTED_FOR_TYPE'
  /** The account reached the free-app limit of its zone and tariff (BX-9). */
  | 'FREE_APP_LIMIT_REACHED'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The marketplace subscription (or its demo) is needed: billing, for a paid app without a trial (BX-2); accounts, in zone ru, for local apps and webhooks (BX-8, BX-4). */
  | 'MARKETPLACE_SUBSCRIPTION_REQUIRED'
  /** PR-3: the account's free paid-app options do not cover the paid app's monthly price. */
  | 'NOT_ENOUGH_PAID_APP_OPTIONS';

/** The new install (BX-3, LC-3, TY-2, BX-9; billing decided its price), or why not. A retry with the same idempotencyKey answers the same install. */
export type InstallAppPayload = {
  __typename?: 'InstallAppPayload';
  /** The install; null when refused, except ALREADY_INSTALLED, which answers the live install the account has (a retry without a key may have made it). */
  install?: Maybe<Install>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<InstallAppUserError>;
};

/** A refusal of `installApp` a form can show next to its field. */
export type InstallAppUserError = {
  __typename?: 'InstallAppUserError';
  /** What is wrong, for code. */
  code: InstallAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** How one install is paid for now: its billing state (TR-5, BX-7), trial end, price and the paid-app options it takes (PR-3). */
export type InstallBilling = {
  __typename?: 'InstallBilling';
  /** Paid-app options this install takes while PAID (PR-3). */
  paidAppOptionsUsed: Scalars['Int']['output'];
  /** A new monthly price that applies from pendingPriceFrom; null: none (or the app becomes free). */
  pendingPrice?: Maybe<Price>;
  /** When pendingPrice takes effect for this install; null when no price change is pending. */
  pendingPriceFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /**
   * A new monthly price that applies from pendingPriceFrom (PC, docs/billing.md).
   * @deprecated Use pendingPrice (Money: a SafeInt amount with its currency).
   */
  pendingPriceKopecks?: Maybe<Scalars['Int']['output']>;
  /** The monthly list price this install is billed at; null for a free app (as App.price). */
  price?: Maybe<Price>;
  /**
   * Monthly list price this install is billed at, in kopecks (0 for a free app).
   * @deprecated Use price (Money: a SafeInt amount with its currency).
   */
  priceKopecks: Scalars['Int']['output'];
  /** When the install was removed; its options are free again. */
  removedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** FREE, TRIAL, PAID or SUSPENDED, as computed for the current moment. */
  state: BillingState;
  /** End of the trial frozen at install (TR-3), or of its extension (TX-2). */
  trialEndsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When billing last wrote this install’s row. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** One change of an install’s billing state: from which to which, why and when (TR-5, BX-7). */
export type InstallBillingChange = {
  __typename?: 'InstallBillingChange';
  /** When the state changed. */
  at: Scalars['DateTimeISO']['output'];
  /** Why the state changed. */
  cause: BillingChangeCause;
  /** The state before; null for the install’s first state. */
  fromState?: Maybe<BillingState>;
  /** The state after. */
  toState: BillingState;
  /** When the trial ends, as of this change (TR-3, TX-2); null when not on trial. */
  trialEndsAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A page of InstallBillingChange items (Relay); totalCount counts every item of the list. */
export type InstallBillingChangeConnection = {
  __typename?: 'InstallBillingChangeConnection';
  /** The items of this page, in the list's order. */
  edges: Array<InstallBillingChangeEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One InstallBillingChange of a page, with its cursor. */
export type InstallBillingChangeEdge = {
  __typename?: 'InstallBillingChangeEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The InstallBillingChange. */
  node: InstallBillingChange;
};

/** Why installApp would be refused now; each value is the error code it would answer (docs/ERRORS.md). */
export type InstallBlockReason =
  /** The host deactivated the account. */
  | 'ACCOUNT_DEACTIVATED'
  /** The account has a live install of the app. */
  | 'ALREADY_INSTALLED'
  /** LC-3, DL-3: the app is not installable by this account (hidden, unpublished). */
  | 'APP_NOT_FOUND'
  /** TY-2: the account has a live app of this type (TELEPHONY, LOYALTY). */
  | 'APP_TYPE_LIMIT_REACHED'
  /** TY-3, TY-4: LOYALTY apps are not debugged on developer accounts. */
  | 'DEBUG_NOT_SUPPORTED_FOR_TYPE'
  /** BX-9: the free-app limit of the account’s zone and tariff. */
  | 'FREE_APP_LIMIT_REACHED'
  /** BX-3: only admins install on this account. */
  | 'INSTALL_NOT_ALLOWED'
  /** BX-2: a paid app without a trial needs the marketplace subscription. */
  | 'MARKETPLACE_SUBSCRIPTION_REQUIRED'
  /** PR-3: the free paid-app options do not cover the price. */
  | 'NOT_ENOUGH_PAID_APP_OPTIONS'
  /** The host deactivated the user. */
  | 'USER_DEACTIVATED';

/** A page of Install items (Relay); totalCount counts every item of the list. */
export type InstallConnection = {
  __typename?: 'InstallConnection';
  /** The items of this page, in the list's order. */
  edges: Array<InstallEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One Install of a page, with its cursor. */
export type InstallEdge = {
  __typename?: 'InstallEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The Install. */
  node: Install;
};

/** AR-1, AR-2: one entity (or document, report) and the operations an install was allowed on it, frozen at install. */
export type InstallEntityPermission = {
  __typename?: 'InstallEntityPermission';
  /** The entity, document or report, as the descriptor named it. */
  entity: Scalars['String']['output'];
  /** The operations allowed on it. */
  operations: Array<PermissionOperation>;
};

/** The app access block frozen at install (AR-2); a reinstall takes the current one (AR-3). */
export type InstallPermissions = {
  __typename?: 'InstallPermissions';
  /** The descriptor version the block was frozen from (AR-2). */
  descriptorVersion: Scalars['Int']['output'];
  /** Report and webhook flags: viewDashboard, viewAudit, useOwnWebhooks, useAllWebhooks. */
  flags: Array<Scalars['String']['output']>;
  /** AR-1: for CUSTOM, each entity, document or report with its operations; empty for ADMIN. */
  permissions: Array<InstallEntityPermission>;
  /** AR-1: ADMIN (everything; to be retired) or CUSTOM (only the listed permissions). */
  scope: InstallAccessScope;
};

/** Whether an install is live or was removed (its data is kept, AR-3, BX-7). */
export type InstallStatus =
  /** Installed: counts against the type’s install limit (TY-2). */
  | 'ACTIVE'
  /** Removed by the account; a new install of the app is a new Install. */
  | 'UNINSTALLED';

/** Why `issuePhoneApiToken` refused, in `IssuePhoneApiTokenUserError.code` (docs/ERRORS.md). */
export type IssuePhoneApiTokenErrorCode =
  /** The app type lacks this capability, e.g. user context for TELEPHONY or LOYALTY (TY-3). */
  | 'CAPABILITY_NOT_SUPPORTED'
  /** The install is suspended until billing resumes it (TR-5, SV-1). */
  | 'INSTALL_SUSPENDED'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** TL-1: a new Phone API token of a TELEPHONY install (the previous one is revoked), or why not. */
export type IssuePhoneApiTokenPayload = {
  __typename?: 'IssuePhoneApiTokenPayload';
  /** The token, shown only here; null when refused. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<IssuePhoneApiTokenUserError>;
};

/** A refusal of `issuePhoneApiToken` a form can show next to its field. */
export type IssuePhoneApiTokenUserError = {
  __typename?: 'IssuePhoneApiTokenUserError';
  /** What is wrong, for code. */
  code: IssuePhoneApiTokenErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** BX-8: an account’s private app, never on the storefront. */
export type LocalApp = {
  __typename?: 'LocalApp';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The local app’s id. */
  id: Scalars['ID']['output'];
  /** Its name, unique within the account. */
  name: Scalars['String']['output'];
};

/** A page of LocalApp items (Relay); totalCount counts every item of the list. */
export type LocalAppConnection = {
  __typename?: 'LocalAppConnection';
  /** The items of this page, in the list's order. */
  edges: Array<LocalAppEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One LocalApp of a page, with its cursor. */
export type LocalAppEdge = {
  __typename?: 'LocalAppEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The LocalApp. */
  node: LocalApp;
};

/** TL-2: a customer’s bonus balance at the loyalty app (POST /counterparty/detail). */
export type LoyaltyBalance = {
  __typename?: 'LoyaltyBalance';
  /** Bonus points on the customer's account. */
  bonusBalance: Scalars['Int']['output'];
  /** The customer’s id at the loyalty app. */
  customerId: Scalars['ID']['output'];
};

/** A customer (counterparty) of the account's loyalty program. */
export type LoyaltyCustomer = {
  __typename?: 'LoyaltyCustomer';
  /** The number of the customer’s discount card; null when none. */
  discountCardNumber?: Maybe<Scalars['String']['output']>;
  /** E-mail address; null when the loyalty app has none. */
  email?: Maybe<Scalars['String']['output']>;
  /** The customer’s id at the loyalty app. */
  id: Scalars['ID']['output'];
  /** The customer’s name. */
  name: Scalars['String']['output'];
  /** Phone number; null when the loyalty app has none. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** TL-2: a new customer of the account’s loyalty program, sent to the loyalty app (POST /counterparty). */
export type LoyaltyCustomerInput = {
  /** The number of the customer’s discount card. */
  discountCardNumber?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The customer’s name; not blank. */
  name: Scalars['String']['input'];
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A customer whose registration code the loyalty app accepted (POST /counterparty/verify). */
export type LoyaltyCustomerVerification = {
  __typename?: 'LoyaltyCustomerVerification';
  /** The customer (counterparty) whose code was accepted. */
  customerId: Scalars['ID']['output'];
};

/** TL-2: a gift card the loyalty app knows (GET /giftcard). */
export type LoyaltyGiftCard = {
  __typename?: 'LoyaltyGiftCard';
  /** What is left on the card, in kopecks. */
  balanceKopecks: Scalars['Int']['output'];
  /** The gift card’s id at the loyalty app. */
  id: Scalars['ID']['output'];
  /** The gift card’s name (what the cashier enters). */
  name: Scalars['String']['output'];
  /** The card’s state as the loyalty app names it; null when it names none. */
  state?: Maybe<Scalars['String']['output']>;
};

/** One line of a sale with the loyalty app’s discount on it. */
export type LoyaltyPosition = {
  __typename?: 'LoyaltyPosition';
  /** The product’s (assortment item’s) id. */
  assortmentId: Scalars['ID']['output'];
  /** The discount the loyalty app gives on the line, in percent. */
  discountPercent: Scalars['Float']['output'];
  /** Price per unit after the discount, in kopecks. */
  discountedPriceKopecks: Scalars['Int']['output'];
  /** Price per unit before the discount, in kopecks. */
  priceKopecks: Scalars['Int']['output'];
  /** How many units. */
  quantity: Scalars['Float']['output'];
};

/** One line of a sale or return: a product (assortment item), how many and at what price. */
export type LoyaltyPositionInput = {
  /** The product’s (assortment item’s) id. */
  assortmentId: Scalars['ID']['input'];
  /** Price per unit in kopecks. */
  priceKopecks: Scalars['Int']['input'];
  /** How many units; may be fractional (weighed goods). */
  quantity: Scalars['Float']['input'];
};

/** TL-2: a completed sale to record at the loyalty app (POST /retaildemand), with its id. */
export type LoyaltyRecordSaleInput = {
  /** Bonus points the customer wants to spend. */
  bonusValueToSpend?: InputMaybe<Scalars['Int']['input']>;
  /** The customer at the loyalty app; null for an anonymous sale. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The lines of the sale. */
  positions: Array<LoyaltyPositionInput>;
  /** The retail store (point of sale) the sale is made at. */
  retailStoreId: Scalars['ID']['input'];
  /** The sale's (retail demand's) id, for returns and the audit. */
  saleId: Scalars['ID']['input'];
};

/** TL-2: a return of (part of) a recorded sale, to record at the loyalty app (POST /retailsalesreturn). */
export type LoyaltyReturnInput = {
  /** The customer at the loyalty app; null for an anonymous sale. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The lines returned. */
  positions: Array<LoyaltyPositionInput>;
  /** The retail store (point of sale) the return is made at. */
  retailStoreId: Scalars['ID']['input'];
  /** The sale being returned. */
  saleId: Scalars['ID']['input'];
};

/** The loyalty app's discounts for a sale (POST /retaildemand/recalc). */
export type LoyaltySaleCalculation = {
  __typename?: 'LoyaltySaleCalculation';
  /** Bonus points the customer earns with this sale. */
  bonusValueToEarn: Scalars['Int']['output'];
  /** Bonus points the customer may spend on this sale. */
  bonusValueToSpend: Scalars['Int']['output'];
  /** The sale’s lines with their discounts. */
  positions: Array<LoyaltyPosition>;
};

/** A sale at the point of sale, as the loyalty app sees it. */
export type LoyaltySaleInput = {
  /** Bonus points the customer wants to spend. */
  bonusValueToSpend?: InputMaybe<Scalars['Int']['input']>;
  /** The customer at the loyalty app; null for an anonymous sale. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The lines of the sale. */
  positions: Array<LoyaltyPositionInput>;
  /** The retail store (point of sale) the sale is made at. */
  retailStoreId: Scalars['ID']['input'];
};

/** TL-2: the connection of the account's LOYALTY app, as its admin set it; the token is shown masked. */
export type LoyaltySettings = {
  __typename?: 'LoyaltySettings';
  /** The loyalty server's address (Loyalty API 1.0 base URL). */
  baseUrl: Scalars['String']['output'];
  /** When the admin first connected it. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** The token as •••• plus its last 4 characters. */
  tokenMasked: Scalars['String']['output'];
  /** When the admin last changed the connection (address or token). */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Points the loyalty app allowed a customer to spend with their code (POST /retaildemand/verify). */
export type LoyaltySpendVerification = {
  __typename?: 'LoyaltySpendVerification';
  /** The bonus points the code allows spending on this sale. */
  bonusValueToSpend: Scalars['Int']['output'];
  /** The customer (counterparty) spending the points. */
  customerId: Scalars['ID']['output'];
};

/** BX-2, BX-4: the account’s marketplace subscription now: paid apps need it, and in zone ru local apps and webhooks too (BX-8). */
export type MarketplaceSubscription = {
  __typename?: 'MarketplaceSubscription';
  /** A subscription period (bought or the demo) is running now. */
  active: Scalars['Boolean']['output'];
  /** The running period is the one-time demo (BX-5). */
  demo: Scalars['Boolean']['output'];
  /** When the running period that ends last ends; null when none is running. */
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** BX-2, BX-4: the marketplace subscription bought for a period, with its discount. */
export type MarketplaceSubscriptionPrice = {
  __typename?: 'MarketplaceSubscriptionPrice';
  /** The discount for paying that many months ahead, in percent of listPrice. */
  discountPercent: Scalars['Int']['output'];
  /** The monthly price × months, before the discount. */
  listPrice: Price;
  /** 1, 3, 6 or 12 months. */
  periodMonths: Scalars['Int']['output'];
  /** What buyMarketplaceSubscription charges for the period. */
  price: Price;
};

/** An exact amount of money: minor units (kopecks for RUB) and the currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount in the currency’s minor unit (kopecks), an exact integer up to 2^53 − 1. */
  amountKopecks: Scalars['SafeInt']['output'];
  /** The currency of the amount (RUB today, in every zone). */
  currency: Currency;
};

/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type Mutation = {
  __typename?: 'Mutation';
  /** BX-5: starts the one-time demo of the marketplace subscription. */
  activateMarketplaceDemo: ActivateMarketplaceDemoPayload;
  /** BX-2/BX-4: buys the marketplace subscription for 1, 3, 6 or 12 months. */
  buyMarketplaceSubscription: BuyMarketplaceSubscriptionPayload;
  /** An account admin buys paid-app options, or extends the subscription (PR-3, BX-7 resume). */
  buyPaidAppOptions: BuyPaidAppOptionsPayload;
  /** PC-1..PC-3, TR-1, TR-6: sets price and trial; every change is kept with its effective time. */
  changeAppPricing: ChangeAppPricingPayload;
  /** Admin: connects the account's LOYALTY install to its loyalty server, or changes the connection (TL-2). */
  connectLoyaltyApp: ConnectLoyaltyAppPayload;
  /** LC-2: a vendor creates a DRAFT app; the secret key is shown only here. */
  createApp: CreateAppPayload;
  /** A moderator adds a category (slug: lower-case latin letters, digits, dashes; never changes). */
  createCategory: CreateCategoryPayload;
  /** BX-8: an incoming webhook with chosen permissions (not on the free tariff, TR-4). */
  createIncomingWebhook: CreateIncomingWebhookPayload;
  /** BX-8: a private app of the caller’s account (admins; zone ru needs the subscription). */
  createLocalApp: CreateLocalAppPayload;
  /** Point of sale: creates a customer (POST /counterparty). */
  createLoyaltyCustomer: CreateLoyaltyCustomerPayload;
  /** Phone API: reports a call; idempotent on externalId. */
  createPhoneCall?: Maybe<CreatePhoneCallPayload>;
  /** A moderator registers a vendor; the alias is unique and never changes. */
  createVendor: CreateVendorPayload;
  /** Hosts: deactivates an account; its installs are suspended, data kept (SERVER apps: DELETE Suspend). */
  deactivateAccount: DeactivateAccountPayload;
  /** Hosts: deactivates a user: no app access, no user context. */
  deactivateUser: DeactivateUserPayload;
  /** BX-8: deletes a webhook; its token stops working within seconds (admins). */
  deleteIncomingWebhook: DeleteIncomingWebhookPayload;
  /** Admin: removes the connection of the LOYALTY install (TL-2); LOYALTY_NOT_CONFIGURED when it has none. */
  disconnectLoyaltyApp: DisconnectLoyaltyAppPayload;
  /** TX-1..TX-3: the vendor extends (or grants) its app's trial for one account, once. */
  extendTrial: ExtendTrialPayload;
  /** LC-3, LC-4: takes a free PUBLISHED app off the storefront (its vendor or a moderator). */
  hideApp: HideAppPayload;
  /** Installs an app on the caller’s account (BX-3, LC-3, TY-2, BX-9; billing decides the price). */
  installApp: InstallAppPayload;
  /** TL-1: a new Phone API token for a TELEPHONY install (admins; shown once, the previous one is revoked). */
  issuePhoneApiToken: IssuePhoneApiTokenPayload;
  /** SV-3: mints a user context key for an IFRAME or SERVER app. */
  openApp: OpenAppPayload;
  /** Hosts: creates or updates an account by the host’s id (zone, tariff, name); idempotent, audited. */
  provisionAccount: ProvisionAccountPayload;
  /** Hosts: creates or updates a user of one of its accounts (role, extension, active); idempotent, audited. */
  provisionUser: ProvisionUserPayload;
  /** LC-2: a moderator publishes a READY app. */
  publishApp: PublishAppPayload;
  /** Point of sale: the loyalty app's discounts for a sale (POST /retaildemand/recalc). */
  recalculateLoyaltySale: RecalculateLoyaltySalePayload;
  /** Point of sale: records a return (POST /retailsalesreturn). */
  recordLoyaltyReturn: RecordLoyaltyReturnPayload;
  /** Point of sale: records a sale (POST /retaildemand). */
  recordLoyaltySale: RecordLoyaltySalePayload;
  /** Phone API: a call event; SHOW, STARTTIME and HIDE need the employee (userId or extension). */
  recordPhoneCallEvent?: Maybe<RecordPhoneCallEventPayload>;
  /** A new secret key, shown only here; only while the app is DRAFT. */
  regenerateAppSecret: RegenerateAppSecretPayload;
  /** AR-3: consents to the app’s current permissions. */
  reinstallApp: ReinstallAppPayload;
  /** LC-2: a moderator sends a READY app back to DRAFT, saying why. */
  returnApp: ReturnAppPayload;
  /** Moderators: makes the account a developer account of the vendor (null unlinks it). */
  setDeveloperVendor: SetDeveloperVendorPayload;
  /** BX-3: lets every employee of the caller’s account install apps (admins only). */
  setEmployeesMayInstall: SetEmployeesMayInstallPayload;
  /** BX-6: which users may open the app; null for everyone. Admins only. */
  setInstallUsers: SetInstallUsersPayload;
  /** PR-4: a moderator changes the vendor share; accruals from now on use it, earlier ones keep theirs. */
  setVendorShare: SetVendorSharePayload;
  /** Puts a HIDDEN app back on the storefront (its vendor or a moderator). */
  showApp: ShowAppPayload;
  /** LC-2: the vendor submits a DRAFT for moderation (READY). */
  submitApp: SubmitAppPayload;
  /** Removes an install; its data is kept (AR-3, BX-7). */
  uninstallApp: UninstallAppPayload;
  /** Edits the app’s content (a vendor while DRAFT). The alias never changes. */
  updateApp: UpdateAppPayload;
  /** Phone API: updates a call found by id or external id. */
  updatePhoneCall?: Maybe<UpdatePhoneCallPayload>;
  /** The vendor’s public profile (description, website, support contacts, logo): the vendor itself, or a moderator naming vendorId. */
  updateVendorProfile: UpdateVendorProfilePayload;
  /** Uploads a new descriptor version (XML v2); a refused one stores nothing and names every problem with its element and line. */
  uploadAppDescriptor: UploadAppDescriptorPayload;
  /** Point of sale: checks a customer's registration code (POST /counterparty/verify). */
  verifyLoyaltyCustomer: VerifyLoyaltyCustomerPayload;
  /** Point of sale: checks the code that allows spending points (POST /retaildemand/verify). */
  verifyLoyaltySpend: VerifyLoyaltySpendPayload;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationActivateMarketplaceDemoArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationBuyMarketplaceSubscriptionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  periodMonths: Scalars['Int']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationBuyPaidAppOptionsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: BuyPaidAppOptionsInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationChangeAppPricingArgs = {
  appId: Scalars['ID']['input'];
  priceKopecks?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  trialDays?: InputMaybe<Scalars['Int']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationConnectLoyaltyAppArgs = {
  baseUrl: Scalars['String']['input'];
  installId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreateAppArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateAppInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreateCategoryArgs = {
  name: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreateIncomingWebhookArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<WebhookPermissionInput>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreateLocalAppArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreateLoyaltyCustomerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LoyaltyCustomerInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreatePhoneCallArgs = {
  input: CreateCallInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationCreateVendorArgs = {
  alias: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationDeactivateAccountArgs = {
  externalId: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationDeactivateUserArgs = {
  accountExternalId: Scalars['String']['input'];
  externalId: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationDeleteIncomingWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationDisconnectLoyaltyAppArgs = {
  installId: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationExtendTrialArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ExtendTrialInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationHideAppArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationInstallAppArgs = {
  appId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationIssuePhoneApiTokenArgs = {
  installId: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationOpenAppArgs = {
  installId: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationProvisionAccountArgs = {
  input: ProvisionAccountInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationProvisionUserArgs = {
  input: ProvisionUserInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationPublishAppArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationRecalculateLoyaltySaleArgs = {
  input: LoyaltySaleInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationRecordLoyaltyReturnArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LoyaltyReturnInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationRecordLoyaltySaleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LoyaltyRecordSaleInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationRecordPhoneCallEventArgs = {
  call: CallRefInput;
  event: CallCardEvent;
  extension?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationRegenerateAppSecretArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationReinstallAppArgs = {
  installId: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationReturnAppArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationSetDeveloperVendorArgs = {
  accountId: Scalars['ID']['input'];
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationSetEmployeesMayInstallArgs = {
  allowed: Scalars['Boolean']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationSetInstallUsersArgs = {
  installId: Scalars['ID']['input'];
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationSetVendorShareArgs = {
  basisPoints: Scalars['Int']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationShowAppArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationSubmitAppArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationUninstallAppArgs = {
  installId: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationUpdateAppArgs = {
  id: Scalars['ID']['input'];
  input: AppContentInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationUpdatePhoneCallArgs = {
  call: CallRefInput;
  input: UpdateCallInput;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationUpdateVendorProfileArgs = {
  input: VendorProfileInput;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationUploadAppDescriptorArgs = {
  appId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  xml: Scalars['String']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationVerifyLoyaltyCustomerArgs = {
  code: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};


/** What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success. */
export type MutationVerifyLoyaltySpendArgs = {
  bonusValueToSpend: Scalars['Int']['input'];
  code: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};

/** Why `openApp` refused, in `OpenAppUserError.code` (docs/ERRORS.md). */
export type OpenAppErrorCode =
  /** The app type lacks this capability, e.g. user context for TELEPHONY or LOYALTY (TY-3). */
  | 'CAPABILITY_NOT_SUPPORTED'
  /** The install is suspended until billing resumes it (TR-5, SV-1). */
  | 'INSTALL_SUSPENDED'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** SV-3: the app’s launch with a fresh user context key, or why not. */
export type OpenAppPayload = {
  __typename?: 'OpenAppPayload';
  /** What the UI opens the app with; null when refused. */
  launch?: Maybe<AppLaunch>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<OpenAppUserError>;
};

/** A refusal of `openApp` a form can show next to its field. */
export type OpenAppUserError = {
  __typename?: 'OpenAppUserError';
  /** What is wrong, for code. */
  code: OpenAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Where a page of a connection stands in its list (Relay): whether more items follow or precede it, and the cursors to reach them. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, to pass as `after` for the next one; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items follow this page: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (it was asked for after a cursor). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** PR-3: the account’s paid-app options now (one option pays 500 RUB of monthly app price): bought, taken and left. */
export type PaidAppOptions = {
  __typename?: 'PaidAppOptions';
  /** Options left for further paid apps: total minus used, never below 0. When a trial ends, the app goes on PAID only if these cover its price (TR-5). */
  free: Scalars['Int']['output'];
  /** Options in the account's subscription periods running now. */
  total: Scalars['Int']['output'];
  /** Options taken by installs that are PAID now. */
  used: Scalars['Int']['output'];
};

/** AR-1: an operation a custom access level allows on an entity, document or report. */
export type PermissionOperation =
  /** Approve them. */
  | 'APPROVE'
  /** Create new ones. */
  | 'CREATE'
  /** Delete them. */
  | 'DELETE'
  /** Print them. */
  | 'PRINT'
  /** Change existing ones. */
  | 'UPDATE'
  /** Read it. */
  | 'VIEW';

/** A price: an amount for a period of whole months (an app’s list price is per month). */
export type Price = {
  __typename?: 'Price';
  /** What the whole period costs. */
  amount: Money;
  /** The months the amount pays for: 1 for a monthly price; 3, 6 or 12 for a subscription bought ahead. */
  periodMonths: Scalars['Int']['output'];
};

/** Why `provisionAccount` refused, in `ProvisionAccountUserError.code` (docs/ERRORS.md). */
export type ProvisionAccountErrorCode =
  /** A provisioning field is out of bounds: external ids 1–200 characters, names 1–200, e-mail as an address, tariff 1–64 capitals/digits/underscores, extension 1–16 digits. */
  | 'PROVISIONING_INPUT_INVALID';

/** An account as the host platform has it; created or updated by (host, externalId). */
export type ProvisionAccountInput = {
  /** The host's own id of the account (1–200 characters); the same id always means the same account. */
  externalId: Scalars['String']['input'];
  /** 1–200 characters. */
  name: Scalars['String']['input'];
  /** The account tariff, e.g. FREE, BASIC, PROFESSIONAL (capitals, digits, underscores; BX-9, TR-4). */
  tariff: Scalars['String']['input'];
  /** BX-9: the tariff zone. */
  zone: Zone;
};

/** The host’s account as created or updated, or why not. */
export type ProvisionAccountPayload = {
  __typename?: 'ProvisionAccountPayload';
  /** The account; null when refused. */
  account?: Maybe<HostAccount>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ProvisionAccountUserError>;
};

/** A refusal of `provisionAccount` a form can show next to its field. */
export type ProvisionAccountUserError = {
  __typename?: 'ProvisionAccountUserError';
  /** What is wrong, for code. */
  code: ProvisionAccountErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `provisionUser` refused, in `ProvisionUserUserError.code` (docs/ERRORS.md). */
export type ProvisionUserErrorCode =
  /** The host has no account with this external id (a host sees only the accounts it provisioned). */
  | 'HOST_ACCOUNT_NOT_FOUND'
  /** A provisioning field is out of bounds: external ids 1–200 characters, names 1–200, e-mail as an address, tariff 1–64 capitals/digits/underscores, extension 1–16 digits. */
  | 'PROVISIONING_INPUT_INVALID';

/** A user of a provisioned account; created or updated by (account, externalId). */
export type ProvisionUserInput = {
  /** The host's id of the user's account. */
  accountExternalId: Scalars['String']['input'];
  /** false deactivates the user (no app access, no user context); true brings it back. */
  active?: Scalars['Boolean']['input'];
  /** An e-mail address, at most 320 characters. */
  email: Scalars['String']['input'];
  /** Internal phone extension, 1–16 digits (Phone API employee lookup); null removes it. */
  extension?: InputMaybe<Scalars['String']['input']>;
  /** The host's own id of the user (1–200 characters). */
  externalId: Scalars['String']['input'];
  /** 1–200 characters. */
  fullName: Scalars['String']['input'];
  /** ADMIN or EMPLOYEE (BX-3). */
  role: UserRole;
};

/** The host’s user as created or updated, or why not. */
export type ProvisionUserPayload = {
  __typename?: 'ProvisionUserPayload';
  /** The user; null when refused. */
  user?: Maybe<HostUser>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ProvisionUserUserError>;
};

/** A refusal of `provisionUser` a form can show next to its field. */
export type ProvisionUserUserError = {
  __typename?: 'ProvisionUserUserError';
  /** What is wrong, for code. */
  code: ProvisionUserErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `publishApp` refused, in `PublishAppUserError.code` (docs/ERRORS.md). */
export type PublishAppErrorCode =
  /** Only a READY app can be published or returned by a moderator (LC-2). */
  | 'APP_NOT_READY'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** LC-2: the app published; or why not. */
export type PublishAppPayload = {
  __typename?: 'PublishAppPayload';
  /** The app in its new status; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<PublishAppUserError>;
};

/** A refusal of `publishApp` a form can show next to its field. */
export type PublishAppUserError = {
  __typename?: 'PublishAppUserError';
  /** What is wrong, for code. */
  code: PublishAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type Query = {
  __typename?: 'Query';
  /** An account by id: the caller's own, or any for moderators. */
  account?: Maybe<Account>;
  /** Accounts by name: a user's, an app's or a webhook's own account, every account for moderators. */
  accounts?: Maybe<AccountConnection>;
  /** One app by id (internal and moderation use; the storefront card is storefrontApp). Moderators and services see every app, a vendor its own and PUBLISHED ones, an account or app PUBLISHED ones (an app also its own); any other answers NOT_FOUND. */
  app?: Maybe<App>;
  /** DL-2..DL-4: the card a direct link points to (the link as App.directLink gives it, or the full URL). */
  appByLink?: Maybe<App>;
  /** Apps the caller may see (as for app(id)), newest first, Relay-paginated both ways. */
  apps?: Maybe<AppConnection>;
  /** A call by id: one of the caller's account (every account for moderators). Another account's call is NOT_FOUND, like a missing one (DL-3). Needs VIEW on phonecall. */
  call?: Maybe<Call>;
  /** The storefront’s categories in display order, each with how many apps the caller can see in it (at most 200). */
  categories?: Maybe<Array<Category>>;
  /** Open call cards of an employee: a user sees their own (an admin anyone's in the account); the TELEPHONY app names the employee. */
  currentCallCards?: Maybe<Array<CallCard>>;
  /** App tokens: the install the token belongs to, with its app and frozen permissions (AR-2); null for every other caller. */
  currentInstallation?: Maybe<CurrentInstallation>;
  /** Hosts: one of the calling host’s accounts by its external id. */
  hostAccount?: Maybe<HostAccount>;
  /** An install by id: one of the caller's account (every account for moderators). Another account's install is NOT_FOUND, like a missing one (DL-3). Needs VIEW on install. */
  install?: Maybe<Install>;
  /** Point of sale: the customer's bonus balance (POST /counterparty/detail). */
  loyaltyBalance?: Maybe<LoyaltyBalance>;
  /** Point of sale: finds customers in the loyalty app (GET /counterparty), at most `first` of them (the app’s API has no cursor). */
  loyaltyCustomers?: Maybe<Array<LoyaltyCustomer>>;
  /** Point of sale: a gift card by its name (GET /giftcard). */
  loyaltyGiftCard?: Maybe<LoyaltyGiftCard>;
  /** BX-2, BX-4: what the marketplace subscription costs for each period it is sold for. */
  marketplaceSubscriptionPrices?: Maybe<Array<MarketplaceSubscriptionPrice>>;
  /** Vendor cabinet: the calling vendor's revenue in a month. */
  myVendorRevenue?: Maybe<VendorRevenue>;
  /** Phone API: the account's call history, newest first, Relay-paginated both ways. */
  phoneCalls?: Maybe<CallConnection>;
  /** Phone API: the employee with this extension (a User, resolved by accounts). */
  phoneEmployee?: Maybe<User>;
  /** The storefront: search, block, category and free filters, sorted, Relay-paginated both ways (last/before walks the same order back). */
  storefront?: Maybe<AppConnection>;
  /** The storefront card by appUid (`<appAlias>.<vendorAlias>`). */
  storefrontApp?: Maybe<App>;
  /** Facets of a storefront search: with the same filters as storefront, how many apps it finds by type, free/paid and category (DL-5: admins). */
  storefrontFacets?: Maybe<StorefrontFacets>;
  /** PR-3: the periods a subscription is bought for and their discounts. */
  subscriptionPrices?: Maybe<Array<SubscriptionPrice>>;
  /** One vendor’s public profile by id; an unknown id answers NOT_FOUND. */
  vendor?: Maybe<Vendor>;
  /** One app in the cabinet; another vendor’s app is NOT_FOUND. */
  vendorApp?: Maybe<App>;
  /** The caller’s apps (vendor), or every app (moderator), newest first, Relay-paginated both ways. */
  vendorApps?: Maybe<AppConnection>;
  /**
   * Moderators: every vendor's revenue in a month (or one vendor's).
   * @deprecated Unbounded: use vendorRevenuesConnection (or vendorId here).
   */
  vendorRevenues?: Maybe<Array<VendorRevenue>>;
  /** Moderators: every vendor’s revenue in a month, by vendor id, Relay-paginated. */
  vendorRevenuesConnection?: Maybe<VendorRevenueConnection>;
  /** PR-4: the vendor’s share of the list price, in basis points (7500 = 75 %). */
  vendorShareBasisPoints?: Maybe<Scalars['Int']['output']>;
  /**
   * Every vendor, in one unbounded list.
   * @deprecated Unbounded: use vendorsConnection.
   */
  vendors?: Maybe<Array<Vendor>>;
  /** Vendors by name, Relay-paginated. */
  vendorsConnection?: Maybe<VendorConnection>;
  /** The caller: account, user, role and rights; a vendor its vendor; an app token its installation. */
  viewer?: Maybe<Viewer>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryAppArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryAppByLinkArgs = {
  link: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AppStatus>;
  type?: InputMaybe<AppType>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryCurrentCallCardsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryHostAccountArgs = {
  externalId: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryInstallArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryLoyaltyBalanceArgs = {
  customerId: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryLoyaltyCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  retailStoreId?: InputMaybe<Scalars['ID']['input']>;
  search: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryLoyaltyGiftCardArgs = {
  name: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryMyVendorRevenueArgs = {
  month: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryPhoneCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryPhoneEmployeeArgs = {
  extension: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryStorefrontArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  block?: InputMaybe<StorefrontBlock>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<StorefrontSort>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryStorefrontAppArgs = {
  appUid: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryStorefrontFacetsArgs = {
  block?: InputMaybe<StorefrontBlock>;
  category?: InputMaybe<Scalars['String']['input']>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryVendorArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryVendorAppArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryVendorAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AppStatus>;
  type?: InputMaybe<AppType>;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryVendorRevenuesArgs = {
  month: Scalars['String']['input'];
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryVendorRevenuesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


/** What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer). */
export type QueryVendorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Why `recalculateLoyaltySale` refused, in `RecalculateLoyaltySaleUserError.code` (docs/ERRORS.md). */
export type RecalculateLoyaltySaleErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED'
  /** TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`. */
  | 'LOYALTY_REQUEST_REJECTED';

/** TL-2: the loyalty app's discounts for a sale; or why not. */
export type RecalculateLoyaltySalePayload = {
  __typename?: 'RecalculateLoyaltySalePayload';
  /** The discounts and points; null when refused. */
  calculation?: Maybe<LoyaltySaleCalculation>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<RecalculateLoyaltySaleUserError>;
};

/** A refusal of `recalculateLoyaltySale` a form can show next to its field. */
export type RecalculateLoyaltySaleUserError = {
  __typename?: 'RecalculateLoyaltySaleUserError';
  /** What is wrong, for code. */
  code: RecalculateLoyaltySaleErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `recordLoyaltyReturn` refused, in `RecordLoyaltyReturnUserError.code` (docs/ERRORS.md). */
export type RecordLoyaltyReturnErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED'
  /** TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`. */
  | 'LOYALTY_REQUEST_REJECTED';

/** TL-2: the return the loyalty app recorded; or why not. */
export type RecordLoyaltyReturnPayload = {
  __typename?: 'RecordLoyaltyReturnPayload';
  /** The return recorded, as sent; null when refused. */
  salesReturn?: Maybe<RecordedLoyaltyReturn>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<RecordLoyaltyReturnUserError>;
};

/** A refusal of `recordLoyaltyReturn` a form can show next to its field. */
export type RecordLoyaltyReturnUserError = {
  __typename?: 'RecordLoyaltyReturnUserError';
  /** What is wrong, for code. */
  code: RecordLoyaltyReturnErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `recordLoyaltySale` refused, in `RecordLoyaltySaleUserError.code` (docs/ERRORS.md). */
export type RecordLoyaltySaleErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED'
  /** TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`. */
  | 'LOYALTY_REQUEST_REJECTED';

/** TL-2: the sale the loyalty app recorded; or why not. */
export type RecordLoyaltySalePayload = {
  __typename?: 'RecordLoyaltySalePayload';
  /** The sale recorded, as sent; null when refused. */
  sale?: Maybe<RecordedLoyaltySale>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<RecordLoyaltySaleUserError>;
};

/** A refusal of `recordLoyaltySale` a form can show next to its field. */
export type RecordLoyaltySaleUserError = {
  __typename?: 'RecordLoyaltySaleUserError';
  /** What is wrong, for code. */
  code: RecordLoyaltySaleErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `recordPhoneCallEvent` refused, in `RecordPhoneCallEventUserError.code` (docs/ERRORS.md). */
export type RecordPhoneCallEventErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** TL-1: no such call in the caller's account (another account's call answers the same). */
  | 'CALL_NOT_FOUND'
  /** TL-1: no employee of the account has that id or extension. */
  | 'EMPLOYEE_NOT_FOUND';

/** TL-1: the call cards the event opened, updated or closed; or why not. */
export type RecordPhoneCallEventPayload = {
  __typename?: 'RecordPhoneCallEventPayload';
  /** The cards changed, one per employee concerned; null when refused. */
  changes?: Maybe<Array<CallCardChange>>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<RecordPhoneCallEventUserError>;
};

/** A refusal of `recordPhoneCallEvent` a form can show next to its field. */
export type RecordPhoneCallEventUserError = {
  __typename?: 'RecordPhoneCallEventUserError';
  /** What is wrong, for code. */
  code: RecordPhoneCallEventErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** A return the loyalty app recorded (POST /retailsalesreturn), as it was sent. */
export type RecordedLoyaltyReturn = {
  __typename?: 'RecordedLoyaltyReturn';
  /** The customer who returned the goods; null when not named. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The retail store the return was made in. */
  retailStoreId: Scalars['ID']['output'];
  /** The sale the goods were returned from. */
  saleId: Scalars['ID']['output'];
};

/** A sale the loyalty app recorded (POST /retaildemand), as it was sent. */
export type RecordedLoyaltySale = {
  __typename?: 'RecordedLoyaltySale';
  /** The bonus points spent on the sale (0 when none). */
  bonusValueToSpend: Scalars['Int']['output'];
  /** The customer the sale was made to; null for an anonymous sale. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The retail store the sale was made in. */
  retailStoreId: Scalars['ID']['output'];
  /** The sale's (retail demand's) id, for returns and the audit. */
  saleId: Scalars['ID']['output'];
};

/** Why `regenerateAppSecret` refused, in `RegenerateAppSecretUserError.code` (docs/ERRORS.md). */
export type RegenerateAppSecretErrorCode =
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** The secret key is regenerated only while the app is DRAFT. */
  | 'SECRET_REGENERATION_NOT_ALLOWED';

/** The app’s new secret key, which is shown only this once; or why not. */
export type RegenerateAppSecretPayload = {
  __typename?: 'RegenerateAppSecretPayload';
  /** The new secret key (installs are signed with it from now on), shown only here; null when refused. */
  secretKey?: Maybe<Scalars['String']['output']>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<RegenerateAppSecretUserError>;
};

/** A refusal of `regenerateAppSecret` a form can show next to its field. */
export type RegenerateAppSecretUserError = {
  __typename?: 'RegenerateAppSecretUserError';
  /** What is wrong, for code. */
  code: RegenerateAppSecretErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `reinstallApp` refused, in `ReinstallAppUserError.code` (docs/ERRORS.md). */
export type ReinstallAppErrorCode =
  /** The app does not exist or is not visible to this account (LC-3, DL-3: one answer for both). */
  | 'APP_NOT_FOUND'
  /** LOYALTY apps cannot be debugged on a developer account (TY-3, TY-4). */
  | 'DEBUG_NOT_SUPPORTED_FOR_TYPE'
  /** The install was removed: install the app again first (AR-3; accounts for app operations, telephony-loyalty for connecting a LOYALTY app, TL-2). */
  | 'INSTALL_NOT_LIVE'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** AR-3: the install with the app’s current permissions, or why not. */
export type ReinstallAppPayload = {
  __typename?: 'ReinstallAppPayload';
  /** The install with its new permissions; null when refused. */
  install?: Maybe<Install>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ReinstallAppUserError>;
};

/** A refusal of `reinstallApp` a form can show next to its field. */
export type ReinstallAppUserError = {
  __typename?: 'ReinstallAppUserError';
  /** What is wrong, for code. */
  code: ReinstallAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `returnApp` refused, in `ReturnAppUserError.code` (docs/ERRORS.md). */
export type ReturnAppErrorCode =
  /** Only a READY app can be published or returned by a moderator (LC-2). */
  | 'APP_NOT_READY'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** A moderator returning an app must say why (LC-2). */
  | 'RETURN_REASON_REQUIRED';

/** LC-2: the app returned to DRAFT; or why not. */
export type ReturnAppPayload = {
  __typename?: 'ReturnAppPayload';
  /** The app in its new status; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ReturnAppUserError>;
};

/** A refusal of `returnApp` a form can show next to its field. */
export type ReturnAppUserError = {
  __typename?: 'ReturnAppUserError';
  /** What is wrong, for code. */
  code: ReturnAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `setDeveloperVendor` refused, in `SetDeveloperVendorUserError.code` (docs/ERRORS.md). */
export type SetDeveloperVendorErrorCode =
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** setDeveloperVendor names a vendor the catalog does not have (asked before anything is stored). */
  | 'VENDOR_NOT_FOUND';

/** LC-2, TY-3: the account linked to the vendor as its developer account (or unlinked), or why not. */
export type SetDeveloperVendorPayload = {
  __typename?: 'SetDeveloperVendorPayload';
  /** The account; null when refused. */
  account?: Maybe<Account>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<SetDeveloperVendorUserError>;
};

/** A refusal of `setDeveloperVendor` a form can show next to its field. */
export type SetDeveloperVendorUserError = {
  __typename?: 'SetDeveloperVendorUserError';
  /** What is wrong, for code. */
  code: SetDeveloperVendorErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `setEmployeesMayInstall` refused, in `SetEmployeesMayInstallUserError.code` (docs/ERRORS.md). */
export type SetEmployeesMayInstallErrorCode =
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** BX-3: the account with its new install rights, or why not. */
export type SetEmployeesMayInstallPayload = {
  __typename?: 'SetEmployeesMayInstallPayload';
  /** The account; null when refused. */
  account?: Maybe<Account>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<SetEmployeesMayInstallUserError>;
};

/** A refusal of `setEmployeesMayInstall` a form can show next to its field. */
export type SetEmployeesMayInstallUserError = {
  __typename?: 'SetEmployeesMayInstallUserError';
  /** What is wrong, for code. */
  code: SetEmployeesMayInstallErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `setInstallUsers` refused, in `SetInstallUsersUserError.code` (docs/ERRORS.md). */
export type SetInstallUsersErrorCode =
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** A user named in the access list does not belong to the install’s account (BX-6). */
  | 'USER_NOT_IN_ACCOUNT';

/** BX-6: the install with its new access list, or why not (each unknown user at its place in `userIds`). */
export type SetInstallUsersPayload = {
  __typename?: 'SetInstallUsersPayload';
  /** The install; null when refused. */
  install?: Maybe<Install>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<SetInstallUsersUserError>;
};

/** A refusal of `setInstallUsers` a form can show next to its field. */
export type SetInstallUsersUserError = {
  __typename?: 'SetInstallUsersUserError';
  /** What is wrong, for code. */
  code: SetInstallUsersErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `setVendorShare` refused, in `SetVendorShareUserError.code` (docs/ERRORS.md). */
export type SetVendorShareErrorCode =
  /** PR-4: the vendor share is between 0 and 100 % (0–10000 basis points). */
  | 'INVALID_VENDOR_SHARE';

/** PR-4: the vendor share now in force; or why it was not changed. */
export type SetVendorSharePayload = {
  __typename?: 'SetVendorSharePayload';
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<SetVendorShareUserError>;
  /** The vendor’s share of the list price now, in basis points (7500 = 75 %); null when refused. */
  vendorShareBasisPoints?: Maybe<Scalars['Int']['output']>;
};

/** A refusal of `setVendorShare` a form can show next to its field. */
export type SetVendorShareUserError = {
  __typename?: 'SetVendorShareUserError';
  /** What is wrong, for code. */
  code: SetVendorShareErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `showApp` refused, in `ShowAppUserError.code` (docs/ERRORS.md). */
export type ShowAppErrorCode =
  /** Only a HIDDEN app can be shown again. */
  | 'APP_NOT_HIDDEN'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** The app back on the storefront (PUBLISHED); or why not. */
export type ShowAppPayload = {
  __typename?: 'ShowAppPayload';
  /** The app in its new status; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<ShowAppUserError>;
};

/** A refusal of `showApp` a form can show next to its field. */
export type ShowAppUserError = {
  __typename?: 'ShowAppUserError';
  /** What is wrong, for code. */
  code: ShowAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** TY-3: the storefront block of an app type. */
export type StorefrontBlock =
  /** Telephony apps (TELEPHONY). */
  | 'CALLS'
  /** Loyalty apps (LOYALTY). */
  | 'DISCOUNTS'
  /** IFRAME and SERVER apps. */
  | 'NEW';

/** Counts of the apps the current storefront search finds (every filter applied), by type, price and category. */
export type StorefrontFacets = {
  __typename?: 'StorefrontFacets';
  /** By category, largest first (an app counts in each of its categories). */
  categories: Array<CategoryFacet>;
  /** Free apps (PR-1, BX-1). */
  free: Scalars['Int']['output'];
  /** Paid apps. */
  paid: Scalars['Int']['output'];
  /** Apps the search finds. */
  totalCount: Scalars['Int']['output'];
  /** By type, largest first. */
  types: Array<AppTypeFacet>;
};

/** RELEVANCE (default with a search), NEWEST (default without), POPULARITY (live installs). */
export type StorefrontSort =
  /** Most recently published first (the default without a search). */
  | 'NEWEST'
  /** Most live installs first. */
  | 'POPULARITY'
  /** Best match of the search first (the default with a search); without a search it sorts as POPULARITY. */
  | 'RELEVANCE';

/** Why `submitApp` refused, in `SubmitAppUserError.code` (docs/ERRORS.md). */
export type SubmitAppErrorCode =
  /** Only a DRAFT app can be submitted for moderation (LC-2). */
  | 'APP_NOT_DRAFT'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** LC-2: the app submitted for moderation (READY); or why not. */
export type SubmitAppPayload = {
  __typename?: 'SubmitAppPayload';
  /** The app in its new status; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<SubmitAppUserError>;
};

/** A refusal of `submitApp` a form can show next to its field. */
export type SubmitAppUserError = {
  __typename?: 'SubmitAppUserError';
  /** What is wrong, for code. */
  code: SubmitAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** PR-3: one period of an account’s subscription: the paid-app options bought for it, its months, dates and price. */
export type SubscriptionPeriod = {
  __typename?: 'SubscriptionPeriod';
  /** The discount for paying periodMonths ahead, in percent (PR-3). */
  discountPercent: Scalars['Int']['output'];
  /** When the period ends; paid installs it alone covered are suspended then, their data kept (BX-7). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** The period’s id. */
  id: Scalars['ID']['output'];
  /** Options × 500 RUB × months, before the discount. */
  listPrice: Money;
  /**
   * Options × 500 RUB × months, before the discount, in kopecks.
   * @deprecated Use listPrice (Money: a SafeInt amount with its currency).
   */
  listPriceKopecks: Scalars['Int']['output'];
  /** What the account paid, after the period discount. */
  paid: Money;
  /** Paid-app options bought for the period; each pays 500 RUB of monthly app price (PR-3). */
  paidAppOptions: Scalars['Int']['output'];
  /**
   * What the account paid, after the period discount, in kopecks.
   * @deprecated Use paid (Money: a SafeInt amount with its currency).
   */
  paidKopecks: Scalars['Int']['output'];
  /** How many months were paid ahead: 1, 3, 6 or 12. */
  periodMonths: Scalars['Int']['output'];
  /** When the account admin bought it; null when no purchase is on record. */
  purchasedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the period starts. */
  startsAt: Scalars['DateTimeISO']['output'];
};

/** A page of SubscriptionPeriod items (Relay); totalCount counts every item of the list. */
export type SubscriptionPeriodConnection = {
  __typename?: 'SubscriptionPeriodConnection';
  /** The items of this page, in the list's order. */
  edges: Array<SubscriptionPeriodEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One SubscriptionPeriod of a page, with its cursor. */
export type SubscriptionPeriodEdge = {
  __typename?: 'SubscriptionPeriodEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The SubscriptionPeriod. */
  node: SubscriptionPeriod;
};

/** PR-3: one period a subscription can be bought for, with its discount on paid-app options. */
export type SubscriptionPrice = {
  __typename?: 'SubscriptionPrice';
  /** The discount for paying that far ahead, in percent of the list price. */
  discountPercent: Scalars['Int']['output'];
  /**
   * The list price of one paid-app option per month (500 RUB), in kopecks, before the discount.
   * @deprecated Use optionMonthlyPrice (Money: a SafeInt amount with its currency).
   */
  optionMonthlyKopecks: Scalars['Int']['output'];
  /** What one paid-app option costs a month, before the period discount (PR-3). */
  optionMonthlyPrice: Money;
  /** How many months ahead: 1, 3, 6 or 12. */
  periodMonths: Scalars['Int']['output'];
};

/** TX-1, TX-2: a trial extended (or granted) once for one account and app. */
export type TrialExtension = {
  __typename?: 'TrialExtension';
  /** The account the trial was extended for. */
  accountId: Scalars['ID']['output'];
  /** The app whose trial was extended. */
  appId: Scalars['ID']['output'];
  /** TX-2: when the extension was confirmed; it runs from this moment. */
  confirmedAt: Scalars['DateTimeISO']['output'];
  /** The install whose trial was extended; null when the account has not installed the app yet. */
  installId?: Maybe<Scalars['ID']['output']>;
  /** TX-2: confirmedAt plus the days granted; the trial ends then (it is never shortened, TX-3). */
  trialEndsAt: Scalars['DateTimeISO']['output'];
};

/** Why `uninstallApp` refused, in `UninstallAppUserError.code` (docs/ERRORS.md). */
export type UninstallAppErrorCode =
  /** The install was removed: install the app again first (AR-3; accounts for app operations, telephony-loyalty for connecting a LOYALTY app, TL-2). */
  | 'INSTALL_NOT_LIVE'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** The removed install, its data kept (AR-3, BX-7), or why not. */
export type UninstallAppPayload = {
  __typename?: 'UninstallAppPayload';
  /** The install, now UNINSTALLED; null when refused. */
  install?: Maybe<Install>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<UninstallAppUserError>;
};

/** A refusal of `uninstallApp` a form can show next to its field. */
export type UninstallAppUserError = {
  __typename?: 'UninstallAppUserError';
  /** What is wrong, for code. */
  code: UninstallAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `updateApp` refused, in `UpdateAppUserError.code` (docs/ERRORS.md). */
export type UpdateAppErrorCode =
  /** A vendor edits its app only while it is DRAFT (LC-2); a moderator returns it first. */
  | 'APP_NOT_EDITABLE'
  /** An app URL field (iconUrl) is not an https URL of a public host of at most 2048 characters. */
  | 'APP_URL_INVALID'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** An app names a category the catalog does not have; the categories query lists them (`unknown` names the others). */
  | 'UNKNOWN_CATEGORY';

/** The app with its content edited; or why not. */
export type UpdateAppPayload = {
  __typename?: 'UpdateAppPayload';
  /** The edited app; null when refused. */
  app?: Maybe<App>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<UpdateAppUserError>;
};

/** A refusal of `updateApp` a form can show next to its field. */
export type UpdateAppUserError = {
  __typename?: 'UpdateAppUserError';
  /** What is wrong, for code. */
  code: UpdateAppErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** TL-1: what the TELEPHONY app reports about a call it already reported; omitted fields stay as they are. */
export type UpdateCallInput = {
  /** How long the talk lasted, in whole seconds (0 or more). */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The employee who took or made the call, by extension. */
  extension?: InputMaybe<Scalars['String']['input']>;
  /** The call’s new status. */
  status?: InputMaybe<CallStatus>;
  /** The employee who took or made the call, by id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why `updatePhoneCall` refused, in `UpdatePhoneCallUserError.code` (docs/ERRORS.md). */
export type UpdatePhoneCallErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** TL-1: no such call in the caller's account (another account's call answers the same). */
  | 'CALL_NOT_FOUND'
  /** TL-1: no employee of the account has that id or extension. */
  | 'EMPLOYEE_NOT_FOUND';

/** TL-1: the call after the update; or why not. */
export type UpdatePhoneCallPayload = {
  __typename?: 'UpdatePhoneCallPayload';
  /** The call as updated; null when refused. */
  call?: Maybe<Call>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<UpdatePhoneCallUserError>;
};

/** A refusal of `updatePhoneCall` a form can show next to its field. */
export type UpdatePhoneCallUserError = {
  __typename?: 'UpdatePhoneCallUserError';
  /** What is wrong, for code. */
  code: UpdatePhoneCallErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `updateVendorProfile` refused, in `UpdateVendorProfileUserError.code` (docs/ERRORS.md). */
export type UpdateVendorProfileErrorCode =
  /** The input is malformed or violates a field constraint (a variable, an argument, a REST body). */
  | 'BAD_USER_INPUT'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND'
  /** A vendor profile field is out of bounds: description at most 2000 characters, https URLs on public hosts (at most 500), an e-mail address, a phone of 3 to 32 digits, spaces, +, -, ( or ). */
  | 'VENDOR_PROFILE_INVALID';

/** The vendor with its profile edited; or every field the profile refuses. */
export type UpdateVendorProfilePayload = {
  __typename?: 'UpdateVendorProfilePayload';
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<UpdateVendorProfileUserError>;
  /** The vendor with its new profile; null when refused. */
  vendor?: Maybe<Vendor>;
};

/** A refusal of `updateVendorProfile` a form can show next to its field. */
export type UpdateVendorProfileUserError = {
  __typename?: 'UpdateVendorProfileUserError';
  /** What is wrong, for code. */
  code: UpdateVendorProfileErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `uploadAppDescriptor` refused, in `UploadAppDescriptorUserError.code` (docs/ERRORS.md). */
export type UploadAppDescriptorErrorCode =
  /** Descriptors may not contain a DOCTYPE or entity declarations (no DTD, no external entities). */
  | 'DESCRIPTOR_DTD_FORBIDDEN'
  /** A block that may appear once appears more than once. */
  | 'DESCRIPTOR_DUPLICATE_ELEMENT'
  /** A block the app type may not have (TY-3: widgets and vendorApi only for SERVER, …). */
  | 'DESCRIPTOR_FORBIDDEN_ELEMENT'
  /** An element or attribute holds a value the format does not allow (scope, URL, iframe type). */
  | 'DESCRIPTOR_INVALID_VALUE'
  /** The descriptor is not well-formed XML. */
  | 'DESCRIPTOR_MALFORMED'
  /** A block or value required for the app type is missing (vendorApi for SERVER, loyaltyApi for LOYALTY, …). */
  | 'DESCRIPTOR_MISSING_ELEMENT'
  /** An entity that allows delete must also allow update. */
  | 'DESCRIPTOR_PERMISSION_DELETE_REQUIRES_UPDATE'
  /** An entity with any operation must also allow view. */
  | 'DESCRIPTOR_PERMISSION_VIEW_REQUIRED'
  /** The descriptor is larger than the size limit (64 KiB). */
  | 'DESCRIPTOR_TOO_LARGE'
  /** An element the descriptor v2 format does not know, where it stands. */
  | 'DESCRIPTOR_UNKNOWN_ELEMENT'
  /** AR-1: access/permissions names an entity the platform does not know; `knownEntities` lists those it does (docs/permissions.md). */
  | 'DESCRIPTOR_UNKNOWN_ENTITY'
  /** The endpointBase names a loopback, private, link-local, multicast, reserved or unspecified address (any notation) or a local-only host name: our servers would call it. */
  | 'DESCRIPTOR_URL_FORBIDDEN_HOST'
  /** A descriptor URL (endpointBase, iframe or widget sourceUrl) is not https (plain http only where EGRESS_ALLOW_HTTP is on). */
  | 'DESCRIPTOR_URL_NOT_HTTPS'
  /** The root element is not ServerApplication in the descriptor v2 namespace. */
  | 'DESCRIPTOR_WRONG_ROOT'
  /** The idempotencyKey was used by this caller for another request (another operation or other input) within the retention period; nothing is done. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The object does not exist or is not visible to the caller (DL-3: the same answer); also an unknown HTTP route. */
  | 'NOT_FOUND';

/** The new descriptor version; or every problem of the refused one, each at `["xml"]` with the element and its line in the message (nothing is stored). */
export type UploadAppDescriptorPayload = {
  __typename?: 'UploadAppDescriptorPayload';
  /** The new descriptor version; null when refused. */
  descriptor?: Maybe<AppDescriptor>;
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<UploadAppDescriptorUserError>;
};

/** A refusal of `uploadAppDescriptor` a form can show next to its field. */
export type UploadAppDescriptorUserError = {
  __typename?: 'UploadAppDescriptorUserError';
  /** What is wrong, for code. */
  code: UploadAppDescriptorErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** An employee of an account. An entity: other subgraphs name a user by id (a call’s user, the Phone API’s employee lookup) and this subgraph resolves it for callers of the same account. */
export type User = {
  __typename?: 'User';
  /** When the user was provisioned on the marketplace. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the host deactivated the user (no app access, no user context). */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The employee’s e-mail address. */
  email: Scalars['String']['output'];
  /** Internal phone extension (Phone API employee lookup). */
  extension?: Maybe<Scalars['String']['output']>;
  /** The employee’s full name. */
  fullName: Scalars['String']['output'];
  /** The user’s id. */
  id: Scalars['ID']['output'];
  /** ADMIN or EMPLOYEE: only admins install apps unless the account allows every employee (BX-3). */
  role: UserRole;
};

/** A page of User items (Relay); totalCount counts every item of the list. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page, in the list's order. */
  edges: Array<UserEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One User of a page, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** A user’s role in its account (BX-3). */
export type UserRole =
  /** An administrator: installs and manages apps, and sets who else may (BX-3). */
  | 'ADMIN'
  /** Any other employee: installs apps only where the account allows every employee to (BX-3). */
  | 'EMPLOYEE';

/** A company that publishes apps on the marketplace: its public profile and its apps. */
export type Vendor = {
  __typename?: 'Vendor';
  /** Unique, never changes; the second half of every appUid. */
  alias: Scalars['String']['output'];
  /** The vendor’s apps, newest first: PUBLISHED ones; every status for the vendor itself and moderators. One statement for a whole list of vendors. */
  apps: VendorAppConnection;
  /** When the vendor was registered on the marketplace. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The vendor’s public profile: who they are (at most 2000 characters). */
  description: Scalars['String']['output'];
  /** The vendor’s id; fetch it again with vendor(id:). */
  id: Scalars['ID']['output'];
  /** The vendor’s logo (https). */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** The vendor’s display name (vendorsConnection sorts by it). */
  name: Scalars['String']['output'];
  /** Where customers write for support. */
  supportEmail?: Maybe<Scalars['String']['output']>;
  /** Support phone number, as the vendor writes it. */
  supportPhone?: Maybe<Scalars['String']['output']>;
  /** The vendor’s website (https). */
  websiteUrl?: Maybe<Scalars['String']['output']>;
};


/** A company that publishes apps on the marketplace: its public profile and its apps. */
export type VendorAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AppStatus>;
};

/** A page of VendorApp items (Relay); totalCount counts every item of the list. */
export type VendorAppConnection = {
  __typename?: 'VendorAppConnection';
  /** The items of this page, in the list's order. */
  edges: Array<VendorAppEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One VendorApp of a page, with its cursor. */
export type VendorAppEdge = {
  __typename?: 'VendorAppEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The VendorApp. */
  node: App;
};

/** A page of Vendor items (Relay); totalCount counts every item of the list. */
export type VendorConnection = {
  __typename?: 'VendorConnection';
  /** The items of this page, in the list's order. */
  edges: Array<VendorEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One Vendor of a page, with its cursor. */
export type VendorEdge = {
  __typename?: 'VendorEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The Vendor. */
  node: Vendor;
};

/** A vendor’s public profile; a field left out keeps its value, null clears it. */
export type VendorProfileInput = {
  /** Who the vendor is, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** https on a public host, at most 500 characters. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** An e-mail address, at most 320 characters. */
  supportEmail?: InputMaybe<Scalars['String']['input']>;
  /** Digits, spaces, +, -, ( and ), 3 to 32 characters. */
  supportPhone?: InputMaybe<Scalars['String']['input']>;
  /** https on a public host, at most 500 characters. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** PR-4: what a vendor earned in a month. */
export type VendorRevenue = {
  __typename?: 'VendorRevenue';
  /** The same, per app of the vendor. */
  apps: Array<AppRevenue>;
  /** Sum of the list prices of the app-months paid, before discounts (PR-4). */
  listPrice: Money;
  /**
   * Sum of the list prices of the app-months paid, before discounts.
   * @deprecated Use listPrice (Money: a SafeInt amount with its currency).
   */
  listPriceKopecks: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** How many install-months were paid. */
  paidAppMonths: Scalars['Int']['output'];
  /** The vendor’s share of them (PR-4). */
  share: Money;
  /**
   * The vendor's share of them, at the share each accrual froze (setVendorShare).
   * @deprecated Use share (Money: a SafeInt amount with its currency).
   */
  shareKopecks: Scalars['Int']['output'];
  /** The vendor that earned it (resolved by the catalog; null, with the error at this path, when the catalog cannot answer). */
  vendor?: Maybe<Vendor>;
  /**
   * The vendor’s id.
   * @deprecated Use vendor.
   */
  vendorId: Scalars['ID']['output'];
};

/** A page of VendorRevenue items (Relay); totalCount counts every item of the list. */
export type VendorRevenueConnection = {
  __typename?: 'VendorRevenueConnection';
  /** The items of this page, in the list's order. */
  edges: Array<VendorRevenueEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One VendorRevenue of a page, with its cursor. */
export type VendorRevenueEdge = {
  __typename?: 'VendorRevenueEdge';
  /** Opaque; pass it as `after` (or `before`) to continue from this item. */
  cursor: Scalars['String']['output'];
  /** The VendorRevenue. */
  node: VendorRevenue;
};

/** Why `verifyLoyaltyCustomer` refused, in `VerifyLoyaltyCustomerUserError.code` (docs/ERRORS.md). */
export type VerifyLoyaltyCustomerErrorCode =
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED'
  /** TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`. */
  | 'LOYALTY_REQUEST_REJECTED';

/** TL-2: the customer whose registration code the loyalty app accepted; or why not (a wrong code). */
export type VerifyLoyaltyCustomerPayload = {
  __typename?: 'VerifyLoyaltyCustomerPayload';
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<VerifyLoyaltyCustomerUserError>;
  /** What the loyalty app accepted; null when refused. */
  verification?: Maybe<LoyaltyCustomerVerification>;
};

/** A refusal of `verifyLoyaltyCustomer` a form can show next to its field. */
export type VerifyLoyaltyCustomerUserError = {
  __typename?: 'VerifyLoyaltyCustomerUserError';
  /** What is wrong, for code. */
  code: VerifyLoyaltyCustomerErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** Why `verifyLoyaltySpend` refused, in `VerifyLoyaltySpendUserError.code` (docs/ERRORS.md). */
export type VerifyLoyaltySpendErrorCode =
  /** TL-2: the account's admin has not connected its LOYALTY app to a loyalty server (connectLoyaltyApp). */
  | 'LOYALTY_NOT_CONFIGURED'
  /** TL-2: the loyalty app answered with `{errors:[{error,code,parameter}]}`; they are in `vendorErrors`. */
  | 'LOYALTY_REQUEST_REJECTED';

/** TL-2: the points the loyalty app allowed spending with the code; or why not (a wrong code). */
export type VerifyLoyaltySpendPayload = {
  __typename?: 'VerifyLoyaltySpendPayload';
  /** Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead. */
  userErrors: Array<VerifyLoyaltySpendUserError>;
  /** What the loyalty app allowed; null when refused. */
  verification?: Maybe<LoyaltySpendVerification>;
};

/** A refusal of `verifyLoyaltySpend` a form can show next to its field. */
export type VerifyLoyaltySpendUserError = {
  __typename?: 'VerifyLoyaltySpendUserError';
  /** What is wrong, for code. */
  code: VerifyLoyaltySpendErrorCode;
  /** The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words (English). */
  message: Scalars['String']['output'];
};

/** The caller: its account, user, role and rights; a vendor its vendor; an app token its installation. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The account of a user, an app token or a webhook; null for every other caller. */
  account?: Maybe<Account>;
  /** An app token’s own install, with its app and frozen permissions (AR-2); null otherwise. */
  currentInstallation?: Maybe<CurrentInstallation>;
  /** Who the caller is, as the gateway established it; it decides which other fields are set. */
  kind: ViewerKind;
  /** What the caller may do on its account. */
  rights: ViewerRights;
  /** The user’s role (kind USER); null otherwise. */
  role?: Maybe<UserRole>;
  /** The signed-in user’s own record (kind USER); null otherwise. */
  user?: Maybe<User>;
  /** A vendor caller’s vendor (resolved by the catalog); null otherwise. */
  vendor?: Maybe<Vendor>;
};

/** The app as the caller’s account has it: installed or not, whether it can install it now and why not, and its trial (TR-2). */
export type ViewerInstallState = {
  __typename?: 'ViewerInstallState';
  /** installApp would succeed now (as far as the rules can tell before the click). */
  canInstall: Scalars['Boolean']['output'];
  /** The live install, if any. Needs VIEW on install. */
  install?: Maybe<Install>;
  /** The account has a live install of the app. */
  installed: Scalars['Boolean']['output'];
  /** Why not; null when canInstall. */
  reasonCannotInstall?: Maybe<InstallBlockReason>;
  /** TR-2: an install now starts a trial (the account never installed the app, or the vendor granted one, TX-1). */
  trialAvailable: Scalars['Boolean']['output'];
  /** The length of that trial in days; null when none is available. */
  trialDays?: Maybe<Scalars['Int']['output']>;
};

/** The kind of caller: a signed-in user, a vendor, a moderator, an app or webhook token, a host, another service, or nobody. */
export type ViewerKind =
  /** No credentials. */
  | 'ANONYMOUS'
  /** An installed app with its install’s token (AR-2). */
  | 'APP'
  /** The host platform that provisions accounts and users. */
  | 'HOST'
  /** A marketplace moderator. */
  | 'MODERATOR'
  /** Another marketplace service. */
  | 'SERVICE'
  /** A signed-in user of an account (admin or employee). */
  | 'USER'
  /** A vendor in its vendor cabinet. */
  | 'VENDOR'
  /** An incoming webhook’s token (BX-8). */
  | 'WEBHOOK';

/** What a signed-in user may do on the account (false for every other caller). */
export type ViewerRights = {
  __typename?: 'ViewerRights';
  /** BX-3: installs and removes apps (an admin, or any employee when the account allows it); false on a deactivated account or user. */
  canInstallApps: Scalars['Boolean']['output'];
  /** BX-6, BX-8: chooses who opens an app, manages local apps, webhooks and Phone API tokens (admins). */
  canManageApps: Scalars['Boolean']['output'];
  /** PR-3, BX-2, BX-5: buys paid-app options and the marketplace subscription (admins). */
  canManageBilling: Scalars['Boolean']['output'];
  /** DL-5: opens the storefront and app cards (admins only). */
  canOpenStorefront: Scalars['Boolean']['output'];
};

/** BX-8: one entity a new incoming webhook may work with, and the operations it may do on it. */
export type WebhookPermissionInput = {
  /** An entity the platform knows (docs/permissions.md), e.g. phonecall, employee. */
  entity: Scalars['String']['input'];
  /** The operations to allow (VIEW with any other). */
  operations: Array<PermissionOperation>;
};

/** Tariff zone of an account (BX-9). */
export type Zone =
  /** Belarus. */
  | 'BY'
  /** Kazakhstan. */
  | 'KZ'
  /** Russia; here local apps and webhooks need the marketplace subscription (BX-4, BX-8). */
  | 'RU';

export type WebStorefrontQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  block?: InputMaybe<StorefrontBlock>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebStorefrontQuery = { __typename?: 'Query', storefront?: { __typename?: 'AppConnection', edges: Array<{ __typename?: 'AppEdge', node: { __typename?: 'App', id: string, appUid: string, name: string, shortDescription: string, isFree: boolean, priceKopecks?: number | null, trialDays?: number | null, categories: Array<string>, storefrontBlock: StorefrontBlock, vendor: { __typename?: 'Vendor', name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type WebAppCardQueryVariables = Exact<{
  appUid: Scalars['String']['input'];
}>;


export type WebAppCardQuery = { __typename?: 'Query', storefrontApp?: { __typename?: 'App', id: string, appUid: string, name: string, description: string, isFree: boolean, priceKopecks?: number | null, trialDays?: number | null, type: AppType, categories: Array<string>, directLink?: string | null, vendor: { __typename?: 'Vendor', name: string }, access?: { __typename?: 'AppAccess', descriptorVersion: number, scope: AccessScope, permissions: Array<{ __typename?: 'EntityPermission', entity: string, operations: Array<PermissionOperation> }> } | null } | null };

export type WebAccountInstallsQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type WebAccountInstallsQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, name: string, employeesMayInstall: boolean, users?: Array<{ __typename?: 'User', id: string, fullName: string, role: UserRole }> | null, installs?: Array<{ __typename?: 'Install', id: string, status: InstallStatus, appType: AppType, installedAt: string, allowedUserIds?: Array<string> | null, app?: { __typename?: 'App', id: string, appUid: string, name: string } | null, billing?: { __typename?: 'InstallBilling', state: BillingState, trialEndsAt?: string | null } | null, permissions?: { __typename?: 'InstallPermissions', descriptorVersion: number } | null }> | null, paidAppOptions?: { __typename?: 'PaidAppOptions', total: number, used: number, free: number } | null, marketplaceSubscription?: { __typename?: 'MarketplaceSubscription', active: boolean } | null } | null };

export type WebInstallAppMutationVariables = Exact<{
  appId: Scalars['ID']['input'];
}>;


export type WebInstallAppMutation = { __typename?: 'Mutation', installApp: { __typename?: 'InstallAppPayload', install?: { __typename?: 'Install', id: string, status: InstallStatus, billing?: { __typename?: 'InstallBilling', state: BillingState, trialEndsAt?: string | null } | null } | null, userErrors: Array<{ __typename?: 'InstallAppUserError', field?: Array<string> | null, message: string, code: InstallAppErrorCode }> } };

export type WebUninstallAppMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
}>;


export type WebUninstallAppMutation = { __typename?: 'Mutation', uninstallApp: { __typename?: 'UninstallAppPayload', install?: { __typename?: 'Install', id: string, status: InstallStatus } | null, userErrors: Array<{ __typename?: 'UninstallAppUserError', field?: Array<string> | null, message: string, code: UninstallAppErrorCode }> } };

export type WebSetInstallUsersMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
  userIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type WebSetInstallUsersMutation = { __typename?: 'Mutation', setInstallUsers: { __typename?: 'SetInstallUsersPayload', install?: { __typename?: 'Install', id: string, allowedUserIds?: Array<string> | null } | null, userErrors: Array<{ __typename?: 'SetInstallUsersUserError', field?: Array<string> | null, message: string, code: SetInstallUsersErrorCode }> } };

export type WebVendorAppsQueryVariables = Exact<{
  status?: InputMaybe<AppStatus>;
}>;


export type WebVendorAppsQuery = { __typename?: 'Query', vendorApps?: { __typename?: 'AppConnection', edges: Array<{ __typename?: 'AppEdge', node: { __typename?: 'App', id: string, name: string, appUid: string, status: AppStatus, type: AppType, priceKopecks?: number | null, trialDays?: number | null, vendor: { __typename?: 'Vendor', name: string } } }> } | null };

export type WebUploadDescriptorMutationVariables = Exact<{
  appId: Scalars['ID']['input'];
  xml: Scalars['String']['input'];
}>;


export type WebUploadDescriptorMutation = { __typename?: 'Mutation', uploadAppDescriptor: { __typename?: 'UploadAppDescriptorPayload', descriptor?: { __typename?: 'AppDescriptor', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UploadAppDescriptorUserError', field?: Array<string> | null, message: string, code: UploadAppDescriptorErrorCode }> } };

export type WebSubmitAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebSubmitAppMutation = { __typename?: 'Mutation', submitApp: { __typename?: 'SubmitAppPayload', app?: { __typename?: 'App', id: string, status: AppStatus } | null, userErrors: Array<{ __typename?: 'SubmitAppUserError', field?: Array<string> | null, message: string, code: SubmitAppErrorCode }> } };

export type WebPublishAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebPublishAppMutation = { __typename?: 'Mutation', publishApp: { __typename?: 'PublishAppPayload', app?: { __typename?: 'App', id: string, status: AppStatus } | null, userErrors: Array<{ __typename?: 'PublishAppUserError', field?: Array<string> | null, message: string, code: PublishAppErrorCode }> } };

export type WebCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCategoriesQuery = { __typename?: 'Query', categories?: Array<{ __typename?: 'Category', slug: string, name: string, nameEn: string, appCount: number }> | null };

export type WebBuyPaidAppOptionsMutationVariables = Exact<{
  input: BuyPaidAppOptionsInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebBuyPaidAppOptionsMutation = { __typename?: 'Mutation', buyPaidAppOptions: { __typename?: 'BuyPaidAppOptionsPayload', subscription?: { __typename?: 'SubscriptionPeriod', id: string } | null, userErrors: Array<{ __typename?: 'BuyPaidAppOptionsUserError', field?: Array<string> | null, message: string, code: BuyPaidAppOptionsErrorCode }> } };

export type WebActivateMarketplaceDemoMutationVariables = Exact<{
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebActivateMarketplaceDemoMutation = { __typename?: 'Mutation', activateMarketplaceDemo: { __typename?: 'ActivateMarketplaceDemoPayload', marketplaceSubscription?: { __typename?: 'MarketplaceSubscription', active: boolean, demo: boolean, endsAt?: string | null } | null, userErrors: Array<{ __typename?: 'ActivateMarketplaceDemoUserError', field?: Array<string> | null, message: string, code: ActivateMarketplaceDemoErrorCode }> } };

export type WebSetEmployeesMayInstallMutationVariables = Exact<{
  allowed: Scalars['Boolean']['input'];
}>;


export type WebSetEmployeesMayInstallMutation = { __typename?: 'Mutation', setEmployeesMayInstall: { __typename?: 'SetEmployeesMayInstallPayload', account?: { __typename?: 'Account', id: string, employeesMayInstall: boolean } | null, userErrors: Array<{ __typename?: 'SetEmployeesMayInstallUserError', field?: Array<string> | null, message: string, code: SetEmployeesMayInstallErrorCode }> } };

export type WebChangeAppPricingMutationVariables = Exact<{
  appId: Scalars['ID']['input'];
  priceKopecks?: InputMaybe<Scalars['Int']['input']>;
  trialDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebChangeAppPricingMutation = { __typename?: 'Mutation', changeAppPricing: { __typename?: 'ChangeAppPricingPayload', app?: { __typename?: 'App', id: string, priceKopecks?: number | null, trialDays?: number | null } | null, userErrors: Array<{ __typename?: 'ChangeAppPricingUserError', field?: Array<string> | null, message: string, code: ChangeAppPricingErrorCode }> } };

export type WebHideAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebHideAppMutation = { __typename?: 'Mutation', hideApp: { __typename?: 'HideAppPayload', app?: { __typename?: 'App', id: string, status: AppStatus } | null, userErrors: Array<{ __typename?: 'HideAppUserError', field?: Array<string> | null, message: string, code: HideAppErrorCode }> } };

export type WebAppByLinkQueryVariables = Exact<{
  link: Scalars['String']['input'];
}>;


export type WebAppByLinkQuery = { __typename?: 'Query', appByLink?: { __typename?: 'App', id: string, appUid: string } | null };

export type WebBuyMarketplaceSubscriptionMutationVariables = Exact<{
  periodMonths: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebBuyMarketplaceSubscriptionMutation = { __typename?: 'Mutation', buyMarketplaceSubscription: { __typename?: 'BuyMarketplaceSubscriptionPayload', marketplaceSubscription?: { __typename?: 'MarketplaceSubscription', active: boolean, demo: boolean, endsAt?: string | null } | null, userErrors: Array<{ __typename?: 'BuyMarketplaceSubscriptionUserError', field?: Array<string> | null, message: string, code: BuyMarketplaceSubscriptionErrorCode }> } };

export type WebDeveloperQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type WebDeveloperQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, localAppsConnection?: { __typename?: 'LocalAppConnection', edges: Array<{ __typename?: 'LocalAppEdge', node: { __typename?: 'LocalApp', id: string, name: string, createdAt: string } }> } | null, incomingWebhooksConnection?: { __typename?: 'IncomingWebhookConnection', edges: Array<{ __typename?: 'IncomingWebhookEdge', node: { __typename?: 'IncomingWebhook', id: string, name: string, createdAt: string, revokedAt?: string | null, permissions: Array<{ __typename?: 'InstallEntityPermission', entity: string, operations: Array<PermissionOperation> }> } }> } | null } | null };

export type WebCreateLocalAppMutationVariables = Exact<{
  name: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebCreateLocalAppMutation = { __typename?: 'Mutation', createLocalApp: { __typename?: 'CreateLocalAppPayload', localApp?: { __typename?: 'LocalApp', id: string, name: string } | null, userErrors: Array<{ __typename?: 'CreateLocalAppUserError', field?: Array<string> | null, message: string, code: CreateLocalAppErrorCode }> } };

export type WebCreateIncomingWebhookMutationVariables = Exact<{
  name: Scalars['String']['input'];
  permissions: Array<WebhookPermissionInput> | WebhookPermissionInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebCreateIncomingWebhookMutation = { __typename?: 'Mutation', createIncomingWebhook: { __typename?: 'CreateIncomingWebhookPayload', token?: string | null, webhook?: { __typename?: 'IncomingWebhook', id: string, name: string } | null, userErrors: Array<{ __typename?: 'CreateIncomingWebhookUserError', field?: Array<string> | null, message: string, code: CreateIncomingWebhookErrorCode }> } };

export type WebDeleteIncomingWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebDeleteIncomingWebhookMutation = { __typename?: 'Mutation', deleteIncomingWebhook: { __typename?: 'DeleteIncomingWebhookPayload', webhook?: { __typename?: 'IncomingWebhook', id: string, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'DeleteIncomingWebhookUserError', field?: Array<string> | null, message: string, code: DeleteIncomingWebhookErrorCode }> } };

export type WebIssuePhoneApiTokenMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
}>;


export type WebIssuePhoneApiTokenMutation = { __typename?: 'Mutation', issuePhoneApiToken: { __typename?: 'IssuePhoneApiTokenPayload', token?: string | null, userErrors: Array<{ __typename?: 'IssuePhoneApiTokenUserError', field?: Array<string> | null, message: string, code: IssuePhoneApiTokenErrorCode }> } };

export type WebConnectLoyaltyAppMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
  baseUrl: Scalars['String']['input'];
  token: Scalars['String']['input'];
}>;


export type WebConnectLoyaltyAppMutation = { __typename?: 'Mutation', connectLoyaltyApp: { __typename?: 'ConnectLoyaltyAppPayload', loyaltySettings?: { __typename?: 'LoyaltySettings', baseUrl: string, tokenMasked: string, updatedAt: string } | null, userErrors: Array<{ __typename?: 'ConnectLoyaltyAppUserError', field?: Array<string> | null, message: string, code: ConnectLoyaltyAppErrorCode }> } };

export type WebExtendTrialMutationVariables = Exact<{
  input: ExtendTrialInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebExtendTrialMutation = { __typename?: 'Mutation', extendTrial: { __typename?: 'ExtendTrialPayload', trialExtension?: { __typename?: 'TrialExtension', trialEndsAt: string, installId?: string | null } | null, userErrors: Array<{ __typename?: 'ExtendTrialUserError', field?: Array<string> | null, message: string, code: ExtendTrialErrorCode }> } };

export type WebMyVendorRevenueQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type WebMyVendorRevenueQuery = { __typename?: 'Query', myVendorRevenue?: { __typename?: 'VendorRevenue', month: string, paidAppMonths: number, listPrice: { __typename?: 'Money', amountKopecks: any, currency: Currency }, share: { __typename?: 'Money', amountKopecks: any, currency: Currency } } | null };

export type WebReinstallAppMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
}>;


export type WebReinstallAppMutation = { __typename?: 'Mutation', reinstallApp: { __typename?: 'ReinstallAppPayload', install?: { __typename?: 'Install', id: string, permissions?: { __typename?: 'InstallPermissions', descriptorVersion: number } | null } | null, userErrors: Array<{ __typename?: 'ReinstallAppUserError', field?: Array<string> | null, message: string, code: ReinstallAppErrorCode }> } };


export const WebStorefrontDocument = {"__meta__":{"hash":"21a7648930f957d81abf9440f283a88524f826489314f7ad15774f8f1d314457"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebStorefront"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"freeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"block"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StorefrontBlock"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storefront"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"freeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"freeOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"storefrontBlock"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebStorefrontQuery, WebStorefrontQueryVariables>;
export const WebAppCardDocument = {"__meta__":{"hash":"a83cf0e5d84151361a413abd0ab6333bede8df756053624a2b3bdcbfb6dab788"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAppCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appUid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storefrontApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appUid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appUid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"directLink"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebAppCardQuery, WebAppCardQueryVariables>;
export const WebAccountInstallsDocument = {"__meta__":{"hash":"57b58c14b1e13cea6f4a4b443e9fade7f5dc76928060c61cd43219332079f724"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAccountInstalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeesMayInstall"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appType"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptorVersion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAppOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<WebAccountInstallsQuery, WebAccountInstallsQueryVariables>;
export const WebInstallAppDocument = {"__meta__":{"hash":"4b76d91101b820185c35e7fed80f0d0b5fed26aaefdaa8a22586aaeceed8d649"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebInstallApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"install"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebInstallAppMutation, WebInstallAppMutationVariables>;
export const WebUninstallAppDocument = {"__meta__":{"hash":"93ead94c2daf495398a227b77c368831428f9c41c92a1f05254796207b6cd942"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUninstallApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninstallApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"install"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebUninstallAppMutation, WebUninstallAppMutationVariables>;
export const WebSetInstallUsersDocument = {"__meta__":{"hash":"25eaa94b307b1835955958eafaa389bc4379d8bd223281d794282cb610b2752d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetInstallUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInstallUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"install"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedUserIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebSetInstallUsersMutation, WebSetInstallUsersMutationVariables>;
export const WebVendorAppsDocument = {"__meta__":{"hash":"c2fb26b4511a33d53d5e0a049c021d982c07135f126df311c104bf8e003b75b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebVendorApps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorApps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebVendorAppsQuery, WebVendorAppsQueryVariables>;
export const WebUploadDescriptorDocument = {"__meta__":{"hash":"0d6fd6bc5c37719b7d5cb5d9e8cbdf86bc3d3592399af53fdb7e79ae6619e6f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUploadDescriptor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"xml"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAppDescriptor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"Argument","name":{"kind":"Name","value":"xml"},"value":{"kind":"Variable","name":{"kind":"Name","value":"xml"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebUploadDescriptorMutation, WebUploadDescriptorMutationVariables>;
export const WebSubmitAppDocument = {"__meta__":{"hash":"10d2b4e60415da913ff22ec56faeb834a76edaf17777a8bce40692ce025f2e58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSubmitApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebSubmitAppMutation, WebSubmitAppMutationVariables>;
export const WebPublishAppDocument = {"__meta__":{"hash":"0d64c79c3c7bd24aa769648471b2df8c996f94e7ed135ce6016ef4e90cb41a83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebPublishApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebPublishAppMutation, WebPublishAppMutationVariables>;
export const WebCategoriesDocument = {"__meta__":{"hash":"f6a3333c476c61c626239aba36fa031793274783f348e81ac782eaf8b4c233ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"appCount"}}]}}]}}]} as unknown as DocumentNode<WebCategoriesQuery, WebCategoriesQueryVariables>;
export const WebBuyPaidAppOptionsDocument = {"__meta__":{"hash":"ba01a8eb127efc1c21fb0c0bedc91ccf601192cf09f54f5bf7485d8e43904516"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebBuyPaidAppOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuyPaidAppOptionsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyPaidAppOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebBuyPaidAppOptionsMutation, WebBuyPaidAppOptionsMutationVariables>;
export const WebActivateMarketplaceDemoDocument = {"__meta__":{"hash":"7b890a369a0db24112976cbdc570ee305a74485f86823c4eb22526ce0fcda348"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebActivateMarketplaceDemo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateMarketplaceDemo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebActivateMarketplaceDemoMutation, WebActivateMarketplaceDemoMutationVariables>;
export const WebSetEmployeesMayInstallDocument = {"__meta__":{"hash":"a5ee01fcc0cd72efe20f9f7934ce51d17851dd1de2a3d7ee227a74f2000ef9e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetEmployeesMayInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmployeesMayInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allowed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeesMayInstall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebSetEmployeesMayInstallMutation, WebSetEmployeesMayInstallMutationVariables>;
export const WebChangeAppPricingDocument = {"__meta__":{"hash":"50e4518fa87ec709734dcba0ced30cee81a248a3df30fe8e6dd885389832d2cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebChangeAppPricing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priceKopecks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trialDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAppPricing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"Argument","name":{"kind":"Name","value":"priceKopecks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priceKopecks"}}},{"kind":"Argument","name":{"kind":"Name","value":"trialDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trialDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebChangeAppPricingMutation, WebChangeAppPricingMutationVariables>;
export const WebHideAppDocument = {"__meta__":{"hash":"2f4e384dca0e8dda8b52619e427d84161b4eceb282799c528baec27d914f11a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebHideApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebHideAppMutation, WebHideAppMutationVariables>;
export const WebAppByLinkDocument = {"__meta__":{"hash":"8bb99a6dd6583e56d022decfe91d6c4d88eaa1eb376a72bb8dc982d2ac4ce23c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAppByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"link"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"link"},"value":{"kind":"Variable","name":{"kind":"Name","value":"link"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}}]}}]}}]} as unknown as DocumentNode<WebAppByLinkQuery, WebAppByLinkQueryVariables>;
export const WebBuyMarketplaceSubscriptionDocument = {"__meta__":{"hash":"f47514bab4ec753fd43384fc6610335c6a674715d50809e408c12cf5b8b849ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebBuyMarketplaceSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodMonths"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyMarketplaceSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebBuyMarketplaceSubscriptionMutation, WebBuyMarketplaceSubscriptionMutationVariables>;
export const WebDeveloperDocument = {"__meta__":{"hash":"b164948c5093d0a9c5b086e2f995d7adf1468652c2f942e76a8aadaff3f954ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDeveloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAppsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomingWebhooksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDeveloperQuery, WebDeveloperQueryVariables>;
export const WebCreateLocalAppDocument = {"__meta__":{"hash":"8bd77d10170c447b32a8301d093e65e3314a85926d061531539fb3cfa666088f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateLocalApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebCreateLocalAppMutation, WebCreateLocalAppMutationVariables>;
export const WebCreateIncomingWebhookDocument = {"__meta__":{"hash":"41c5b373f98542ecbc169862779f24a6514795aaf5ad13b46bdee4781f21efda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateIncomingWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPermissionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncomingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebCreateIncomingWebhookMutation, WebCreateIncomingWebhookMutationVariables>;
export const WebDeleteIncomingWebhookDocument = {"__meta__":{"hash":"bd9fc283e1a12b137d1ff23416709aed388c7dad4b1d561c25318fa485c521b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebDeleteIncomingWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIncomingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebDeleteIncomingWebhookMutation, WebDeleteIncomingWebhookMutationVariables>;
export const WebIssuePhoneApiTokenDocument = {"__meta__":{"hash":"28aa31540388a11d4d68351e0702a42c8e974a9d31448375fd7ff5805e7f3f47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebIssuePhoneApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePhoneApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebIssuePhoneApiTokenMutation, WebIssuePhoneApiTokenMutationVariables>;
export const WebConnectLoyaltyAppDocument = {"__meta__":{"hash":"05f8cc09983e551ae7b1e24fb880c52a751cba30ca9d87034fcd097a5fbfd427"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebConnectLoyaltyApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseUrl"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectLoyaltyApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseUrl"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMasked"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebConnectLoyaltyAppMutation, WebConnectLoyaltyAppMutationVariables>;
export const WebExtendTrialDocument = {"__meta__":{"hash":"4c91efff64ca0d0de76cceb6a9489c12c28f8b234422e5db180d17b28d9de08e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebExtendTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendTrialInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"installId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebExtendTrialMutation, WebExtendTrialMutationVariables>;
export const WebMyVendorRevenueDocument = {"__meta__":{"hash":"1dbd5c06a9720bb34e7396843e4e5ba953ffa7a2b5ca34438ee5f142b63affb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyVendorRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVendorRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"paidAppMonths"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<WebMyVendorRevenueQuery, WebMyVendorRevenueQueryVariables>;
export const WebReinstallAppDocument = {"__meta__":{"hash":"eda316633ed8e5d8fbb4c7901a72fc158e6be660d63f1e87b48b940ad4ba7715"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReinstallApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstallApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"install"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptorVersion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebReinstallAppMutation, WebReinstallAppMutationVariables>;