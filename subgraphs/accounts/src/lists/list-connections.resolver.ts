import { accountScopeOf, CountedConnectionType, PageArgs, pageConnection, pageWindow, requiresPermission, type KeysetListSpec } from '@appmarket/federation';
import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { AppRef } from '../apps/app.reference';
import type { AccountsContext } from '../context';
import { assertMaySeeDeveloperSection } from '../developer/developer.resolver';
import { IncomingWebhook } from '../developer/incoming-webhook.entity';
import { Install } from '../installs/install.entity';
import { User } from '../users/user.entity';
import { LocalApp } from '../developer/local-app.entity';
import { installsOf, LOCAL_APPS_OF_ACCOUNT, USERS_OF_ACCOUNT, WEBHOOKS_OF_ACCOUNT } from './list-specs';

export const InstallConnection = CountedConnectionType(Install, 'Install');
export const UserConnection = CountedConnectionType(User, 'User');
export const IncomingWebhookConnection = CountedConnectionType(IncomingWebhook, 'IncomingWebhook');
export const LocalAppConnection = CountedConnectionType(LocalApp, 'LocalApp');

@ArgsType()
class InstallPageArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Removed installs too (their data is kept, AR-3).' }) includeUninstalled: boolean;
}

/**
 * Issue 19, item 4: the account's growing lists as Relay connections (both directions, with
 * totalCount), beside the plain lists they replace. Every parent of a response is paged by one
 * statement and counted by one more (packages/federation/src/keyset-pages.ts).
 */
@Resolver(() => Account)
export class AccountListsResolver {
  @FieldResolver(() => InstallConnection, { nullable: true, description: 'Installs, newest first; uninstalled ones only when asked. Needs VIEW on install.' })
  @Directive(requiresPermission('install', 'VIEW'))
  installsConnection(@Root() account: Account, @Args() args: InstallPageArgs, @Ctx() ctx: AccountsContext) {
    return page(ctx, `account-installs:${args.includeUninstalled}`, installsOf('account_id', args.includeUninstalled), args, account.id, 2,
      (ids) => ctx.loaders.installById.loadMany(ids));
  }

  @FieldResolver(() => UserConnection, { nullable: true, description: 'The account’s users, admins first, then by name. Needs VIEW on employee.' })
  @Directive(requiresPermission('employee', 'VIEW'))
  usersConnection(@Root() account: Account, @Args() args: PageArgs, @Ctx() ctx: AccountsContext) {
    return page(ctx, 'account-users', USERS_OF_ACCOUNT, args, account.id, 3, (ids) => ctx.loaders.userById.loadMany(ids));
  }

  @FieldResolver(() => IncomingWebhookConnection, {
    nullable: true, description: 'BX-8: the account’s incoming webhooks, newest first; deleted ones carry revokedAt (admins).',
  })
  @Directive(requiresPermission('webhook', 'VIEW'))
  incomingWebhooksConnection(@Root() account: Account, @Args() args: PageArgs, @Ctx() ctx: AccountsContext) {
    assertMaySeeDeveloperSection(ctx.identity, account.id);
    return page(ctx, 'account-webhooks', WEBHOOKS_OF_ACCOUNT, args, account.id, 2, (ids) => ctx.loaders.webhookById.loadMany(ids));
  }

  @FieldResolver(() => LocalAppConnection, { nullable: true, description: 'BX-8: the account’s local apps by name (admins).' })
  @Directive(requiresPermission('localapp', 'VIEW'))
  localAppsConnection(@Root() account: Account, @Args() args: PageArgs, @Ctx() ctx: AccountsContext) {
    assertMaySeeDeveloperSection(ctx.identity, account.id);
    return page(ctx, 'account-local-apps', LOCAL_APPS_OF_ACCOUNT, args, account.id, 2, (ids) => ctx.loaders.localAppById.loadMany(ids));
  }
}

@Resolver(() => AppRef)
export class AppListsResolver {
  @FieldResolver(() => InstallConnection, {
    nullable: true, description: "Installs of this app in the caller's account (every account for moderators), newest first. Needs VIEW on install.",
  })
  @Directive(requiresPermission('install', 'VIEW'))
  installsConnection(@Root() app: AppRef, @Args() args: InstallPageArgs, @Ctx() ctx: AccountsContext) {
    // Vendors and anonymous callers are refused here, as on App.installs: vendors read installCount.
    const scope = accountScopeOf(ctx.identity);
    const within = scope.all ? undefined : scope.accountId;
    return page(ctx, `app-installs:${args.includeUninstalled}:${within ?? '*'}`, installsOf('app_id', args.includeUninstalled, within), args, app.id, 2,
      (ids) => ctx.loaders.installById.loadMany(ids));
  }
}

async function page<T>(
  ctx: AccountsContext, listKey: string, spec: KeysetListSpec, args: PageArgs, parentId: string, arity: number,
  load: (ids: string[]) => Promise<readonly (T | Error | null)[]>,
) {
  const window = pageWindow(args, arity);
  const found = await ctx.loaders.pages.page(listKey, spec, window).load(parentId);
  return pageConnection(found, load, () => ctx.loaders.pages.count(listKey, spec).load(parentId));
}
