import { requireFound } from '@appmarket/core';
import { ConnectionType, ForwardPageArgs } from '@appmarket/federation';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../context';
import { Install } from '../installs/install.entity';
import { InstallStatus } from '../installs/install.enums';
import { User } from '../users/user.entity';
import { Account } from './account.entity';

export const AccountConnection = ConnectionType(Account, 'Account');

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account)
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<Account> {
    return requireFound(await ctx.loaders.accountById.load(id), 'Account', { id });
  }

  @Query(() => AccountConnection, { description: 'Accounts by name.' })
  accounts(@Args() { first, after }: ForwardPageArgs, @Ctx() ctx: AccountsContext) {
    return ctx.services.accounts.list(first, after);
  }

  @Mutation(() => Account, { description: 'BX-3: lets every employee of the caller’s account install apps (admins only).' })
  setEmployeesMayInstall(@Arg('allowed') allowed: boolean, @Ctx() ctx: AccountsContext): Promise<Account> {
    return ctx.services.accounts.setEmployeesMayInstall(ctx.identity, allowed);
  }

  @Mutation(() => Account, { description: 'Moderators: makes the account a developer account of the vendor (null unlinks it).' })
  setDeveloperVendor(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('vendorId', () => ID, { nullable: true }) vendorId: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<Account> {
    return ctx.services.accounts.setDeveloperVendor(ctx.identity, accountId, vendorId ?? null);
  }

  @FieldResolver(() => [User])
  users(@Root() account: Account, @Ctx() ctx: AccountsContext): Promise<User[]> {
    return ctx.loaders.usersByAccountId.load(account.id);
  }

  @FieldResolver(() => [Install], { description: 'Installs, newest first; uninstalled ones only when asked.' })
  async installs(
    @Root() account: Account,
    @Ctx() ctx: AccountsContext,
    @Arg('includeUninstalled', { defaultValue: false }) includeUninstalled: boolean,
  ): Promise<Install[]> {
    const installs = await ctx.loaders.installsByAccountId.load(account.id);
    return includeUninstalled ? installs : installs.filter((i) => i.status !== InstallStatus.UNINSTALLED);
  }
}
