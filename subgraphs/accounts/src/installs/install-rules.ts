import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import type { Account } from '../accounts/account.entity';
import type { FreeAppLimits } from '../config';
import type { AppForInstall } from '../peers/catalog.port';
import { InstalledAppType } from './install.enums';

export type UserIdentity = Extract<Identity, { kind: 'user' }>;

export function requireUser(identity: Identity): UserIdentity {
  if (identity.kind !== 'user') throw new DomainError('FORBIDDEN', 'only a signed-in user of an account may do this');
  return identity;
}

/** BX-3: admins install; employees only when the account allows it (DL-5: the storefront is for admins). */
export function assertMayInstall(account: Account, user: UserIdentity): void {
  if (user.role === 'ADMIN' || account.employeesMayInstall) return;
  throw new DomainError('INSTALL_NOT_ALLOWED', 'only admins install apps on this account (BX-3)', { accountId: account.id });
}

export function assertAdmin(user: UserIdentity): void {
  if (user.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'only an admin of the account may do this');
}

/**
 * Whether this account may install the app now. PUBLISHED: everyone. HIDDEN (LC-3): only an
 * account that has it installed, and that one already has it. DRAFT/READY: only a developer
 * account of the app's vendor, and never a LOYALTY app (TY-3, TY-4). Anything else looks like a
 * missing app (DL-3). `field` names the argument a refusal concerns (`appId`, or `installId` on reinstall).
 */
export function assertInstallable(app: AppForInstall | null, account: Account, hasLiveInstall: boolean, field: string): AppForInstall {
  const notFound = () => new DomainError('APP_NOT_FOUND', 'app not found', { field });
  if (!app) throw notFound();
  if (app.status === 'PUBLISHED') return app;
  if (app.status === 'HIDDEN') {
    if (hasLiveInstall) return app;
    throw notFound();
  }
  if (account.developerVendorId !== null && account.developerVendorId === app.vendorId) {
    if (app.type === InstalledAppType.LOYALTY) {
      throw new DomainError('DEBUG_NOT_SUPPORTED_FOR_TYPE', 'LOYALTY apps are not debugged on developer accounts (TY-3, TY-4)', { field, appId: app.id });
    }
    return app;
  }
  throw notFound();
}

/** BX-9: the configured limit of free apps for the account's zone and tariff, or null (unlimited). */
export function freeAppLimitOf(limits: FreeAppLimits, account: Account): number | null {
  return limits[account.zone]?.[account.tariff] ?? null;
}

/** Names the database rule a failed install insert broke (TY-2 or one live install per app). */
export function mapInstallInsertError(error: unknown, appType: InstalledAppType): never {
  const constraint = (error as { constraint?: string; driverError?: { constraint?: string } }).driverError?.constraint
    ?? (error as { constraint?: string }).constraint;
  if (constraint === 'installs_one_per_exclusive_type') {
    throw new DomainError('APP_TYPE_LIMIT_REACHED', `the account already has a live ${appType} app (TY-2)`, { appType });
  }
  if (constraint === 'installs_live_app_unique') throw new DomainError('ALREADY_INSTALLED', 'the app is already installed', { field: 'appId' });
  throw error;
}

