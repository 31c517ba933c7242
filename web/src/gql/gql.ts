/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WebStorefront($search: String, $freeOnly: Boolean, $category: String, $block: StorefrontBlock, $after: String) {\n    storefront(first: 24, search: $search, freeOnly: $freeOnly, category: $category, block: $block, after: $after) {\n      edges { node { id appUid name shortDescription isFree priceKopecks trialDays categories storefrontBlock vendor { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.WebStorefrontDocument,
    "\n  query WebAppCard($appUid: String!) {\n    storefrontApp(appUid: $appUid) {\n      id appUid name description isFree priceKopecks trialDays type categories directLink\n      vendor { name }\n      access { descriptorVersion scope permissions { entity operations } }\n    }\n  }\n": typeof types.WebAppCardDocument,
    "\n  query WebAccountInstalls($accountId: ID!) {\n    account(id: $accountId) {\n      id name employeesMayInstall\n      users { id fullName role }\n      installs { id status appType installedAt allowedUserIds app { id appUid name } billing { state trialEndsAt } permissions { descriptorVersion } }\n      paidAppOptions { total used free }\n      marketplaceSubscription { active }\n    }\n  }\n": typeof types.WebAccountInstallsDocument,
    "\n  mutation WebInstallApp($appId: ID!) {\n    installApp(appId: $appId) { install { id status billing { state trialEndsAt } } userErrors { field message code } }\n  }\n": typeof types.WebInstallAppDocument,
    "\n  mutation WebUninstallApp($installId: ID!) {\n    uninstallApp(installId: $installId) { install { id status } userErrors { field message code } }\n  }\n": typeof types.WebUninstallAppDocument,
    "\n  mutation WebSetInstallUsers($installId: ID!, $userIds: [ID!]) {\n    setInstallUsers(installId: $installId, userIds: $userIds) { install { id allowedUserIds } userErrors { field message code } }\n  }\n": typeof types.WebSetInstallUsersDocument,
    "\n  query WebVendorApps($status: AppStatus) {\n    vendorApps(first: 50, status: $status) {\n      edges { node { id name appUid status type priceKopecks trialDays vendor { name } } }\n    }\n  }\n": typeof types.WebVendorAppsDocument,
    "\n  mutation WebUploadDescriptor($appId: ID!, $xml: String!) {\n    uploadAppDescriptor(appId: $appId, xml: $xml) { descriptor { id version } userErrors { field message code } }\n  }\n": typeof types.WebUploadDescriptorDocument,
    "\n  mutation WebSubmitApp($id: ID!) {\n    submitApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n": typeof types.WebSubmitAppDocument,
    "\n  mutation WebPublishApp($id: ID!) {\n    publishApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n": typeof types.WebPublishAppDocument,
    "\n  query WebCategories {\n    categories { slug name nameEn appCount }\n  }\n": typeof types.WebCategoriesDocument,
    "\n  mutation WebBuyPaidAppOptions($input: BuyPaidAppOptionsInput!, $idempotencyKey: String) {\n    buyPaidAppOptions(input: $input, idempotencyKey: $idempotencyKey) { subscription { id } userErrors { field message code } }\n  }\n": typeof types.WebBuyPaidAppOptionsDocument,
    "\n  mutation WebActivateMarketplaceDemo($idempotencyKey: String) {\n    activateMarketplaceDemo(idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n": typeof types.WebActivateMarketplaceDemoDocument,
    "\n  mutation WebSetEmployeesMayInstall($allowed: Boolean!) {\n    setEmployeesMayInstall(allowed: $allowed) { account { id employeesMayInstall } userErrors { field message code } }\n  }\n": typeof types.WebSetEmployeesMayInstallDocument,
    "\n  mutation WebChangeAppPricing($appId: ID!, $priceKopecks: Int, $trialDays: Int) {\n    changeAppPricing(appId: $appId, priceKopecks: $priceKopecks, trialDays: $trialDays) { app { id priceKopecks trialDays } userErrors { field message code } }\n  }\n": typeof types.WebChangeAppPricingDocument,
    "\n  mutation WebHideApp($id: ID!, $reason: String) {\n    hideApp(id: $id, reason: $reason) { app { id status } userErrors { field message code } }\n  }\n": typeof types.WebHideAppDocument,
    "\n  query WebAppByLink($link: String!) {\n    appByLink(link: $link) { id appUid }\n  }\n": typeof types.WebAppByLinkDocument,
    "\n  mutation WebBuyMarketplaceSubscription($periodMonths: Int!, $idempotencyKey: String) {\n    buyMarketplaceSubscription(periodMonths: $periodMonths, idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n": typeof types.WebBuyMarketplaceSubscriptionDocument,
    "\n  query WebDeveloper($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      localAppsConnection(first: 50) { edges { node { id name createdAt } } }\n      incomingWebhooksConnection(first: 50) { edges { node { id name createdAt revokedAt permissions { entity operations } } } }\n    }\n  }\n": typeof types.WebDeveloperDocument,
    "\n  mutation WebCreateLocalApp($name: String!, $idempotencyKey: String) {\n    createLocalApp(name: $name, idempotencyKey: $idempotencyKey) { localApp { id name } userErrors { field message code } }\n  }\n": typeof types.WebCreateLocalAppDocument,
    "\n  mutation WebCreateIncomingWebhook($name: String!, $permissions: [WebhookPermissionInput!]!, $idempotencyKey: String) {\n    createIncomingWebhook(name: $name, permissions: $permissions, idempotencyKey: $idempotencyKey) { token webhook { id name } userErrors { field message code } }\n  }\n": typeof types.WebCreateIncomingWebhookDocument,
    "\n  mutation WebDeleteIncomingWebhook($id: ID!) {\n    deleteIncomingWebhook(id: $id) { webhook { id revokedAt } userErrors { field message code } }\n  }\n": typeof types.WebDeleteIncomingWebhookDocument,
    "\n  mutation WebIssuePhoneApiToken($installId: ID!) {\n    issuePhoneApiToken(installId: $installId) { token userErrors { field message code } }\n  }\n": typeof types.WebIssuePhoneApiTokenDocument,
    "\n  mutation WebConnectLoyaltyApp($installId: ID!, $baseUrl: String!, $token: String!) {\n    connectLoyaltyApp(installId: $installId, baseUrl: $baseUrl, token: $token) { loyaltySettings { baseUrl tokenMasked updatedAt } userErrors { field message code } }\n  }\n": typeof types.WebConnectLoyaltyAppDocument,
    "\n  mutation WebExtendTrial($input: ExtendTrialInput!, $idempotencyKey: String) {\n    extendTrial(input: $input, idempotencyKey: $idempotencyKey) { trialExtension { trialEndsAt installId } userErrors { field message code } }\n  }\n": typeof types.WebExtendTrialDocument,
    "\n  query WebMyVendorRevenue($month: String!) {\n    myVendorRevenue(month: $month) { month paidAppMonths listPrice { amountKopecks currency } share { amountKopecks currency } }\n  }\n": typeof types.WebMyVendorRevenueDocument,
    "\n  mutation WebReinstallApp($installId: ID!) {\n    reinstallApp(installId: $installId) { install { id permissions { descriptorVersion } } userErrors { field message code } }\n  }\n": typeof types.WebReinstallAppDocument,
};
const documents: Documents = {
    "\n  query WebStorefront($search: String, $freeOnly: Boolean, $category: String, $block: StorefrontBlock, $after: String) {\n    storefront(first: 24, search: $search, freeOnly: $freeOnly, category: $category, block: $block, after: $after) {\n      edges { node { id appUid name shortDescription isFree priceKopecks trialDays categories storefrontBlock vendor { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.WebStorefrontDocument,
    "\n  query WebAppCard($appUid: String!) {\n    storefrontApp(appUid: $appUid) {\n      id appUid name description isFree priceKopecks trialDays type categories directLink\n      vendor { name }\n      access { descriptorVersion scope permissions { entity operations } }\n    }\n  }\n": types.WebAppCardDocument,
    "\n  query WebAccountInstalls($accountId: ID!) {\n    account(id: $accountId) {\n      id name employeesMayInstall\n      users { id fullName role }\n      installs { id status appType installedAt allowedUserIds app { id appUid name } billing { state trialEndsAt } permissions { descriptorVersion } }\n      paidAppOptions { total used free }\n      marketplaceSubscription { active }\n    }\n  }\n": types.WebAccountInstallsDocument,
    "\n  mutation WebInstallApp($appId: ID!) {\n    installApp(appId: $appId) { install { id status billing { state trialEndsAt } } userErrors { field message code } }\n  }\n": types.WebInstallAppDocument,
    "\n  mutation WebUninstallApp($installId: ID!) {\n    uninstallApp(installId: $installId) { install { id status } userErrors { field message code } }\n  }\n": types.WebUninstallAppDocument,
    "\n  mutation WebSetInstallUsers($installId: ID!, $userIds: [ID!]) {\n    setInstallUsers(installId: $installId, userIds: $userIds) { install { id allowedUserIds } userErrors { field message code } }\n  }\n": types.WebSetInstallUsersDocument,
    "\n  query WebVendorApps($status: AppStatus) {\n    vendorApps(first: 50, status: $status) {\n      edges { node { id name appUid status type priceKopecks trialDays vendor { name } } }\n    }\n  }\n": types.WebVendorAppsDocument,
    "\n  mutation WebUploadDescriptor($appId: ID!, $xml: String!) {\n    uploadAppDescriptor(appId: $appId, xml: $xml) { descriptor { id version } userErrors { field message code } }\n  }\n": types.WebUploadDescriptorDocument,
    "\n  mutation WebSubmitApp($id: ID!) {\n    submitApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n": types.WebSubmitAppDocument,
    "\n  mutation WebPublishApp($id: ID!) {\n    publishApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n": types.WebPublishAppDocument,
    "\n  query WebCategories {\n    categories { slug name nameEn appCount }\n  }\n": types.WebCategoriesDocument,
    "\n  mutation WebBuyPaidAppOptions($input: BuyPaidAppOptionsInput!, $idempotencyKey: String) {\n    buyPaidAppOptions(input: $input, idempotencyKey: $idempotencyKey) { subscription { id } userErrors { field message code } }\n  }\n": types.WebBuyPaidAppOptionsDocument,
    "\n  mutation WebActivateMarketplaceDemo($idempotencyKey: String) {\n    activateMarketplaceDemo(idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n": types.WebActivateMarketplaceDemoDocument,
    "\n  mutation WebSetEmployeesMayInstall($allowed: Boolean!) {\n    setEmployeesMayInstall(allowed: $allowed) { account { id employeesMayInstall } userErrors { field message code } }\n  }\n": types.WebSetEmployeesMayInstallDocument,
    "\n  mutation WebChangeAppPricing($appId: ID!, $priceKopecks: Int, $trialDays: Int) {\n    changeAppPricing(appId: $appId, priceKopecks: $priceKopecks, trialDays: $trialDays) { app { id priceKopecks trialDays } userErrors { field message code } }\n  }\n": types.WebChangeAppPricingDocument,
    "\n  mutation WebHideApp($id: ID!, $reason: String) {\n    hideApp(id: $id, reason: $reason) { app { id status } userErrors { field message code } }\n  }\n": types.WebHideAppDocument,
    "\n  query WebAppByLink($link: String!) {\n    appByLink(link: $link) { id appUid }\n  }\n": types.WebAppByLinkDocument,
    "\n  mutation WebBuyMarketplaceSubscription($periodMonths: Int!, $idempotencyKey: String) {\n    buyMarketplaceSubscription(periodMonths: $periodMonths, idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n": types.WebBuyMarketplaceSubscriptionDocument,
    "\n  query WebDeveloper($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      localAppsConnection(first: 50) { edges { node { id name createdAt } } }\n      incomingWebhooksConnection(first: 50) { edges { node { id name createdAt revokedAt permissions { entity operations } } } }\n    }\n  }\n": types.WebDeveloperDocument,
    "\n  mutation WebCreateLocalApp($name: String!, $idempotencyKey: String) {\n    createLocalApp(name: $name, idempotencyKey: $idempotencyKey) { localApp { id name } userErrors { field message code } }\n  }\n": types.WebCreateLocalAppDocument,
    "\n  mutation WebCreateIncomingWebhook($name: String!, $permissions: [WebhookPermissionInput!]!, $idempotencyKey: String) {\n    createIncomingWebhook(name: $name, permissions: $permissions, idempotencyKey: $idempotencyKey) { token webhook { id name } userErrors { field message code } }\n  }\n": types.WebCreateIncomingWebhookDocument,
    "\n  mutation WebDeleteIncomingWebhook($id: ID!) {\n    deleteIncomingWebhook(id: $id) { webhook { id revokedAt } userErrors { field message code } }\n  }\n": types.WebDeleteIncomingWebhookDocument,
    "\n  mutation WebIssuePhoneApiToken($installId: ID!) {\n    issuePhoneApiToken(installId: $installId) { token userErrors { field message code } }\n  }\n": types.WebIssuePhoneApiTokenDocument,
    "\n  mutation WebConnectLoyaltyApp($installId: ID!, $baseUrl: String!, $token: String!) {\n    connectLoyaltyApp(installId: $installId, baseUrl: $baseUrl, token: $token) { loyaltySettings { baseUrl tokenMasked updatedAt } userErrors { field message code } }\n  }\n": types.WebConnectLoyaltyAppDocument,
    "\n  mutation WebExtendTrial($input: ExtendTrialInput!, $idempotencyKey: String) {\n    extendTrial(input: $input, idempotencyKey: $idempotencyKey) { trialExtension { trialEndsAt installId } userErrors { field message code } }\n  }\n": types.WebExtendTrialDocument,
    "\n  query WebMyVendorRevenue($month: String!) {\n    myVendorRevenue(month: $month) { month paidAppMonths listPrice { amountKopecks currency } share { amountKopecks currency } }\n  }\n": types.WebMyVendorRevenueDocument,
    "\n  mutation WebReinstallApp($installId: ID!) {\n    reinstallApp(installId: $installId) { install { id permissions { descriptorVersion } } userErrors { field message code } }\n  }\n": types.WebReinstallAppDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebStorefront($search: String, $freeOnly: Boolean, $category: String, $block: StorefrontBlock, $after: String) {\n    storefront(first: 24, search: $search, freeOnly: $freeOnly, category: $category, block: $block, after: $after) {\n      edges { node { id appUid name shortDescription isFree priceKopecks trialDays categories storefrontBlock vendor { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query WebStorefront($search: String, $freeOnly: Boolean, $category: String, $block: StorefrontBlock, $after: String) {\n    storefront(first: 24, search: $search, freeOnly: $freeOnly, category: $category, block: $block, after: $after) {\n      edges { node { id appUid name shortDescription isFree priceKopecks trialDays categories storefrontBlock vendor { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAppCard($appUid: String!) {\n    storefrontApp(appUid: $appUid) {\n      id appUid name description isFree priceKopecks trialDays type categories directLink\n      vendor { name }\n      access { descriptorVersion scope permissions { entity operations } }\n    }\n  }\n"): (typeof documents)["\n  query WebAppCard($appUid: String!) {\n    storefrontApp(appUid: $appUid) {\n      id appUid name description isFree priceKopecks trialDays type categories directLink\n      vendor { name }\n      access { descriptorVersion scope permissions { entity operations } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAccountInstalls($accountId: ID!) {\n    account(id: $accountId) {\n      id name employeesMayInstall\n      users { id fullName role }\n      installs { id status appType installedAt allowedUserIds app { id appUid name } billing { state trialEndsAt } permissions { descriptorVersion } }\n      paidAppOptions { total used free }\n      marketplaceSubscription { active }\n    }\n  }\n"): (typeof documents)["\n  query WebAccountInstalls($accountId: ID!) {\n    account(id: $accountId) {\n      id name employeesMayInstall\n      users { id fullName role }\n      installs { id status appType installedAt allowedUserIds app { id appUid name } billing { state trialEndsAt } permissions { descriptorVersion } }\n      paidAppOptions { total used free }\n      marketplaceSubscription { active }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebInstallApp($appId: ID!) {\n    installApp(appId: $appId) { install { id status billing { state trialEndsAt } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebInstallApp($appId: ID!) {\n    installApp(appId: $appId) { install { id status billing { state trialEndsAt } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUninstallApp($installId: ID!) {\n    uninstallApp(installId: $installId) { install { id status } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebUninstallApp($installId: ID!) {\n    uninstallApp(installId: $installId) { install { id status } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSetInstallUsers($installId: ID!, $userIds: [ID!]) {\n    setInstallUsers(installId: $installId, userIds: $userIds) { install { id allowedUserIds } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebSetInstallUsers($installId: ID!, $userIds: [ID!]) {\n    setInstallUsers(installId: $installId, userIds: $userIds) { install { id allowedUserIds } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebVendorApps($status: AppStatus) {\n    vendorApps(first: 50, status: $status) {\n      edges { node { id name appUid status type priceKopecks trialDays vendor { name } } }\n    }\n  }\n"): (typeof documents)["\n  query WebVendorApps($status: AppStatus) {\n    vendorApps(first: 50, status: $status) {\n      edges { node { id name appUid status type priceKopecks trialDays vendor { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUploadDescriptor($appId: ID!, $xml: String!) {\n    uploadAppDescriptor(appId: $appId, xml: $xml) { descriptor { id version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebUploadDescriptor($appId: ID!, $xml: String!) {\n    uploadAppDescriptor(appId: $appId, xml: $xml) { descriptor { id version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubmitApp($id: ID!) {\n    submitApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebSubmitApp($id: ID!) {\n    submitApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPublishApp($id: ID!) {\n    publishApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebPublishApp($id: ID!) {\n    publishApp(id: $id) { app { id status } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCategories {\n    categories { slug name nameEn appCount }\n  }\n"): (typeof documents)["\n  query WebCategories {\n    categories { slug name nameEn appCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebBuyPaidAppOptions($input: BuyPaidAppOptionsInput!, $idempotencyKey: String) {\n    buyPaidAppOptions(input: $input, idempotencyKey: $idempotencyKey) { subscription { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebBuyPaidAppOptions($input: BuyPaidAppOptionsInput!, $idempotencyKey: String) {\n    buyPaidAppOptions(input: $input, idempotencyKey: $idempotencyKey) { subscription { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebActivateMarketplaceDemo($idempotencyKey: String) {\n    activateMarketplaceDemo(idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebActivateMarketplaceDemo($idempotencyKey: String) {\n    activateMarketplaceDemo(idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSetEmployeesMayInstall($allowed: Boolean!) {\n    setEmployeesMayInstall(allowed: $allowed) { account { id employeesMayInstall } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebSetEmployeesMayInstall($allowed: Boolean!) {\n    setEmployeesMayInstall(allowed: $allowed) { account { id employeesMayInstall } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebChangeAppPricing($appId: ID!, $priceKopecks: Int, $trialDays: Int) {\n    changeAppPricing(appId: $appId, priceKopecks: $priceKopecks, trialDays: $trialDays) { app { id priceKopecks trialDays } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebChangeAppPricing($appId: ID!, $priceKopecks: Int, $trialDays: Int) {\n    changeAppPricing(appId: $appId, priceKopecks: $priceKopecks, trialDays: $trialDays) { app { id priceKopecks trialDays } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebHideApp($id: ID!, $reason: String) {\n    hideApp(id: $id, reason: $reason) { app { id status } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebHideApp($id: ID!, $reason: String) {\n    hideApp(id: $id, reason: $reason) { app { id status } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAppByLink($link: String!) {\n    appByLink(link: $link) { id appUid }\n  }\n"): (typeof documents)["\n  query WebAppByLink($link: String!) {\n    appByLink(link: $link) { id appUid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebBuyMarketplaceSubscription($periodMonths: Int!, $idempotencyKey: String) {\n    buyMarketplaceSubscription(periodMonths: $periodMonths, idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebBuyMarketplaceSubscription($periodMonths: Int!, $idempotencyKey: String) {\n    buyMarketplaceSubscription(periodMonths: $periodMonths, idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDeveloper($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      localAppsConnection(first: 50) { edges { node { id name createdAt } } }\n      incomingWebhooksConnection(first: 50) { edges { node { id name createdAt revokedAt permissions { entity operations } } } }\n    }\n  }\n"): (typeof documents)["\n  query WebDeveloper($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      localAppsConnection(first: 50) { edges { node { id name createdAt } } }\n      incomingWebhooksConnection(first: 50) { edges { node { id name createdAt revokedAt permissions { entity operations } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateLocalApp($name: String!, $idempotencyKey: String) {\n    createLocalApp(name: $name, idempotencyKey: $idempotencyKey) { localApp { id name } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebCreateLocalApp($name: String!, $idempotencyKey: String) {\n    createLocalApp(name: $name, idempotencyKey: $idempotencyKey) { localApp { id name } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateIncomingWebhook($name: String!, $permissions: [WebhookPermissionInput!]!, $idempotencyKey: String) {\n    createIncomingWebhook(name: $name, permissions: $permissions, idempotencyKey: $idempotencyKey) { token webhook { id name } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebCreateIncomingWebhook($name: String!, $permissions: [WebhookPermissionInput!]!, $idempotencyKey: String) {\n    createIncomingWebhook(name: $name, permissions: $permissions, idempotencyKey: $idempotencyKey) { token webhook { id name } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteIncomingWebhook($id: ID!) {\n    deleteIncomingWebhook(id: $id) { webhook { id revokedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebDeleteIncomingWebhook($id: ID!) {\n    deleteIncomingWebhook(id: $id) { webhook { id revokedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebIssuePhoneApiToken($installId: ID!) {\n    issuePhoneApiToken(installId: $installId) { token userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebIssuePhoneApiToken($installId: ID!) {\n    issuePhoneApiToken(installId: $installId) { token userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebConnectLoyaltyApp($installId: ID!, $baseUrl: String!, $token: String!) {\n    connectLoyaltyApp(installId: $installId, baseUrl: $baseUrl, token: $token) { loyaltySettings { baseUrl tokenMasked updatedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebConnectLoyaltyApp($installId: ID!, $baseUrl: String!, $token: String!) {\n    connectLoyaltyApp(installId: $installId, baseUrl: $baseUrl, token: $token) { loyaltySettings { baseUrl tokenMasked updatedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebExtendTrial($input: ExtendTrialInput!, $idempotencyKey: String) {\n    extendTrial(input: $input, idempotencyKey: $idempotencyKey) { trialExtension { trialEndsAt installId } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebExtendTrial($input: ExtendTrialInput!, $idempotencyKey: String) {\n    extendTrial(input: $input, idempotencyKey: $idempotencyKey) { trialExtension { trialEndsAt installId } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMyVendorRevenue($month: String!) {\n    myVendorRevenue(month: $month) { month paidAppMonths listPrice { amountKopecks currency } share { amountKopecks currency } }\n  }\n"): (typeof documents)["\n  query WebMyVendorRevenue($month: String!) {\n    myVendorRevenue(month: $month) { month paidAppMonths listPrice { amountKopecks currency } share { amountKopecks currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReinstallApp($installId: ID!) {\n    reinstallApp(installId: $installId) { install { id permissions { descriptorVersion } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation WebReinstallApp($installId: ID!) {\n    reinstallApp(installId: $installId) { install { id permissions { descriptorVersion } } userErrors { field message code } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;