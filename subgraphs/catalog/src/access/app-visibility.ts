import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { AppStatus } from '../apps/app.enums';

/**
 * Which apps a caller may read through `app(id)` and `apps` (LC-1: DRAFT and READY are not
 * public). Either every app, or the PUBLISHED ones plus the caller's own: a vendor's apps, or an
 * app identity's own app. HIDDEN apps for the accounts that installed them are the storefront's
 * business (`storefrontApp`, LC-3); entity resolution (`_entities`, e.g. `Install.app`) applies
 * the same rule plus the apps the caller's account installed (`mayResolveApp`).
 */
export type AppVisibility =
  | { kind: 'every' }
  | { kind: 'published'; ownVendorId?: string; ownAppId?: string };

/** The visibility of the caller; an anonymous caller is refused outright. */
export function appVisibilityOf(identity: Identity): AppVisibility {
  switch (identity.kind) {
    case 'anonymous':
      throw new DomainError('UNAUTHENTICATED', 'log in to read apps');
    case 'moderator':
    case 'service':
      return { kind: 'every' };
    case 'vendor':
      return { kind: 'published', ownVendorId: identity.vendorId };
    case 'app':
      return { kind: 'published', ownAppId: identity.appId };
    case 'user':
    case 'host':
    case 'webhook':
      return { kind: 'published' };
  }
}

/** Whether the caller may see this app; one it may not see must answer like a missing one. */
export function maySeeApp(visibility: AppVisibility, app: { id: string; vendorId: string; status: AppStatus }): boolean {
  if (visibility.kind === 'every' || app.status === AppStatus.PUBLISHED) return true;
  return app.vendorId === visibility.ownVendorId || app.id === visibility.ownAppId;
}

/**
 * `_entities` for App (a representation from the gateway's plan, or a direct call with a signed
 * identity): the root fields' rule (`maySeeApp`), plus, for a caller bound to an account (its
 * users, its apps, its webhooks), the apps that account installed, now or before, as the catalog's
 * projection of installs records them (`installedByAccount`: LC-3 HIDDEN apps, a developer
 * account's DRAFT). An app the caller may not see resolves to null, exactly like a missing one;
 * an anonymous caller resolves nothing.
 */
export async function mayResolveApp(
  identity: Identity,
  app: { id: string; vendorId: string; status: AppStatus },
  installedByAccount: (accountId: string, appId: string) => Promise<boolean>,
): Promise<boolean> {
  if (identity.kind === 'anonymous') return false;
  if (maySeeApp(appVisibilityOf(identity), app)) return true;
  const accountId = identity.kind === 'user' || identity.kind === 'app' || identity.kind === 'webhook' ? identity.accountId : undefined;
  return accountId !== undefined && installedByAccount(accountId, app.id);
}
