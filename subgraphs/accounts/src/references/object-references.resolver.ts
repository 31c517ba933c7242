import { PUBLIC_FIELD, requiresPermission } from '@appmarket/federation';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import type { AccountsContext } from '../context';
import { Install } from '../installs/install.entity';
import { User } from '../users/user.entity';
import { VendorRef } from '../vendors/vendor.reference';

/**
 * Objects where the schema had bare ids (issue 19, item 7): a client follows the reference in the
 * same request instead of looking the id up. The id fields stay, deprecated, for existing clients.
 */
@Resolver(() => Account)
export class AccountReferencesResolver {
  @FieldResolver(() => VendorRef, { nullable: true, description: 'Set on a developer account: the vendor whose unpublished apps it may install to debug them (resolved by the catalog).' })
  @Directive(PUBLIC_FIELD)
  developerVendor(@Root() account: Account): VendorRef | null {
    return account.developerVendorId ? { id: account.developerVendorId } : null;
  }
}

@Resolver(() => Install)
export class InstallReferencesResolver {
  // Employees are account data: an app sees them only with VIEW on employee in its frozen set (AR-2).
  @FieldResolver(() => [User], { nullable: true, description: 'BX-6: the users who may open the app; null: everyone in the account. Needs VIEW on employee.' })
  @Directive(requiresPermission('employee', 'VIEW'))
  async allowedUsers(@Root() install: Install, @Ctx() ctx: AccountsContext): Promise<User[] | null> {
    if (!install.allowedUserIds) return null;
    const users = await ctx.loaders.userById.loadMany(install.allowedUserIds);
    // Only the install's own account's users (setInstallUsers checks that; this keeps it so).
    return users.filter((u): u is User => u !== null && !(u instanceof Error) && u.accountId === install.accountId);
  }
}
