import { DomainError, requireFound } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { AppRef } from '../apps/app.reference';
import type { AccountsContext } from '../context';
import { Install } from './install.entity';
import { InstallStatus } from './install.enums';

@Resolver(() => Install)
export class InstallResolver {
  @FieldResolver(() => Account)
  async account(@Root() install: Install, @Ctx() ctx: AccountsContext): Promise<Account> {
    return requireFound(await ctx.loaders.accountById.load(install.accountId), 'Account', { id: install.accountId });
  }

  @FieldResolver(() => AppRef, { description: 'The installed app, resolved by the catalog.' })
  app(@Root() install: Install): AppRef {
    return { id: install.appId };
  }
}

@Resolver(() => AppRef)
export class AppInstallsResolver {
  @FieldResolver(() => [Install], { description: 'Live installs of this app, newest first.' })
  async installs(
    @Root() app: AppRef,
    @Ctx() ctx: AccountsContext,
    @Arg('includeUninstalled', { defaultValue: false }) includeUninstalled: boolean,
  ): Promise<Install[]> {
    const visibleAccount = accountScopeOf(ctx.identity);
    const installs = (await ctx.loaders.installsByAppId.load(app.id)).filter(
      (i) => visibleAccount === ALL_ACCOUNTS || i.accountId === visibleAccount,
    );
    return includeUninstalled ? installs : installs.filter((i) => i.status !== InstallStatus.UNINSTALLED);
  }
}

const ALL_ACCOUNTS = Symbol('all accounts');

/**
 * Whose installs of an app a caller may see: a user or an app only its own account's (no caller
 * sees another account's data), moderators and services every account's. Vendors see install
 * counts in the catalog, not other companies' installs.
 */
function accountScopeOf(identity: Identity): string | typeof ALL_ACCOUNTS {
  switch (identity.kind) {
    case 'moderator':
    case 'service':
      return ALL_ACCOUNTS;
    case 'user':
    case 'app':
      return identity.accountId;
    default:
      throw new DomainError('FORBIDDEN', 'installs of an app are visible to its accounts and to moderators only');
  }
}
