import { randomUUID } from 'node:crypto';
import { Account } from '@appmarket/accounts/src/accounts/account.entity';
import { UserRole, Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { InstalledAppType, InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import { User } from '@appmarket/accounts/src/users/user.entity';
import { BillingState } from '@appmarket/billing/src/installs/billing-state.enum';
import { InstallBilling } from '@appmarket/billing/src/installs/install-billing.entity';
import { Subscription } from '@appmarket/billing/src/subscriptions/subscription.entity';
import { App } from '@appmarket/catalog/src/apps/app.entity';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { Call } from '@appmarket/telephony-loyalty/src/calls/call.entity';
import { CallDirection, CallStatus } from '@appmarket/telephony-loyalty/src/calls/call.enums';
import type { DataSource } from 'typeorm';

/**
 * Factories that write a test's own rows, each through the data source of the subgraph that
 * owns them. Every call makes new rows with unique names: tests never share mutable fixtures.
 */
const unique = () => randomUUID().slice(0, 8);

export async function makeVendor(catalog: DataSource, over: Partial<Vendor> = {}): Promise<Vendor> {
  const alias = over.alias ?? `vendor-${unique()}`;
  return catalog.getRepository(Vendor).save({ id: randomUUID(), alias, name: `Vendor ${alias}`, ...over });
}

export async function makeApp(catalog: DataSource, vendor: Vendor, over: Partial<App> = {}): Promise<App> {
  const alias = over.alias ?? `app-${unique()}`;
  return catalog.getRepository(App).save({
    id: randomUUID(), vendorId: vendor.id, alias, name: `App ${alias}`, description: 'Test app', category: 'test',
    type: AppType.SERVER, status: AppStatus.PUBLISHED, priceKopecks: null, trialDays: null, ...over,
  });
}

export async function makeAccount(accounts: DataSource, over: Partial<Account> = {}): Promise<Account> {
  return accounts.getRepository(Account).save({ id: randomUUID(), name: `Account ${unique()}`, tariff: 'BASIC', zone: Zone.RU, ...over });
}

export async function makeUser(accounts: DataSource, account: Account, over: Partial<User> = {}): Promise<User> {
  const id = randomUUID();
  return accounts.getRepository(User).save({
    id, accountId: account.id, fullName: 'Анна Иванова', email: `${id}@example.ru`, role: UserRole.ADMIN, extension: null, ...over,
  });
}

export async function makeInstall(accounts: DataSource, account: Account, app: App, over: Partial<Install> = {}): Promise<Install> {
  return accounts.getRepository(Install).save({
    id: randomUUID(), accountId: account.id, appId: app.id, appType: app.type as unknown as InstalledAppType,
    status: InstallStatus.ACTIVE, installedAt: new Date('2026-10-01T10:00:00Z'), uninstalledAt: null, ...over,
  });
}

export async function makeInstallBilling(billing: DataSource, install: Install, over: Partial<InstallBilling> = {}): Promise<InstallBilling> {
  return billing.getRepository(InstallBilling).save({
    installId: install.id, accountId: install.accountId, appId: install.appId, state: BillingState.FREE, trialEndsAt: null,
    paidAppOptionsUsed: 0, ...over,
  });
}

export async function makeSubscription(billing: DataSource, accountId: string, over: Partial<Subscription> = {}): Promise<Subscription> {
  return billing.getRepository(Subscription).save({
    id: randomUUID(), accountId, paidAppOptions: 2, periodMonths: 1,
    startsAt: new Date('2026-10-15T00:00:00Z'), endsAt: new Date('2026-11-15T00:00:00Z'), ...over,
  });
}

export async function makeCall(telephony: DataSource, install: Install, over: Partial<Call> = {}): Promise<Call> {
  return telephony.getRepository(Call).save({
    id: randomUUID(), accountId: install.accountId, installId: install.id, externalId: `ext-${unique()}`,
    direction: CallDirection.INCOMING, fromNumber: '+7 900 000-00-00', toNumber: '101', userId: null,
    status: CallStatus.COMPLETED, startedAt: new Date('2026-10-20T12:00:00Z'), durationSeconds: 60, ...over,
  });
}
