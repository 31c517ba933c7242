import { requireFound } from '@appmarket/core';
import { accountScopeOf, requiresPermission } from '@appmarket/federation';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { AppRef } from '../apps/app.reference';
import type { AccountsContext } from '../context';
import { Install } from './install.entity';
import { InstallStatus } from './install.enums';

@Resolver(() => Install)
export class InstallResolver {
  @FieldResolver(() => Account, { description: 'The account the app is installed on.' })
  async account(@Root() install: Install, @Ctx() ctx: AccountsContext): Promise<Account> {
    return requireFound(await ctx.loaders.accountById.load(install.accountId), 'Account', { id: install.accountId });
  }

  @FieldResolver(() => AppRef, { nullable: true, description: 'The installed app, resolved by the catalog (null, with the error at this path, when the catalog cannot answer).' })
  app(@Root() install: Install): AppRef {
    return { id: install.appId };
  }
}

@Resolver(() => AppRef)
export class AppInstallsResolver {
  @FieldResolver(() => [Install], { nullable: true, description: "Live installs of this app in the caller's account, newest first. Needs VIEW on install.", deprecationReason: 'Unbounded: use installsConnection.' })
  @Directive(requiresPermission('install', 'VIEW'))
  async installs(
    @Root() app: AppRef,
    @Ctx() ctx: AccountsContext,
    @Arg('includeUninstalled', { defaultValue: false, description: 'Also list removed (UNINSTALLED) installs.' }) includeUninstalled: boolean,
  ): Promise<Install[]> {
    // A user or an app sees only its own account's installs (the loader narrows them in SQL);
    // vendors and anonymous callers are refused here: vendors see counts in the catalog.
    accountScopeOf(ctx.identity);
    const installs = await ctx.loaders.installsByAppId.load(app.id);
    return includeUninstalled ? installs : installs.filter((i) => i.status !== InstallStatus.UNINSTALLED);
  }
}
