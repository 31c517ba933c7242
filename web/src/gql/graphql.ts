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
  | 'ADMIN'
  | 'CUSTOM';

export type Account = {
  __typename?: 'Account';
  /** The account's call history, newest first (TL-1). Needs VIEW on phonecall. */
  calls?: Maybe<CallConnection>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the host deactivated the account (its installs are suspended, data kept). */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set on a developer account: the vendor whose unpublished apps it may install to debug them. */
  developerVendorId?: Maybe<Scalars['ID']['output']>;
  /** BX-3: every employee may install apps (otherwise admins only). */
  employeesMayInstall: Scalars['Boolean']['output'];
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
  zone: Zone;
};


export type AccountCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountIncomingWebhooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountInstallsArgs = {
  includeUninstalled?: Scalars['Boolean']['input'];
};


export type AccountInstallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUninstalled?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountLocalAppsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountSubscriptionPeriodsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


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
  | 'Activated'
  | 'Activating'
  | 'ActivationFailed'
  | 'Deactivating'
  | 'DeactivationFailed'
  | 'SettingsRequired'
  | 'Suspended';

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
  iconUrl?: Maybe<Scalars['String']['output']>;
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
  shortDescriptionEn: Scalars['String']['output'];
  shortDescriptionRu: Scalars['String']['output'];
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
  type: AppType;
  updatedAt: Scalars['DateTimeISO']['output'];
  vendor: Vendor;
  /** The current descriptor’s vendorApi block (SERVER apps); its endpointBase only for the app’s vendor and moderators. */
  vendorApi?: Maybe<AppVendorApi>;
  /** PR-4: what the vendor earns a month from one paid install, before discounts and fees; null for a free app. Only the app’s vendor and moderators see it (null with FORBIDDEN for others). */
  vendorEarningsKopecks?: Maybe<Scalars['Int']['output']>;
  /** The app as the caller’s account has it (installed, can install and why not, trial, TR-2); null for callers that are not an account’s user. */
  viewerInstallState?: Maybe<ViewerInstallState>;
};


export type AppDescriptorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AppInstallsArgs = {
  includeUninstalled?: Scalars['Boolean']['input'];
};


export type AppInstallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUninstalled?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AppPricingHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AppTransitionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type AppAccess = {
  __typename?: 'AppAccess';
  descriptorVersion: Scalars['Int']['output'];
  /** viewDashboard, viewAudit, useOwnWebhooks, useAllWebhooks. */
  flags: Array<Scalars['String']['output']>;
  permissions: Array<EntityPermission>;
  scope: AccessScope;
};

/** TY-3: the capability matrix row of the app’s type. */
export type AppCapabilities = {
  __typename?: 'AppCapabilities';
  debugging: DebugMode;
  /** Debugging on developer accounts. */
  developerAccountDebugging: Scalars['Boolean']['output'];
  /** An expanded iframe window. */
  expandedIframe: Scalars['Boolean']['output'];
  /** An iframe tab with user context. */
  iframeTab: Scalars['Boolean']['output'];
  /** Token access to the JSON API. */
  jsonApiToken: Scalars['Boolean']['output'];
  loyaltyApi: Scalars['Boolean']['output'];
  phoneApi: Scalars['Boolean']['output'];
  storefrontBlock: StorefrontBlock;
  /** Activation and deactivation over the Vendor API. */
  vendorApiActivation: Scalars['Boolean']['output'];
  widgets: Scalars['Boolean']['output'];
};

/** A page of App items (Relay). */
export type AppConnection = {
  __typename?: 'AppConnection';
  /** The items of this page, in the list's order. */
  edges: Array<AppEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
};

/** An app’s content in both languages. */
export type AppContentInput = {
  /** Category slugs (the categories query lists them). */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionRu?: InputMaybe<Scalars['String']['input']>;
  iconUrl?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameRu?: InputMaybe<Scalars['String']['input']>;
  /** Screenshot URLs in display order: at most 10, https on a public host. */
  screenshotUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  shortDescriptionEn?: InputMaybe<Scalars['String']['input']>;
  shortDescriptionRu?: InputMaybe<Scalars['String']['input']>;
};

export type AppDescriptor = {
  __typename?: 'AppDescriptor';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
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
  appId: Scalars['ID']['output'];
  /** Single use, valid 5 minutes; the vendor exchanges it at POST /api/vendor/1.0/context/{contextKey}. */
  contextKey: Scalars['String']['output'];
  installId: Scalars['ID']['output'];
};

export type AppPricingChange = {
  __typename?: 'AppPricingChange';
  actorId?: Maybe<Scalars['String']['output']>;
  actorKind: Scalars['String']['output'];
  effectiveAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  priceKopecks?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
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
  appId: Scalars['ID']['output'];
  /** Sum of the list prices of the app’s paid months, before discounts (PR-4). */
  listPrice: Money;
  /** @deprecated Use listPrice (Money: a SafeInt amount with its currency). */
  listPriceKopecks: Scalars['Int']['output'];
  paidAppMonths: Scalars['Int']['output'];
  /** The vendor’s share of them (PR-4). */
  share: Money;
  /** @deprecated Use share (Money: a SafeInt amount with its currency). */
  shareKopecks: Scalars['Int']['output'];
};

/** LC-1: where the app is in its lifecycle. */
export type AppStatus =
  | 'DRAFT'
  | 'HIDDEN'
  | 'PUBLISHED'
  | 'READY';

export type AppTransition = {
  __typename?: 'AppTransition';
  actorId?: Maybe<Scalars['String']['output']>;
  /** vendor, moderator or service. */
  actorKind: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** Null for the creation of the app. */
  fromStatus?: Maybe<AppStatus>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
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
  | 'IFRAME'
  | 'LOYALTY'
  | 'SERVER'
  | 'TELEPHONY';

/** How many apps of the current search are of one type. */
export type AppTypeFacet = {
  __typename?: 'AppTypeFacet';
  count: Scalars['Int']['output'];
  type: AppType;
};

export type AppVendorApi = {
  __typename?: 'AppVendorApi';
  additionalEvents: Array<Scalars['String']['output']>;
  /** The vendor’s server the Vendor API calls (the app’s vendor and moderators). */
  endpointBase?: Maybe<Scalars['String']['output']>;
};

/** How an install is paid for. */
export type BillingState =
  | 'FREE'
  | 'PAID'
  | 'SUSPENDED'
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

export type Call = {
  __typename?: 'Call';
  /** Cards this call popped, oldest first. Needs VIEW on callcard. */
  cards?: Maybe<Array<CallCard>>;
  comment?: Maybe<Scalars['String']['output']>;
  direction: CallDirection;
  durationSeconds: Scalars['Int']['output'];
  /** When the conversation ended (Phone API endTime). */
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The extension the provider named for the call. */
  extension?: Maybe<Scalars['String']['output']>;
  /** The telephony vendor's own id of the call. */
  externalId?: Maybe<Scalars['String']['output']>;
  fromNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** URLs of the call's recordings, as the provider gave them. */
  recordUrls: Array<Scalars['String']['output']>;
  startedAt: Scalars['DateTimeISO']['output'];
  status: CallStatus;
  toNumber: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The employee who took or made the call. */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type CallCard = {
  __typename?: 'CallCard';
  /** The call the card belongs to. Needs VIEW on phonecall. */
  call?: Maybe<Call>;
  callId: Scalars['ID']['output'];
  extension?: Maybe<Scalars['String']['output']>;
  hiddenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  shownAt: Scalars['DateTimeISO']['output'];
  /** Set by STARTTIME. */
  talkStartedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The employee the card is shown to. */
  userId: Scalars['ID']['output'];
};

export type CallCardChange = {
  __typename?: 'CallCardChange';
  card: CallCard;
  event: CallCardEvent;
  /** The event id (the stream's `id:`, usable as Last-Event-ID). */
  eventId: Scalars['ID']['output'];
};

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

export type CallDirection =
  | 'INCOMING'
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
  direction?: InputMaybe<CallDirection>;
  /** Calls started at or after this moment. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<CallStatus>;
  /** Calls started before this moment. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Calls of this employee. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which call: by id or by the vendor's external id. */
export type CallRefInput = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

export type CallStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'MISSED'
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
  count: Scalars['Int']['output'];
  /** The category’s slug (what storefront(category:) takes). */
  slug: Scalars['String']['output'];
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

export type CreateAppInput = {
  /** Unique per vendor, never changes: lower-case latin letters, digits, dashes. */
  alias: Scalars['String']['input'];
  /** Category slugs (the categories query lists them); the first is the main one. */
  categories: Array<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionRu?: InputMaybe<Scalars['String']['input']>;
  iconUrl?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameRu: Scalars['String']['input'];
  /** Null: free (PR-1); else a multiple of 50000 (PR-2). */
  priceKopecks?: InputMaybe<Scalars['Int']['input']>;
  /** Screenshot URLs in display order: at most 10, https on a public host. */
  screenshotUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  shortDescriptionEn?: InputMaybe<Scalars['String']['input']>;
  shortDescriptionRu?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 14 days, paid apps only (TR-1). */
  trialDays?: InputMaybe<Scalars['Int']['input']>;
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
  direction: CallDirection;
  /** The employee, by extension. */
  extension?: InputMaybe<Scalars['String']['input']>;
  /** The vendor's own id: creating twice with it returns the same call. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  fromNumber: Scalars['String']['input'];
  /** Now when omitted. */
  startedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** RINGING when omitted. */
  status?: InputMaybe<CallStatus>;
  toNumber: Scalars['String']['input'];
  /** The employee, by id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
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

/** BX-8: a new webhook and its token, shown only now. */
export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** Send it as `Authorization: Bearer <token>` to the gateway. */
  token: Scalars['String']['output'];
  webhook: IncomingWebhook;
};

/** ISO 4217 code of a Money amount; every price is in roubles today, in every zone. */
export type Currency =
  | 'RUB';

/** An app token’s own install: the app, the state and the permissions frozen at install (AR-2). */
export type CurrentInstallation = {
  __typename?: 'CurrentInstallation';
  /** The installed app, resolved by the catalog (null, with the error at this path, when the catalog cannot answer). */
  app?: Maybe<App>;
  appType: InstalledAppType;
  /** The install’s id (Install.id). */
  id: Scalars['ID']['output'];
  installedAt: Scalars['DateTimeISO']['output'];
  /** The access block frozen at install (AR-2); null: no API access. */
  permissions?: Maybe<InstallPermissions>;
  status: InstallStatus;
};

/** TY-4: on a developer account, or (LOYALTY) through the marketplace’s Loyalty API test app or a draft with the point-of-sale app. */
export type DebugMode =
  | 'DEVELOPER_ACCOUNT'
  | 'LOYALTY_TEST_APP';

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
  entity: Scalars['String']['output'];
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

export type ExtendTrialInput = {
  accountId: Scalars['ID']['input'];
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

/** An account as its host provisioned it. */
export type HostAccount = {
  __typename?: 'HostAccount';
  active: Scalars['Boolean']['output'];
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tariff: Scalars['String']['output'];
  zone: Zone;
};

/** A user as its host provisioned it. */
export type HostUser = {
  __typename?: 'HostUser';
  accountId: Scalars['ID']['output'];
  active: Scalars['Boolean']['output'];
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  email: Scalars['String']['output'];
  extension?: Maybe<Scalars['String']['output']>;
  externalId: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: UserRole;
};

/** BX-8: an incoming webhook; its token is shown once, at creation. */
export type IncomingWebhook = {
  __typename?: 'IncomingWebhook';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<InstallEntityPermission>;
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

export type Install = {
  __typename?: 'Install';
  account: Account;
  /** SV-2: Vendor API state (SERVER apps only). */
  activationState?: Maybe<ActivationState>;
  /** BX-6: users who may open the app; null: everyone in the account. */
  allowedUserIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The installed app, resolved by the catalog (null, with the error at this path, when the catalog cannot answer). */
  app?: Maybe<App>;
  appType: InstalledAppType;
  /** How this install is paid for, as it is now (a trial that has ended shows its outcome at once); null if billing never saw it. Needs VIEW on billing. */
  billing?: Maybe<InstallBilling>;
  /**
   * Every stored change of the billing state, oldest first. Needs VIEW on billing.
   * @deprecated Unbounded: use billingHistoryConnection.
   */
  billingHistory?: Maybe<Array<InstallBillingChange>>;
  /** Every stored change of the billing state, oldest first. Needs VIEW on billing. */
  billingHistoryConnection?: Maybe<InstallBillingChangeConnection>;
  id: Scalars['ID']['output'];
  installedAt: Scalars['DateTimeISO']['output'];
  /** The LOYALTY install's connection (TL-2); null when none, or when the caller is not of the install's account. Needs VIEW on loyaltysettings. */
  loyaltySettings?: Maybe<LoyaltySettings>;
  /** The access block frozen at install (AR-2); null: no API access. */
  permissions?: Maybe<InstallPermissions>;
  status: InstallStatus;
  /** Set while billing keeps the install suspended (TR-5). */
  suspendedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  uninstalledAt?: Maybe<Scalars['DateTimeISO']['output']>;
};


export type InstallBillingHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** AR-1: the access level frozen at install. */
export type InstallAccessScope =
  | 'ADMIN'
  | 'CUSTOM';

export type InstallBilling = {
  __typename?: 'InstallBilling';
  /** Paid-app options this install takes while PAID (PR-3). */
  paidAppOptionsUsed: Scalars['Int']['output'];
  /** A new monthly price that applies from pendingPriceFrom; null: none (or the app becomes free). */
  pendingPrice?: Maybe<Price>;
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
  state: BillingState;
  /** End of the trial frozen at install (TR-3), or of its extension (TX-2). */
  trialEndsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type InstallBillingChange = {
  __typename?: 'InstallBillingChange';
  at: Scalars['DateTimeISO']['output'];
  /** Why: INSTALLED, TRIAL_ENDED, SUBSCRIPTION_ENDED, PAYMENT, TRIAL_EXTENDED, PRICE_CHANGED, REMOVED. */
  cause: Scalars['String']['output'];
  fromState?: Maybe<BillingState>;
  toState: BillingState;
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

export type InstallEntityPermission = {
  __typename?: 'InstallEntityPermission';
  entity: Scalars['String']['output'];
  operations: Array<Scalars['String']['output']>;
};

/** The app access block frozen at install (AR-2); a reinstall takes the current one (AR-3). */
export type InstallPermissions = {
  __typename?: 'InstallPermissions';
  descriptorVersion: Scalars['Int']['output'];
  flags: Array<Scalars['String']['output']>;
  permissions: Array<InstallEntityPermission>;
  scope: InstallAccessScope;
};

export type InstallStatus =
  | 'ACTIVE'
  | 'UNINSTALLED';

/** TY-1: the app type, copied at install. */
export type InstalledAppType =
  | 'IFRAME'
  | 'LOYALTY'
  | 'SERVER'
  | 'TELEPHONY';

/** BX-8: an account’s private app, never on the storefront. */
export type LocalApp = {
  __typename?: 'LocalApp';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
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

export type LoyaltyBalance = {
  __typename?: 'LoyaltyBalance';
  /** Bonus points on the customer's account. */
  bonusBalance: Scalars['Int']['output'];
  customerId: Scalars['ID']['output'];
};

/** A customer (counterparty) of the account's loyalty program. */
export type LoyaltyCustomer = {
  __typename?: 'LoyaltyCustomer';
  discountCardNumber?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type LoyaltyCustomerInput = {
  discountCardNumber?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A customer whose registration code the loyalty app accepted (POST /counterparty/verify). */
export type LoyaltyCustomerVerification = {
  __typename?: 'LoyaltyCustomerVerification';
  /** The customer (counterparty) whose code was accepted. */
  customerId: Scalars['ID']['output'];
};

export type LoyaltyGiftCard = {
  __typename?: 'LoyaltyGiftCard';
  balanceKopecks: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
};

export type LoyaltyPosition = {
  __typename?: 'LoyaltyPosition';
  assortmentId: Scalars['ID']['output'];
  discountPercent: Scalars['Float']['output'];
  discountedPriceKopecks: Scalars['Int']['output'];
  priceKopecks: Scalars['Int']['output'];
  quantity: Scalars['Float']['output'];
};

export type LoyaltyPositionInput = {
  assortmentId: Scalars['ID']['input'];
  /** Price per unit in kopecks. */
  priceKopecks: Scalars['Int']['input'];
  quantity: Scalars['Float']['input'];
};

export type LoyaltyRecordSaleInput = {
  /** Bonus points the customer wants to spend. */
  bonusValueToSpend?: InputMaybe<Scalars['Int']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  positions: Array<LoyaltyPositionInput>;
  retailStoreId: Scalars['ID']['input'];
  /** The sale's (retail demand's) id, for returns and the audit. */
  saleId: Scalars['ID']['input'];
};

export type LoyaltyReturnInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  positions: Array<LoyaltyPositionInput>;
  retailStoreId: Scalars['ID']['input'];
  /** The sale being returned. */
  saleId: Scalars['ID']['input'];
};

/** The loyalty app's discounts for a sale (POST /retaildemand/recalc). */
export type LoyaltySaleCalculation = {
  __typename?: 'LoyaltySaleCalculation';
  bonusValueToEarn: Scalars['Int']['output'];
  bonusValueToSpend: Scalars['Int']['output'];
  positions: Array<LoyaltyPosition>;
};

/** A sale at the point of sale, as the loyalty app sees it. */
export type LoyaltySaleInput = {
  /** Bonus points the customer wants to spend. */
  bonusValueToSpend?: InputMaybe<Scalars['Int']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  positions: Array<LoyaltyPositionInput>;
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

export type MarketplaceSubscription = {
  __typename?: 'MarketplaceSubscription';
  active: Scalars['Boolean']['output'];
  /** The running period is the one-time demo (BX-5). */
  demo: Scalars['Boolean']['output'];
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** BX-2, BX-4: the marketplace subscription bought for a period, with its discount. */
export type MarketplaceSubscriptionPrice = {
  __typename?: 'MarketplaceSubscriptionPrice';
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
  currency: Currency;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** BX-5: starts the one-time demo of the marketplace subscription. */
  activateMarketplaceDemo: ActivateMarketplaceDemoPayload;
  /** BX-2/BX-4: buys the marketplace subscription for 1, 3, 6 or 12 months. */
  buyMarketplaceSubscription: BuyMarketplaceSubscriptionPayload;
  /** An account admin buys paid-app options, or extends the subscription (PR-3, BX-7 resume). */
  buyPaidAppOptions: BuyPaidAppOptionsPayload;
  /** PC-1..PC-3, TR-1, TR-6: sets price and trial; every change is kept with its effective time. */
  changeAppPricing: App;
  /** Admin: connects the account's LOYALTY install to its loyalty server, or changes the connection (TL-2). */
  connectLoyaltyApp: ConnectLoyaltyAppPayload;
  /** LC-2: a vendor creates a DRAFT app; the secret key is shown only here. */
  createApp: CreateAppPayload;
  /** A moderator adds a category (slug: lower-case latin letters, digits, dashes; never changes). */
  createCategory: Category;
  /** BX-8: an incoming webhook with chosen permissions (not on the free tariff, TR-4). */
  createIncomingWebhook: CreatedWebhook;
  /** BX-8: a private app of the caller’s account (admins; zone ru needs the subscription). */
  createLocalApp: LocalApp;
  /** Point of sale: creates a customer (POST /counterparty). */
  createLoyaltyCustomer: CreateLoyaltyCustomerPayload;
  /** Phone API: reports a call; idempotent on externalId. */
  createPhoneCall?: Maybe<CreatePhoneCallPayload>;
  /** A moderator registers a vendor; the alias is unique and never changes. */
  createVendor: Vendor;
  /** Hosts: deactivates an account; its installs are suspended, data kept (SERVER apps: DELETE Suspend). */
  deactivateAccount: HostAccount;
  /** Hosts: deactivates a user: no app access, no user context. */
  deactivateUser: HostUser;
  /** BX-8: deletes a webhook; its token stops working within seconds (admins). */
  deleteIncomingWebhook: IncomingWebhook;
  /** Admin: removes the connection of the LOYALTY install (TL-2); LOYALTY_NOT_CONFIGURED when it has none. */
  disconnectLoyaltyApp: DisconnectLoyaltyAppPayload;
  /** TX-1..TX-3: the vendor extends (or grants) its app's trial for one account, once. */
  extendTrial: ExtendTrialPayload;
  /** LC-3, LC-4: takes a free PUBLISHED app off the storefront (its vendor or a moderator). */
  hideApp: App;
  /** Installs an app on the caller’s account (BX-3, LC-3, TY-2, BX-9; billing decides the price). */
  installApp: Install;
  /** TL-1: a new Phone API token for a TELEPHONY install (admins; shown once, the previous one is revoked). */
  issuePhoneApiToken: Scalars['String']['output'];
  /** SV-3: mints a user context key for an IFRAME or SERVER app. */
  openApp: AppLaunch;
  /** Hosts: creates or updates an account by the host’s id (zone, tariff, name); idempotent, audited. */
  provisionAccount: HostAccount;
  /** Hosts: creates or updates a user of one of its accounts (role, extension, active); idempotent, audited. */
  provisionUser: HostUser;
  /** LC-2: a moderator publishes a READY app. */
  publishApp: App;
  /** Point of sale: the loyalty app's discounts for a sale (POST /retaildemand/recalc). */
  recalculateLoyaltySale: RecalculateLoyaltySalePayload;
  /** Point of sale: records a return (POST /retailsalesreturn). */
  recordLoyaltyReturn: RecordLoyaltyReturnPayload;
  /** Point of sale: records a sale (POST /retaildemand). */
  recordLoyaltySale: RecordLoyaltySalePayload;
  /** Phone API: a call event; SHOW, STARTTIME and HIDE need the employee (userId or extension). */
  recordPhoneCallEvent?: Maybe<RecordPhoneCallEventPayload>;
  /** A new secret key, shown only here; only while the app is DRAFT. */
  regenerateAppSecret: Scalars['String']['output'];
  /** AR-3: consents to the app’s current permissions. */
  reinstallApp: Install;
  /** LC-2: a moderator sends a READY app back to DRAFT, saying why. */
  returnApp: App;
  /** Moderators: makes the account a developer account of the vendor (null unlinks it). */
  setDeveloperVendor: Account;
  /** BX-3: lets every employee of the caller’s account install apps (admins only). */
  setEmployeesMayInstall: Account;
  /** BX-6: which users may open the app; null for everyone. Admins only. */
  setInstallUsers: Install;
  /** PR-4: a moderator changes the vendor share; accruals from now on use it, earlier ones keep theirs. */
  setVendorShare: SetVendorSharePayload;
  /** Puts a HIDDEN app back on the storefront (its vendor or a moderator). */
  showApp: App;
  /** LC-2: the vendor submits a DRAFT for moderation (READY). */
  submitApp: App;
  /** Removes an install; its data is kept (AR-3, BX-7). */
  uninstallApp: Install;
  /** Edits the app’s content (a vendor while DRAFT). The alias never changes. */
  updateApp: App;
  /** Phone API: updates a call found by id or external id. */
  updatePhoneCall?: Maybe<UpdatePhoneCallPayload>;
  /** The vendor’s public profile (description, website, support contacts, logo): the vendor itself, or a moderator naming vendorId. */
  updateVendorProfile: Vendor;
  /** Uploads a new descriptor version (XML v2); a refused one stores nothing. */
  uploadAppDescriptor: AppDescriptor;
  /** Point of sale: checks a customer's registration code (POST /counterparty/verify). */
  verifyLoyaltyCustomer: VerifyLoyaltyCustomerPayload;
  /** Point of sale: checks the code that allows spending points (POST /retaildemand/verify). */
  verifyLoyaltySpend: VerifyLoyaltySpendPayload;
};


export type MutationActivateMarketplaceDemoArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationBuyMarketplaceSubscriptionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  periodMonths: Scalars['Int']['input'];
};


export type MutationBuyPaidAppOptionsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: BuyPaidAppOptionsInput;
};


export type MutationChangeAppPricingArgs = {
  appId: Scalars['ID']['input'];
  priceKopecks?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  trialDays?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationConnectLoyaltyAppArgs = {
  baseUrl: Scalars['String']['input'];
  installId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


export type MutationCreateAppArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateAppInput;
};


export type MutationCreateCategoryArgs = {
  name: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type MutationCreateIncomingWebhookArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<WebhookPermissionInput>;
};


export type MutationCreateLocalAppArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateLoyaltyCustomerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LoyaltyCustomerInput;
};


export type MutationCreatePhoneCallArgs = {
  input: CreateCallInput;
};


export type MutationCreateVendorArgs = {
  alias: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationDeactivateAccountArgs = {
  externalId: Scalars['String']['input'];
};


export type MutationDeactivateUserArgs = {
  accountExternalId: Scalars['String']['input'];
  externalId: Scalars['String']['input'];
};


export type MutationDeleteIncomingWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisconnectLoyaltyAppArgs = {
  installId: Scalars['ID']['input'];
};


export type MutationExtendTrialArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ExtendTrialInput;
};


export type MutationHideAppArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInstallAppArgs = {
  appId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationIssuePhoneApiTokenArgs = {
  installId: Scalars['ID']['input'];
};


export type MutationOpenAppArgs = {
  installId: Scalars['ID']['input'];
};


export type MutationProvisionAccountArgs = {
  input: ProvisionAccountInput;
};


export type MutationProvisionUserArgs = {
  input: ProvisionUserInput;
};


export type MutationPublishAppArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecalculateLoyaltySaleArgs = {
  input: LoyaltySaleInput;
};


export type MutationRecordLoyaltyReturnArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LoyaltyReturnInput;
};


export type MutationRecordLoyaltySaleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LoyaltyRecordSaleInput;
};


export type MutationRecordPhoneCallEventArgs = {
  call: CallRefInput;
  event: CallCardEvent;
  extension?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRegenerateAppSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReinstallAppArgs = {
  installId: Scalars['ID']['input'];
};


export type MutationReturnAppArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetDeveloperVendorArgs = {
  accountId: Scalars['ID']['input'];
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetEmployeesMayInstallArgs = {
  allowed: Scalars['Boolean']['input'];
};


export type MutationSetInstallUsersArgs = {
  installId: Scalars['ID']['input'];
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationSetVendorShareArgs = {
  basisPoints: Scalars['Int']['input'];
};


export type MutationShowAppArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitAppArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUninstallAppArgs = {
  installId: Scalars['ID']['input'];
};


export type MutationUpdateAppArgs = {
  id: Scalars['ID']['input'];
  input: AppContentInput;
};


export type MutationUpdatePhoneCallArgs = {
  call: CallRefInput;
  input: UpdateCallInput;
};


export type MutationUpdateVendorProfileArgs = {
  input: VendorProfileInput;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUploadAppDescriptorArgs = {
  appId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  xml: Scalars['String']['input'];
};


export type MutationVerifyLoyaltyCustomerArgs = {
  code: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};


export type MutationVerifyLoyaltySpendArgs = {
  bonusValueToSpend: Scalars['Int']['input'];
  code: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaidAppOptions = {
  __typename?: 'PaidAppOptions';
  free: Scalars['Int']['output'];
  /** Options in the account's subscription periods running now. */
  total: Scalars['Int']['output'];
  /** Options taken by installs that are PAID now. */
  used: Scalars['Int']['output'];
};

export type PermissionOperation =
  | 'APPROVE'
  | 'CREATE'
  | 'DELETE'
  | 'PRINT'
  | 'UPDATE'
  | 'VIEW';

/** An employee of the account, as the Phone API sees it (owned by accounts). */
export type PhoneEmployee = {
  __typename?: 'PhoneEmployee';
  extension?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A price: an amount for a period of whole months (an app’s list price is per month). */
export type Price = {
  __typename?: 'Price';
  amount: Money;
  /** The months the amount pays for: 1 for a monthly price; 3, 6 or 12 for a subscription bought ahead. */
  periodMonths: Scalars['Int']['output'];
};

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
  role: UserRole;
};

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
  /** Apps the caller may see (as for app(id)), newest first. */
  apps?: Maybe<AppConnection>;
  /** The storefront’s categories in display order, each with how many apps the caller can see in it (at most 200). */
  categories?: Maybe<Array<Category>>;
  /** Open call cards of an employee: a user sees their own (an admin anyone's in the account); the TELEPHONY app names the employee. */
  currentCallCards?: Maybe<Array<CallCard>>;
  /** App tokens: the install the token belongs to, with its app and frozen permissions (AR-2); null for every other caller. */
  currentInstallation?: Maybe<CurrentInstallation>;
  /** Hosts: one of the calling host’s accounts by its external id. */
  hostAccount?: Maybe<HostAccount>;
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
  /** Phone API: the account's call history, newest first. */
  phoneCalls?: Maybe<CallConnection>;
  /** Phone API: the employee with this extension. */
  phoneEmployee?: Maybe<PhoneEmployee>;
  /** The storefront: search, block, category and free filters, sorted, Relay-paginated. */
  storefront?: Maybe<AppConnection>;
  /** The storefront card by appUid (`<appAlias>.<vendorAlias>`). */
  storefrontApp?: Maybe<App>;
  /** Facets of a storefront search: with the same filters as storefront, how many apps it finds by type, free/paid and category (DL-5: admins). */
  storefrontFacets?: Maybe<StorefrontFacets>;
  /** PR-3: the periods a subscription is bought for and their discounts. */
  subscriptionPrices?: Maybe<Array<SubscriptionPrice>>;
  vendor?: Maybe<Vendor>;
  /** One app in the cabinet; another vendor’s app is NOT_FOUND. */
  vendorApp?: Maybe<App>;
  /** The caller’s apps (vendor), or every app (moderator), newest first. */
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
  /** @deprecated Unbounded: use vendorsConnection. */
  vendors?: Maybe<Array<Vendor>>;
  /** Vendors by name, Relay-paginated. */
  vendorsConnection?: Maybe<VendorConnection>;
  /** The caller: account, user, role and rights; a vendor its vendor; an app token its installation. */
  viewer?: Maybe<Viewer>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAppArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppByLinkArgs = {
  link: Scalars['String']['input'];
};


export type QueryAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AppStatus>;
  type?: InputMaybe<AppType>;
};


export type QueryCurrentCallCardsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHostAccountArgs = {
  externalId: Scalars['String']['input'];
};


export type QueryLoyaltyBalanceArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryLoyaltyCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  retailStoreId?: InputMaybe<Scalars['ID']['input']>;
  search: Scalars['String']['input'];
};


export type QueryLoyaltyGiftCardArgs = {
  name: Scalars['String']['input'];
};


export type QueryMyVendorRevenueArgs = {
  month: Scalars['String']['input'];
};


export type QueryPhoneCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPhoneEmployeeArgs = {
  extension: Scalars['String']['input'];
};


export type QueryStorefrontArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  block?: InputMaybe<StorefrontBlock>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<StorefrontSort>;
};


export type QueryStorefrontAppArgs = {
  appUid: Scalars['String']['input'];
};


export type QueryStorefrontFacetsArgs = {
  block?: InputMaybe<StorefrontBlock>;
  category?: InputMaybe<Scalars['String']['input']>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVendorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVendorAppArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVendorAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AppStatus>;
  type?: InputMaybe<AppType>;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVendorRevenuesArgs = {
  month: Scalars['String']['input'];
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVendorRevenuesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


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

/** TY-3: the storefront block of an app type. */
export type StorefrontBlock =
  | 'CALLS'
  | 'DISCOUNTS'
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
  | 'NEWEST'
  | 'POPULARITY'
  | 'RELEVANCE';

export type SubscriptionPeriod = {
  __typename?: 'SubscriptionPeriod';
  discountPercent: Scalars['Int']['output'];
  endsAt: Scalars['DateTimeISO']['output'];
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
  paidAppOptions: Scalars['Int']['output'];
  /**
   * What the account paid, after the period discount, in kopecks.
   * @deprecated Use paid (Money: a SafeInt amount with its currency).
   */
  paidKopecks: Scalars['Int']['output'];
  periodMonths: Scalars['Int']['output'];
  purchasedAt?: Maybe<Scalars['DateTimeISO']['output']>;
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

export type SubscriptionPrice = {
  __typename?: 'SubscriptionPrice';
  discountPercent: Scalars['Int']['output'];
  /** @deprecated Use optionMonthlyPrice (Money: a SafeInt amount with its currency). */
  optionMonthlyKopecks: Scalars['Int']['output'];
  /** What one paid-app option costs a month, before the period discount (PR-3). */
  optionMonthlyPrice: Money;
  periodMonths: Scalars['Int']['output'];
};

export type TrialExtension = {
  __typename?: 'TrialExtension';
  accountId: Scalars['ID']['output'];
  appId: Scalars['ID']['output'];
  confirmedAt: Scalars['DateTimeISO']['output'];
  /** The install whose trial was extended; null when the account has not installed the app yet. */
  installId?: Maybe<Scalars['ID']['output']>;
  trialEndsAt: Scalars['DateTimeISO']['output'];
};

export type UpdateCallInput = {
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  extension?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CallStatus>;
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

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the host deactivated the user (no app access, no user context). */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  email: Scalars['String']['output'];
  /** Internal phone extension (Phone API employee lookup). */
  extension?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
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

export type UserRole =
  | 'ADMIN'
  | 'EMPLOYEE';

export type Vendor = {
  __typename?: 'Vendor';
  /** Unique, never changes; the second half of every appUid. */
  alias: Scalars['String']['output'];
  /** The vendor’s apps, newest first: PUBLISHED ones; every status for the vendor itself and moderators. One statement for a whole list of vendors. */
  apps: VendorAppConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The vendor’s public profile: who they are (at most 2000 characters). */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The vendor’s logo (https). */
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Where customers write for support. */
  supportEmail?: Maybe<Scalars['String']['output']>;
  /** Support phone number, as the vendor writes it. */
  supportPhone?: Maybe<Scalars['String']['output']>;
  /** The vendor’s website (https). */
  websiteUrl?: Maybe<Scalars['String']['output']>;
};


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
  | 'ANONYMOUS'
  | 'APP'
  | 'HOST'
  | 'MODERATOR'
  | 'SERVICE'
  | 'USER'
  | 'VENDOR'
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

export type WebhookPermissionInput = {
  /** An entity the platform knows (docs/permissions.md), e.g. phonecall, employee. */
  entity: Scalars['String']['input'];
  /** VIEW, CREATE, UPDATE, DELETE, PRINT, APPROVE (VIEW with any other). */
  operations: Array<Scalars['String']['input']>;
};

/** Tariff zone of an account (BX-9). */
export type Zone =
  | 'by'
  | 'kz'
  | 'ru';

export type WebStorefrontQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  block?: InputMaybe<StorefrontBlock>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebStorefrontQuery = { __typename?: 'Query', storefront?: { __typename?: 'AppConnection', edges: Array<{ __typename?: 'AppEdge', node: { __typename?: 'App', id: string, appUid: string, name: string, shortDescriptionRu: string, isFree: boolean, priceKopecks?: number | null, trialDays?: number | null, categories: Array<string>, storefrontBlock: StorefrontBlock, vendor: { __typename?: 'Vendor', name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type WebAppCardQueryVariables = Exact<{
  appUid: Scalars['String']['input'];
}>;


export type WebAppCardQuery = { __typename?: 'Query', storefrontApp?: { __typename?: 'App', id: string, appUid: string, name: string, description: string, isFree: boolean, priceKopecks?: number | null, trialDays?: number | null, type: AppType, categories: Array<string>, directLink?: string | null, vendor: { __typename?: 'Vendor', name: string }, access?: { __typename?: 'AppAccess', descriptorVersion: number, scope: AccessScope, permissions: Array<{ __typename?: 'EntityPermission', entity: string, operations: Array<PermissionOperation> }> } | null } | null };

export type WebAccountInstallsQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type WebAccountInstallsQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, name: string, employeesMayInstall: boolean, users?: Array<{ __typename?: 'User', id: string, fullName: string, role: UserRole }> | null, installs?: Array<{ __typename?: 'Install', id: string, status: InstallStatus, appType: InstalledAppType, installedAt: string, allowedUserIds?: Array<string> | null, app?: { __typename?: 'App', id: string, appUid: string, name: string } | null, billing?: { __typename?: 'InstallBilling', state: BillingState, trialEndsAt?: string | null } | null, permissions?: { __typename?: 'InstallPermissions', descriptorVersion: number } | null }> | null, paidAppOptions?: { __typename?: 'PaidAppOptions', total: number, used: number, free: number } | null, marketplaceSubscription?: { __typename?: 'MarketplaceSubscription', active: boolean } | null } | null };

export type WebInstallAppMutationVariables = Exact<{
  appId: Scalars['ID']['input'];
}>;


export type WebInstallAppMutation = { __typename?: 'Mutation', installApp: { __typename?: 'Install', id: string, status: InstallStatus, billing?: { __typename?: 'InstallBilling', state: BillingState, trialEndsAt?: string | null } | null } };

export type WebUninstallAppMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
}>;


export type WebUninstallAppMutation = { __typename?: 'Mutation', uninstallApp: { __typename?: 'Install', id: string, status: InstallStatus } };

export type WebSetInstallUsersMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
  userIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type WebSetInstallUsersMutation = { __typename?: 'Mutation', setInstallUsers: { __typename?: 'Install', id: string, allowedUserIds?: Array<string> | null } };

export type WebVendorAppsQueryVariables = Exact<{
  status?: InputMaybe<AppStatus>;
}>;


export type WebVendorAppsQuery = { __typename?: 'Query', vendorApps?: { __typename?: 'AppConnection', edges: Array<{ __typename?: 'AppEdge', node: { __typename?: 'App', id: string, name: string, appUid: string, status: AppStatus, type: AppType, priceKopecks?: number | null, trialDays?: number | null, vendor: { __typename?: 'Vendor', name: string } } }> } | null };

export type WebUploadDescriptorMutationVariables = Exact<{
  appId: Scalars['ID']['input'];
  xml: Scalars['String']['input'];
}>;


export type WebUploadDescriptorMutation = { __typename?: 'Mutation', uploadAppDescriptor: { __typename?: 'AppDescriptor', id: string, version: number } };

export type WebSubmitAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebSubmitAppMutation = { __typename?: 'Mutation', submitApp: { __typename?: 'App', id: string, status: AppStatus } };

export type WebPublishAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebPublishAppMutation = { __typename?: 'Mutation', publishApp: { __typename?: 'App', id: string, status: AppStatus } };

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


export type WebSetEmployeesMayInstallMutation = { __typename?: 'Mutation', setEmployeesMayInstall: { __typename?: 'Account', id: string, employeesMayInstall: boolean } };

export type WebChangeAppPricingMutationVariables = Exact<{
  appId: Scalars['ID']['input'];
  priceKopecks?: InputMaybe<Scalars['Int']['input']>;
  trialDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebChangeAppPricingMutation = { __typename?: 'Mutation', changeAppPricing: { __typename?: 'App', id: string, priceKopecks?: number | null, trialDays?: number | null } };

export type WebHideAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebHideAppMutation = { __typename?: 'Mutation', hideApp: { __typename?: 'App', id: string, status: AppStatus } };

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


export type WebDeveloperQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, localAppsConnection?: { __typename?: 'LocalAppConnection', edges: Array<{ __typename?: 'LocalAppEdge', node: { __typename?: 'LocalApp', id: string, name: string, createdAt: string } }> } | null, incomingWebhooksConnection?: { __typename?: 'IncomingWebhookConnection', edges: Array<{ __typename?: 'IncomingWebhookEdge', node: { __typename?: 'IncomingWebhook', id: string, name: string, createdAt: string, revokedAt?: string | null, permissions: Array<{ __typename?: 'InstallEntityPermission', entity: string, operations: Array<string> }> } }> } | null } | null };

export type WebCreateLocalAppMutationVariables = Exact<{
  name: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebCreateLocalAppMutation = { __typename?: 'Mutation', createLocalApp: { __typename?: 'LocalApp', id: string, name: string } };

export type WebCreateIncomingWebhookMutationVariables = Exact<{
  name: Scalars['String']['input'];
  permissions: Array<WebhookPermissionInput> | WebhookPermissionInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebCreateIncomingWebhookMutation = { __typename?: 'Mutation', createIncomingWebhook: { __typename?: 'CreatedWebhook', token: string, webhook: { __typename?: 'IncomingWebhook', id: string, name: string } } };

export type WebDeleteIncomingWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebDeleteIncomingWebhookMutation = { __typename?: 'Mutation', deleteIncomingWebhook: { __typename?: 'IncomingWebhook', id: string, revokedAt?: string | null } };

export type WebIssuePhoneApiTokenMutationVariables = Exact<{
  installId: Scalars['ID']['input'];
}>;


export type WebIssuePhoneApiTokenMutation = { __typename?: 'Mutation', issuePhoneApiToken: string };

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


export type WebReinstallAppMutation = { __typename?: 'Mutation', reinstallApp: { __typename?: 'Install', id: string, permissions?: { __typename?: 'InstallPermissions', descriptorVersion: number } | null } };


export const WebStorefrontDocument = {"__meta__":{"hash":"065c5b677d552e436313e496e571d9b2a7931680a7c7daadce68047e314d72aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebStorefront"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"freeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"block"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StorefrontBlock"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storefront"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"freeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"freeOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescriptionRu"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"storefrontBlock"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebStorefrontQuery, WebStorefrontQueryVariables>;
export const WebAppCardDocument = {"__meta__":{"hash":"a83cf0e5d84151361a413abd0ab6333bede8df756053624a2b3bdcbfb6dab788"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAppCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appUid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storefrontApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appUid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appUid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"directLink"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebAppCardQuery, WebAppCardQueryVariables>;
export const WebAccountInstallsDocument = {"__meta__":{"hash":"57b58c14b1e13cea6f4a4b443e9fade7f5dc76928060c61cd43219332079f724"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAccountInstalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeesMayInstall"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appType"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptorVersion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAppOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<WebAccountInstallsQuery, WebAccountInstallsQueryVariables>;
export const WebInstallAppDocument = {"__meta__":{"hash":"8f2c0481115f7b8c08b8d2cee4303648a4f5d2f5577c2aa4b2843dcae6dbebcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebInstallApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebInstallAppMutation, WebInstallAppMutationVariables>;
export const WebUninstallAppDocument = {"__meta__":{"hash":"b1364015e3c9771af82ebbf98a1caedff51eef3cfc257407071774fc63086025"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUninstallApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninstallApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebUninstallAppMutation, WebUninstallAppMutationVariables>;
export const WebSetInstallUsersDocument = {"__meta__":{"hash":"b6109767e356ccd36a041f83fd3548a12ff4c22a59e42b72a7cc58dc84ac4ee3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetInstallUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInstallUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedUserIds"}}]}}]}}]} as unknown as DocumentNode<WebSetInstallUsersMutation, WebSetInstallUsersMutationVariables>;
export const WebVendorAppsDocument = {"__meta__":{"hash":"c2fb26b4511a33d53d5e0a049c021d982c07135f126df311c104bf8e003b75b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebVendorApps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorApps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebVendorAppsQuery, WebVendorAppsQueryVariables>;
export const WebUploadDescriptorDocument = {"__meta__":{"hash":"cfb00e8abfddf1034b315250f5b021c0595662924658a8e402c918909538244f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUploadDescriptor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"xml"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAppDescriptor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"Argument","name":{"kind":"Name","value":"xml"},"value":{"kind":"Variable","name":{"kind":"Name","value":"xml"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebUploadDescriptorMutation, WebUploadDescriptorMutationVariables>;
export const WebSubmitAppDocument = {"__meta__":{"hash":"d190a7656393de5c36ff391d4a3b76cf93fbce28bece2a11946b439b26ffc3d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSubmitApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebSubmitAppMutation, WebSubmitAppMutationVariables>;
export const WebPublishAppDocument = {"__meta__":{"hash":"fbf51306e3fde3e81ce7cf5942b0e9f2be12c57af338c78986bfd5b70cc30d74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebPublishApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebPublishAppMutation, WebPublishAppMutationVariables>;
export const WebCategoriesDocument = {"__meta__":{"hash":"f6a3333c476c61c626239aba36fa031793274783f348e81ac782eaf8b4c233ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"appCount"}}]}}]}}]} as unknown as DocumentNode<WebCategoriesQuery, WebCategoriesQueryVariables>;
export const WebBuyPaidAppOptionsDocument = {"__meta__":{"hash":"ba01a8eb127efc1c21fb0c0bedc91ccf601192cf09f54f5bf7485d8e43904516"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebBuyPaidAppOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuyPaidAppOptionsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyPaidAppOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebBuyPaidAppOptionsMutation, WebBuyPaidAppOptionsMutationVariables>;
export const WebActivateMarketplaceDemoDocument = {"__meta__":{"hash":"7b890a369a0db24112976cbdc570ee305a74485f86823c4eb22526ce0fcda348"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebActivateMarketplaceDemo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateMarketplaceDemo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebActivateMarketplaceDemoMutation, WebActivateMarketplaceDemoMutationVariables>;
export const WebSetEmployeesMayInstallDocument = {"__meta__":{"hash":"4798579d417adf7a35bfd357cb3492b1630f7d8963c977f00cc72051e4154afa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetEmployeesMayInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmployeesMayInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allowed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeesMayInstall"}}]}}]}}]} as unknown as DocumentNode<WebSetEmployeesMayInstallMutation, WebSetEmployeesMayInstallMutationVariables>;
export const WebChangeAppPricingDocument = {"__meta__":{"hash":"729159d50ca0469eb72bd78eaeb9be694c1b725ed61d9adfe9e4ed5f14287a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebChangeAppPricing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priceKopecks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trialDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAppPricing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"Argument","name":{"kind":"Name","value":"priceKopecks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priceKopecks"}}},{"kind":"Argument","name":{"kind":"Name","value":"trialDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trialDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}}]}}]}}]} as unknown as DocumentNode<WebChangeAppPricingMutation, WebChangeAppPricingMutationVariables>;
export const WebHideAppDocument = {"__meta__":{"hash":"017abb3715dd12f9007abee556799db76110ff4a8f34751b2a2c26bc197440b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebHideApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebHideAppMutation, WebHideAppMutationVariables>;
export const WebAppByLinkDocument = {"__meta__":{"hash":"8bb99a6dd6583e56d022decfe91d6c4d88eaa1eb376a72bb8dc982d2ac4ce23c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAppByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"link"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"link"},"value":{"kind":"Variable","name":{"kind":"Name","value":"link"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appUid"}}]}}]}}]} as unknown as DocumentNode<WebAppByLinkQuery, WebAppByLinkQueryVariables>;
export const WebBuyMarketplaceSubscriptionDocument = {"__meta__":{"hash":"f47514bab4ec753fd43384fc6610335c6a674715d50809e408c12cf5b8b849ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebBuyMarketplaceSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodMonths"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyMarketplaceSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebBuyMarketplaceSubscriptionMutation, WebBuyMarketplaceSubscriptionMutationVariables>;
export const WebDeveloperDocument = {"__meta__":{"hash":"b164948c5093d0a9c5b086e2f995d7adf1468652c2f942e76a8aadaff3f954ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDeveloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAppsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomingWebhooksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDeveloperQuery, WebDeveloperQueryVariables>;
export const WebCreateLocalAppDocument = {"__meta__":{"hash":"4da5221c176c790eb67488b0f36fc443f60196d3d80e2aaa03964e026fd6bb6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateLocalApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebCreateLocalAppMutation, WebCreateLocalAppMutationVariables>;
export const WebCreateIncomingWebhookDocument = {"__meta__":{"hash":"a5e9e225a87e96dee8c885b835c3640ed037cde1b594922defb36f503264c76a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateIncomingWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookPermissionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncomingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WebCreateIncomingWebhookMutation, WebCreateIncomingWebhookMutationVariables>;
export const WebDeleteIncomingWebhookDocument = {"__meta__":{"hash":"b31fd624e63dfc6877bd554ac776caf75f67c92f082412a07b6fb4ad7d0ffcfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebDeleteIncomingWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIncomingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<WebDeleteIncomingWebhookMutation, WebDeleteIncomingWebhookMutationVariables>;
export const WebIssuePhoneApiTokenDocument = {"__meta__":{"hash":"d7dca5e0ba961667bcb3e9861cf2936ca8d56d842a9ba9a85cfb8bf2613f8112"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebIssuePhoneApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePhoneApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}}]}]}}]} as unknown as DocumentNode<WebIssuePhoneApiTokenMutation, WebIssuePhoneApiTokenMutationVariables>;
export const WebConnectLoyaltyAppDocument = {"__meta__":{"hash":"05f8cc09983e551ae7b1e24fb880c52a751cba30ca9d87034fcd097a5fbfd427"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebConnectLoyaltyApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseUrl"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectLoyaltyApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseUrl"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMasked"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebConnectLoyaltyAppMutation, WebConnectLoyaltyAppMutationVariables>;
export const WebExtendTrialDocument = {"__meta__":{"hash":"4c91efff64ca0d0de76cceb6a9489c12c28f8b234422e5db180d17b28d9de08e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebExtendTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendTrialInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"installId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebExtendTrialMutation, WebExtendTrialMutationVariables>;
export const WebMyVendorRevenueDocument = {"__meta__":{"hash":"1dbd5c06a9720bb34e7396843e4e5ba953ffa7a2b5ca34438ee5f142b63affb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyVendorRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVendorRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"paidAppMonths"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountKopecks"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<WebMyVendorRevenueQuery, WebMyVendorRevenueQueryVariables>;
export const WebReinstallAppDocument = {"__meta__":{"hash":"412d28e77cb33239d376cfda6b87facd3a04c2735d176be9ba80e0dad261e4ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReinstallApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstallApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptorVersion"}}]}}]}}]}}]} as unknown as DocumentNode<WebReinstallAppMutation, WebReinstallAppMutationVariables>;