import { graphql } from './gql';

/** Every operation the app sends; codegen types them and the gateway knows each by its hash. */

export const StorefrontQuery = graphql(`
  query WebStorefront($search: String, $freeOnly: Boolean, $category: String, $block: StorefrontBlock, $after: String) {
    storefront(first: 24, search: $search, freeOnly: $freeOnly, category: $category, block: $block, after: $after) {
      edges { node { id appUid name shortDescription isFree priceKopecks trialDays categories storefrontBlock vendor { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const AppCardQuery = graphql(`
  query WebAppCard($appUid: String!) {
    storefrontApp(appUid: $appUid) {
      id appUid name description isFree priceKopecks trialDays type categories directLink
      vendor { name }
      access { descriptorVersion scope permissions { entity operations } }
    }
  }
`);

export const AccountInstallsQuery = graphql(`
  query WebAccountInstalls($accountId: ID!) {
    account(id: $accountId) {
      id name employeesMayInstall
      users { id fullName role }
      installs { id status appType installedAt allowedUserIds app { id appUid name } billing { state trialEndsAt } permissions { descriptorVersion } }
      paidAppOptions { total used free }
      marketplaceSubscription { active }
    }
  }
`);

export const InstallMutation = graphql(`
  mutation WebInstallApp($appId: ID!) {
    installApp(appId: $appId) { install { id status billing { state trialEndsAt } } userErrors { field message code } }
  }
`);

export const UninstallMutation = graphql(`
  mutation WebUninstallApp($installId: ID!) {
    uninstallApp(installId: $installId) { install { id status } userErrors { field message code } }
  }
`);

export const SetInstallUsersMutation = graphql(`
  mutation WebSetInstallUsers($installId: ID!, $userIds: [ID!]) {
    setInstallUsers(installId: $installId, userIds: $userIds) { install { id allowedUserIds } userErrors { field message code } }
  }
`);

export const VendorAppsQuery = graphql(`
  query WebVendorApps($status: AppStatus) {
    vendorApps(first: 50, status: $status) {
      edges { node { id name appUid status type priceKopecks trialDays vendor { name } } }
    }
  }
`);

export const UploadDescriptorMutation = graphql(`
  mutation WebUploadDescriptor($appId: ID!, $xml: String!) {
    uploadAppDescriptor(appId: $appId, xml: $xml) { descriptor { id version } userErrors { field message code } }
  }
`);

export const SubmitAppMutation = graphql(`
  mutation WebSubmitApp($id: ID!) {
    submitApp(id: $id) { app { id status } userErrors { field message code } }
  }
`);

export const PublishAppMutation = graphql(`
  mutation WebPublishApp($id: ID!) {
    publishApp(id: $id) { app { id status } userErrors { field message code } }
  }
`);

export const CategoriesQuery = graphql(`
  query WebCategories {
    categories { slug name nameEn appCount }
  }
`);

export const BuyOptionsMutation = graphql(`
  mutation WebBuyPaidAppOptions($input: BuyPaidAppOptionsInput!, $idempotencyKey: String) {
    buyPaidAppOptions(input: $input, idempotencyKey: $idempotencyKey) { subscription { id } userErrors { field message code } }
  }
`);

export const ActivateDemoMutation = graphql(`
  mutation WebActivateMarketplaceDemo($idempotencyKey: String) {
    activateMarketplaceDemo(idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }
  }
`);

export const EmployeesMayInstallMutation = graphql(`
  mutation WebSetEmployeesMayInstall($allowed: Boolean!) {
    setEmployeesMayInstall(allowed: $allowed) { account { id employeesMayInstall } userErrors { field message code } }
  }
`);

export const ChangePricingMutation = graphql(`
  mutation WebChangeAppPricing($appId: ID!, $priceKopecks: Int, $trialDays: Int) {
    changeAppPricing(appId: $appId, priceKopecks: $priceKopecks, trialDays: $trialDays) { app { id priceKopecks trialDays } userErrors { field message code } }
  }
`);

export const HideAppMutation = graphql(`
  mutation WebHideApp($id: ID!, $reason: String) {
    hideApp(id: $id, reason: $reason) { app { id status } userErrors { field message code } }
  }
`);

export const AppByLinkQuery = graphql(`
  query WebAppByLink($link: String!) {
    appByLink(link: $link) { id appUid }
  }
`);

export const BuySubscriptionMutation = graphql(`
  mutation WebBuyMarketplaceSubscription($periodMonths: Int!, $idempotencyKey: String) {
    buyMarketplaceSubscription(periodMonths: $periodMonths, idempotencyKey: $idempotencyKey) { marketplaceSubscription { active demo endsAt } userErrors { field message code } }
  }
`);

export const DeveloperQuery = graphql(`
  query WebDeveloper($accountId: ID!) {
    account(id: $accountId) {
      id
      localAppsConnection(first: 50) { edges { node { id name createdAt } } }
      incomingWebhooksConnection(first: 50) { edges { node { id name createdAt revokedAt permissions { entity operations } } } }
    }
  }
`);

export const CreateLocalAppMutation = graphql(`
  mutation WebCreateLocalApp($name: String!, $idempotencyKey: String) {
    createLocalApp(name: $name, idempotencyKey: $idempotencyKey) { localApp { id name } userErrors { field message code } }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation WebCreateIncomingWebhook($name: String!, $permissions: [WebhookPermissionInput!]!, $idempotencyKey: String) {
    createIncomingWebhook(name: $name, permissions: $permissions, idempotencyKey: $idempotencyKey) { token webhook { id name } userErrors { field message code } }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation WebDeleteIncomingWebhook($id: ID!) {
    deleteIncomingWebhook(id: $id) { webhook { id revokedAt } userErrors { field message code } }
  }
`);

export const IssuePhoneKeyMutation = graphql(`
  mutation WebIssuePhoneApiToken($installId: ID!) {
    issuePhoneApiToken(installId: $installId) { token userErrors { field message code } }
  }
`);

export const ConnectLoyaltyMutation = graphql(`
  mutation WebConnectLoyaltyApp($installId: ID!, $baseUrl: String!, $token: String!) {
    connectLoyaltyApp(installId: $installId, baseUrl: $baseUrl, token: $token) { loyaltySettings { baseUrl tokenMasked updatedAt } userErrors { field message code } }
  }
`);

export const ExtendTrialMutation = graphql(`
  mutation WebExtendTrial($input: ExtendTrialInput!, $idempotencyKey: String) {
    extendTrial(input: $input, idempotencyKey: $idempotencyKey) { trialExtension { trialEndsAt installId } userErrors { field message code } }
  }
`);

export const RevenueQuery = graphql(`
  query WebMyVendorRevenue($month: String!) {
    myVendorRevenue(month: $month) { month paidAppMonths listPrice { amountKopecks currency } share { amountKopecks currency } }
  }
`);

export const ReinstallMutation = graphql(`
  mutation WebReinstallApp($installId: ID!) {
    reinstallApp(installId: $installId) { install { id permissions { descriptorVersion } } userErrors { field message code } }
  }
`);
