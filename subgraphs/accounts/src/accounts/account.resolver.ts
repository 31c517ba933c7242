import { requireFound } from '@appmarket/core';
import {
  accountScopeOf, assertMayReadAccount, CountedConnectionType, NOT_FOR_TOKENS, PageArgs, pageConnection, pageWindow, PUBLIC_FIELD, requiresPermission,
} from '@appmarket/federation';
import { accountsOf } from '../lists/list-specs';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../context';
import { Install } from '../installs/install.entity';
import { InstallStatus } from '../installs/install.enums';
import { User } from '../users/user.entity';
import { Account } from './account.entity';
import { SetDeveloperVendorErrors, SetDeveloperVendorPayload, SetEmployeesMayInstallErrors, SetEmployeesMayInstallPayload } from './account.payloads';

export const AccountConnection = CountedConnectionType(Account, 'Account');

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: "An account by id: the caller's own, or any for moderators." })
  @Directive(PUBLIC_FIELD)
  async account(@Arg('id', () => ID, { description: 'The account’s id.' }) id: string, @Ctx() ctx: AccountsContext): Promise<Account> {
    assertMayReadAccount(ctx.identity, id);
    return requireFound(await ctx.loaders.accountById.load(id), 'Account', { id });
  }

  @Query(() => AccountConnection, { nullable: true, description: "Accounts by name: a user's, an app's or a webhook's own account, every account for moderators." })
  @Directive(PUBLIC_FIELD)
  async accounts(@Args() args: PageArgs, @Ctx() ctx: AccountsContext) {
    // Filtered in SQL: a user's, an app's or a webhook's own account only; moderators every one.
    const scope = accountScopeOf(ctx.identity);
    const spec = accountsOf(scope.all ? null : scope.accountId);
    const key = `accounts:${scope.all ? '*' : scope.accountId}`;
    const page = await ctx.loaders.pages.page(key, spec, pageWindow(args, 2)).load('root');
    return pageConnection(page, (ids) => ctx.loaders.accountById.loadMany(ids), () => ctx.loaders.pages.count(key, spec).load('root'));
  }

  @Mutation(() => SetEmployeesMayInstallPayload, { description: 'BX-3: lets every employee of the caller’s account install apps (admins only).' })
  @Directive(NOT_FOR_TOKENS)
  setEmployeesMayInstall(@Arg('allowed', { description: 'True lets every employee install; false leaves it to admins.' }) allowed: boolean, @Ctx() ctx: AccountsContext): Promise<SetEmployeesMayInstallPayload> {
    return SetEmployeesMayInstallErrors.run(() => ctx.services.accounts.setEmployeesMayInstall(ctx.identity, allowed), (account) => ({ account }));
  }

  @Mutation(() => SetDeveloperVendorPayload, { description: 'Moderators: makes the account a developer account of the vendor (null unlinks it).' })
  @Directive(NOT_FOR_TOKENS)
  setDeveloperVendor(
    @Arg('accountId', () => ID, { description: 'The account to link.' }) accountId: string,
    @Arg('vendorId', () => ID, { nullable: true, description: 'The catalog’s vendor whose DRAFT and READY apps the account debugs; null unlinks it.' }) vendorId: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<SetDeveloperVendorPayload> {
    return SetDeveloperVendorErrors.run(
      () => ctx.services.accounts.setDeveloperVendor(ctx.identity, accountId, vendorId ?? null),
      (account) => ({ account }),
    );
  }

  // AR-2: an app reads the employees only when its frozen permission set allows it (checked by the gateway).
  @FieldResolver(() => [User], { nullable: true, description: "The account's users (employees). Needs VIEW on employee.", deprecationReason: 'Unbounded: use usersConnection.' })
  @Directive(requiresPermission('employee', 'VIEW'))
  users(@Root() account: Account, @Ctx() ctx: AccountsContext): Promise<User[]> {
    return ctx.loaders.usersByAccountId.load(account.id);
  }

  // AR-2: an app (a webhook) sees the account's installs only when its set allows it.
  @FieldResolver(() => [Install], { nullable: true, description: 'Installs, newest first; uninstalled ones only when asked. Needs VIEW on install.', deprecationReason: 'Unbounded: use installsConnection.' })
  @Directive(requiresPermission('install', 'VIEW'))
  async installs(
    @Root() account: Account,
    @Ctx() ctx: AccountsContext,
    @Arg('includeUninstalled', { defaultValue: false, description: 'Also list removed (UNINSTALLED) installs.' }) includeUninstalled: boolean,
  ): Promise<Install[]> {
    const installs = await ctx.loaders.installsByAccountId.load(account.id);
    return includeUninstalled ? installs : installs.filter((i) => i.status !== InstallStatus.UNINSTALLED);
  }
}
