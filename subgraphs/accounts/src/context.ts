import type { Clock } from '@appmarket/core';
import { loaderByKey, loaderOfMany, type BaseContext } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { AccountService } from './accounts/account.service';
import { InstallService } from './installs/install.service';
import { UserService } from './users/user.service';

export function createAccountsServices(dataSource: DataSource, clock: Clock) {
  return {
    accounts: new AccountService(dataSource),
    users: new UserService(dataSource),
    installs: new InstallService(dataSource),
    clock,
  };
}
export type AccountsServices = ReturnType<typeof createAccountsServices>;

/** Per-request DataLoaders: one statement per kind of row, however long the page. */
function createLoaders(s: AccountsServices) {
  return {
    accountById: loaderByKey((ids: readonly string[]) => s.accounts.findByIds(ids), (a) => a.id),
    usersByAccountId: loaderOfMany((ids: readonly string[]) => s.users.findByAccountIds(ids), (u) => u.accountId),
    installById: loaderByKey((ids: readonly string[]) => s.installs.findByIds(ids), (i) => i.id),
    installsByAccountId: loaderOfMany((ids: readonly string[]) => s.installs.findBy('account_id', ids), (i) => i.accountId),
    installsByAppId: loaderOfMany((ids: readonly string[]) => s.installs.findBy('app_id', ids), (i) => i.appId),
  };
}

export interface AccountsContext extends BaseContext {
  services: AccountsServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createAccountsContext(services: AccountsServices) {
  return (base: BaseContext): AccountsContext => ({ ...base, services, loaders: createLoaders(services) });
}
