import { DomainError } from '@appmarket/core';
import type { Account } from '../accounts/account.entity';
import type { AppRef } from '../apps/app.reference';
import type { FreeAppLimits } from '../config';
import type { Install } from '../installs/install.entity';
import { assertInstallable, freeAppLimitOf } from '../installs/install-rules';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import type { AppForInstall } from '../peers/catalog.port';
import type { User } from '../users/user.entity';
import { InstallBlockReason, type ViewerInstallState } from './install-state.types';

/** The account's live installs, counted once per request: TY-2 by type, BX-9 the free ones. */
export interface LiveInstallCounts {
  accountId: string;
  byType: Partial<Record<InstalledAppType, number>>;
  free: number;
}

export interface InstallStateFacts {
  app: Required<Pick<AppRef, 'id' | 'status' | 'type' | 'isFree' | 'vendor'>> & Pick<AppRef, 'viewerBillingOutlook'>;
  account: Account;
  user: User | null;
  /** The account's installs of this app, newest first, removed ones included (TR-2). */
  installs: Install[];
  counts: LiveInstallCounts;
  freeAppLimits: FreeAppLimits;
}

const EXCLUSIVE_TYPES: readonly string[] = [InstalledAppType.TELEPHONY, InstalledAppType.LOYALTY];

/**
 * The rules installApp applies (install-rules.ts, install.service.ts) and billing's outlook,
 * in the same order, without writing: the first refusal is the reason.
 */
export function installStateOf(f: InstallStateFacts): ViewerInstallState {
  const live = f.installs.find((i) => i.status !== InstallStatus.UNINSTALLED) ?? null;
  const outlook = f.app.viewerBillingOutlook ?? null;
  // TR-2: a reinstall gets no new trial; a trial the vendor granted (TX-1) counts all the same.
  const trialDays = live ? null : (f.installs.length === 0 ? outlook?.trialDays : null) ?? outlook?.grantedTrialDays ?? null;
  const reason = blockOf(f, live, trialDays);
  return { installed: live !== null, install: live, canInstall: reason === null, reasonCannotInstall: reason, trialAvailable: trialDays !== null, trialDays };
}

function blockOf(f: InstallStateFacts, live: Install | null, trialDays: number | null): InstallBlockReason | null {
  const { account, user, app } = f;
  if (account.deactivatedAt) return InstallBlockReason.ACCOUNT_DEACTIVATED;
  if (!user || user.deactivatedAt) return InstallBlockReason.USER_DEACTIVATED;
  if (user.role !== 'ADMIN' && !account.employeesMayInstall) return InstallBlockReason.INSTALL_NOT_ALLOWED; // BX-3
  if (live) return InstallBlockReason.ALREADY_INSTALLED;
  try {
    assertInstallable({ id: app.id, status: app.status, type: app.type as unknown as InstalledAppType, vendorId: app.vendor.id } as AppForInstall, account, false, 'appId');
  } catch (error) {
    if (error instanceof DomainError && error.code in InstallBlockReason) return error.code as InstallBlockReason;
    throw error;
  }
  if (EXCLUSIVE_TYPES.includes(app.type) && (f.counts.byType[app.type as unknown as InstalledAppType] ?? 0) > 0) {
    return InstallBlockReason.APP_TYPE_LIMIT_REACHED; // TY-2
  }
  const limit = freeAppLimitOf(f.freeAppLimits, account);
  // BX-9, lifted by the marketplace subscription (BX-4: an unlimited number of apps).
  if (app.isFree && limit !== null && f.counts.free >= limit && !f.app.viewerBillingOutlook?.subscriptionActive) return InstallBlockReason.FREE_APP_LIMIT_REACHED;
  // TR-4: a trial needs neither the subscription nor free options (billing's decidePaid).
  if (!app.isFree && trialDays === null && f.app.viewerBillingOutlook?.paidBlocker) {
    return f.app.viewerBillingOutlook.paidBlocker as unknown as InstallBlockReason;
  }
  return null;
}
