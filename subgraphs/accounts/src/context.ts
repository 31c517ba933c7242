import { HOUR, type Clock, type Logger } from '@appmarket/core';
import { IdempotencyKeys } from '@appmarket/db';
import { createEgressDispatcher, egressPolicyFrom, type LookupFunction } from '@appmarket/egress';
import { accountScopeOf, createPageLoaders, loaderByKey, loaderOfMany, type BaseContext, type Identity } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { AccountService } from './accounts/account.service';
import { DeveloperService } from './developer/developer.service';
import type { AccountsRuntimeConfig } from './config';
import { InstallCountsService } from './install-state/install-counts.service';
import { InstallService } from './installs/install.service';
import type { JobQueue } from './jobs/job-queue';
import { MaintenanceService } from './jobs/maintenance.service';
import type { BillingPort } from './peers/billing.port';
import type { CatalogPort } from './peers/catalog.port';
import type { TelephonyPort } from './peers/telephony.port';
import { AppTokenService } from './tokens/app-token.service';
import { ContextKeyService } from './user-context/context-key.service';
import { UserService } from './users/user.service';
import { HostConsequences } from './provisioning/host-consequences';
import { ProvisioningService } from './provisioning/provisioning.service';
import { VendorCallService } from './vendor-api/vendor-call.service';
import { VendorEventService } from './vendor-api/vendor-event.service';

export interface AccountsServiceDeps {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  catalog: CatalogPort;
  billing: BillingPort;
  telephony: TelephonyPort;
  config: AccountsRuntimeConfig;
  /** The job queue starts after the services are built; it is reached lazily. */
  jobs: () => JobQueue;
  /** Tests make host names resolve where they like (DNS rebinding cases); dns.lookup otherwise. */
  egressLookup?: LookupFunction;
}

export function createAccountsServices(deps: AccountsServiceDeps) {
  const { dataSource, clock, catalog, billing, jobs } = deps;
  const tokens = new AppTokenService(dataSource, clock);
  const idempotency = new IdempotencyKeys(dataSource, clock, { retentionMs: deps.config.IDEMPOTENCY_KEY_RETENTION_HOURS * HOUR });
  const policy = egressPolicyFrom(deps.config);
  // Every call to a vendor's server goes through this dispatcher: it checks the address connected to.
  const egressDispatcher = createEgressDispatcher({ policy, lookup: deps.egressLookup });
  const vendorCalls = new VendorCallService(dataSource, clock, catalog, billing, tokens, jobs, {
    timeoutMs: deps.config.VENDOR_API_TIMEOUT_MS, policy, dispatcher: egressDispatcher, publicBaseUrl: deps.config.PUBLIC_BASE_URL,
  }, deps.logger);
  return {
    accounts: new AccountService(dataSource, catalog),
    users: new UserService(dataSource),
    installs: new InstallService({
      dataSource, clock, catalog, billing, tokens, vendorCalls, jobs, freeAppLimits: deps.config.ACCOUNTS_FREE_APP_LIMITS, idempotency,
    }),
    tokens,
    db: dataSource,
    installCounts: new InstallCountsService(dataSource),
    config: deps.config,
    vendorCalls,
    vendorEvents: new VendorEventService(dataSource, clock, tokens, vendorCalls),
    contextKeys: new ContextKeyService(dataSource, clock),
    developer: new DeveloperService(dataSource, clock, billing, idempotency),
    idempotency,
    maintenance: new MaintenanceService(dataSource, clock, idempotency),
    provisioning: new ProvisioningService(dataSource, clock, new HostConsequences(clock, tokens, vendorCalls)),
    egressDispatcher,
    catalog,
    billing,
    telephony: deps.telephony,
    clock,
  };
}
export type AccountsServices = ReturnType<typeof createAccountsServices>;

/** Per-request DataLoaders: one statement per kind of row, however long the page. */
function createLoaders(s: AccountsServices, identity: Identity) {
  return {
    accountById: loaderByKey((ids: readonly string[]) => s.accounts.findByIds(ids), (a) => a.id),
    userById: loaderByKey((ids: readonly string[]) => s.users.findByIds(ids), (u) => u.id),
    usersByAccountId: loaderOfMany((ids: readonly string[]) => s.users.findByAccountIds(ids), (u) => u.accountId),
    installById: loaderByKey((ids: readonly string[]) => s.installs.findByIds(ids), (i) => i.id),
    installsByAccountId: loaderOfMany((ids: readonly string[]) => s.installs.findBy('account_id', ids), (i) => i.accountId),
    // Installs of apps as the caller may see them: a user's or an app's own account only, filtered in
    // SQL (an app has many installs; a storefront page must not read them all to show one).
    installsByAppId: loaderOfMany((ids: readonly string[]) => {
      const scope = accountScopeOf(identity);
      return s.installs.findBy('app_id', ids, scope.all ? undefined : scope.accountId);
    }, (i) => i.appId),
    installCountByApp: loaderByKey((ids: readonly string[]) => s.installCounts.liveByApp(ids), (c) => c.appId),
    liveInstallCountsByAccount: loaderByKey((ids: readonly string[]) => s.installCounts.liveByAccount(ids), (c) => c.accountId),
    localAppsByAccountId: loaderOfMany((ids: readonly string[]) => s.developer.findLocalApps(ids), (l) => l.accountId),
    localAppById: loaderByKey((ids: readonly string[]) => s.developer.findLocalAppsByIds(ids), (l) => l.id),
    webhookById: loaderByKey((ids: readonly string[]) => s.developer.findWebhooksByIds(ids), (w) => w.id),
    pages: createPageLoaders(s.db),
    webhooksByAccountId: loaderOfMany((ids: readonly string[]) => s.developer.findWebhooks(ids), (w) => w.accountId),
  };
}

export interface AccountsContext extends BaseContext {
  services: AccountsServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createAccountsContext(services: AccountsServices) {
  return (base: BaseContext): AccountsContext => ({ ...base, services, loaders: createLoaders(services, base.identity) });
}
