import { graphql } from './gql';

/** Every operation the app sends; codegen types them and the gateway knows each by its hash. */

export const StorefrontQuery = graphql(`
  query WebStorefront($search: String, $freeOnly: Boolean, $category: String, $after: String) {
    storefront(first: 24, search: $search, freeOnly: $freeOnly, category: $category, after: $after) {
      edges { node { id appUid name shortDescriptionRu isFree priceKopecks trialDays categories storefrontBlock vendor { name } } }
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
      installs { id status installedAt allowedUserIds app { id appUid name } billing { state trialEndsAt } permissions { descriptorVersion } }
      paidAppOptions { total used free }
      marketplaceSubscription { active }
    }
  }
`);

export const InstallMutation = graphql(`
  mutation WebInstallApp($appId: ID!) {
    installApp(appId: $appId) { id status billing { state trialEndsAt } }
  }
`);

export const UninstallMutation = graphql(`
  mutation WebUninstallApp($installId: ID!) {
    uninstallApp(installId: $installId) { id status }
  }
`);

export const SetInstallUsersMutation = graphql(`
  mutation WebSetInstallUsers($installId: ID!, $userIds: [ID!]) {
    setInstallUsers(installId: $installId, userIds: $userIds) { id allowedUserIds }
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
    uploadAppDescriptor(appId: $appId, xml: $xml) { id version }
  }
`);

export const SubmitAppMutation = graphql(`
  mutation WebSubmitApp($id: ID!) {
    submitApp(id: $id) { id status }
  }
`);

export const PublishAppMutation = graphql(`
  mutation WebPublishApp($id: ID!) {
    publishApp(id: $id) { id status }
  }
`);

export const CategoriesQuery = graphql(`
  query WebCategories {
    categories { slug name nameEn appCount }
  }
`);

export const BuyOptionsMutation = graphql(`
  mutation WebBuyPaidAppOptions($input: BuyPaidAppOptionsInput!, $idempotencyKey: String) {
    buyPaidAppOptions(input: $input, idempotencyKey: $idempotencyKey) { id }
  }
`);

export const ActivateDemoMutation = graphql(`
  mutation WebActivateMarketplaceDemo($idempotencyKey: String) {
    activateMarketplaceDemo(idempotencyKey: $idempotencyKey) { active demo endsAt }
  }
`);

export const EmployeesMayInstallMutation = graphql(`
  mutation WebSetEmployeesMayInstall($allowed: Boolean!) {
    setEmployeesMayInstall(allowed: $allowed) { id employeesMayInstall }
  }
`);

export const ChangePricingMutation = graphql(`
  mutation WebChangeAppPricing($appId: ID!, $priceKopecks: Int, $trialDays: Int) {
    changeAppPricing(appId: $appId, priceKopecks: $priceKopecks, trialDays: $trialDays) { id priceKopecks trialDays }
  }
`);

export const HideAppMutation = graphql(`
  mutation WebHideApp($id: ID!, $reason: String) {
    hideApp(id: $id, reason: $reason) { id status }
  }
`);
