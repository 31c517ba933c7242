import { PUBLIC_FIELD, type Identity } from '@appmarket/federation';
import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { Account } from '../accounts/account.entity';
import type { AccountsContext } from '../context';
import { InstallStatus } from '../installs/install.enums';
import type { User } from '../users/user.entity';
import { CurrentInstallation, Viewer, ViewerKind, type ViewerRights } from './viewer.types';

const NO_RIGHTS: ViewerRights = Object.freeze({ canInstallApps: false, canOpenStorefront: false, canManageApps: false, canManageBilling: false });

/** BX-3, DL-5: the same rules installApp and the storefront apply, read once for the front end. */
export function rightsOf(user: User | null, account: Account | null): ViewerRights {
  if (!user || !account || user.deactivatedAt || account.deactivatedAt) return NO_RIGHTS;
  const admin = user.role === 'ADMIN';
  return { canInstallApps: admin || account.employeesMayInstall, canOpenStorefront: admin, canManageApps: admin, canManageBilling: admin };
}

/**
 * `viewer` and `currentInstallation`: who the caller is, composed across subgraphs (the catalog
 * resolves `vendor` and the install's `app`, billing the account's billing fields). Every caller
 * gets an answer; what it has no part in is null.
 */
@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: 'The caller: account, user, role and rights; a vendor its vendor; an app token its installation.' })
  @Directive(PUBLIC_FIELD)
  async viewer(@Ctx() ctx: AccountsContext): Promise<Viewer> {
    const identity = ctx.identity;
    const viewer: Viewer = { kind: KIND[identity.kind], account: null, user: null, role: null, rights: NO_RIGHTS, vendor: null, currentInstallation: null };
    if (identity.kind === 'vendor') viewer.vendor = { id: identity.vendorId };
    if (identity.kind === 'user' || identity.kind === 'app' || identity.kind === 'webhook') {
      viewer.account = await ctx.loaders.accountById.load(identity.accountId);
    }
    if (identity.kind === 'user') {
      const user = await ctx.loaders.userById.load(identity.userId);
      // The token's user must still belong to its account (a host may have moved or removed it).
      viewer.user = user && user.accountId === identity.accountId ? user : null;
      viewer.role = viewer.user?.role ?? null;
      viewer.rights = rightsOf(viewer.user, viewer.account);
    }
    if (identity.kind === 'app') viewer.currentInstallation = await this.currentInstallation(ctx);
    return viewer;
  }

  @Query(() => CurrentInstallation, {
    nullable: true,
    description: 'App tokens: the install the token belongs to, with its app and frozen permissions (AR-2); null for every other caller.',
  })
  @Directive(PUBLIC_FIELD)
  async currentInstallation(@Ctx() ctx: AccountsContext): Promise<CurrentInstallation | null> {
    return installOf(ctx.identity, ctx);
  }
}

async function installOf(identity: Identity, ctx: AccountsContext): Promise<CurrentInstallation | null> {
  if (identity.kind !== 'app') return null;
  const install = await ctx.loaders.installById.load(identity.installId);
  // The gateway resolved a live token; an install removed since answers null, not another's row.
  if (!install || install.accountId !== identity.accountId || install.status === InstallStatus.UNINSTALLED) return null;
  const { id, appId, appType, status, installedAt, permissions } = install;
  return { id, app: { id: appId }, appType, status, installedAt, permissions };
}

const KIND: Record<Identity['kind'], ViewerKind> = {
  anonymous: ViewerKind.ANONYMOUS, user: ViewerKind.USER, vendor: ViewerKind.VENDOR, moderator: ViewerKind.MODERATOR,
  app: ViewerKind.APP, webhook: ViewerKind.WEBHOOK, host: ViewerKind.HOST, service: ViewerKind.SERVICE,
};
