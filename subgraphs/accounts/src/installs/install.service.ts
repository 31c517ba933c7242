import { randomUUID } from 'node:crypto';
import { type Clock, DomainError, NotFoundError, throwAll } from '@appmarket/core';
import { EntityReader, type IdempotencyKeys } from '@appmarket/db';
import { PeerCallError, type Identity } from '@appmarket/federation';
import { In, Not, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { Account } from '../accounts/account.entity';
import type { FreeAppLimits } from '../config';
import { Queues, type JobQueue } from '../jobs/job-queue';
import type { BillingPort } from '../peers/billing.port';
import type { AppForInstall, CatalogPort } from '../peers/catalog.port';
import type { AppTokenService } from '../tokens/app-token.service';
import { User } from '../users/user.entity';
import type { VendorCallService } from '../vendor-api/vendor-call.service';
import { assertActive } from '../user-context/context-key.service';
import { Install } from './install.entity';
import { ActivationState, InstalledAppType, InstallStatus } from './install.enums';
import {
  assertAdmin, assertInstallable, assertMayInstall, freeAppLimitOf, mapInstallInsertError, requireUser, type UserIdentity,
} from './install-rules';

export interface InstallServiceDeps {
  dataSource: DataSource;
  clock: Clock;
  catalog: CatalogPort;
  billing: BillingPort;
  tokens: AppTokenService;
  vendorCalls: VendorCallService;
  jobs: () => JobQueue;
  freeAppLimits: FreeAppLimits;
  idempotency: IdempotencyKeys;
}

export class InstallService {
  private readonly installs: Repository<Install>;
  /** The hot reads (every storefront page and installs list): Install rows without the query builder. */
  private readonly installRows: EntityReader<Install>;

  constructor(private readonly deps: InstallServiceDeps) {
    this.installs = deps.dataSource.getRepository(Install);
    this.installRows = new EntityReader(deps.dataSource, Install);
  }

  findByIds(ids: readonly string[]): Promise<Install[]> {
    return this.installRows.where('t.id = ANY($1)', [ids]);
  }

  /** Installs by account or app, newest first; `withinAccount` narrows them in SQL to one account's. */
  findBy(column: 'account_id' | 'app_id', keys: readonly string[], withinAccount?: string): Promise<Install[]> {
    const order = 'ORDER BY t.installed_at DESC, t.id DESC';
    return withinAccount === undefined
      ? this.installRows.where(`t.${column} = ANY($1) ${order}`, [keys])
      : this.installRows.where(`t.${column} = ANY($1) AND t.account_id = $2 ${order}`, [keys, withinAccount]);
  }

  /**
   * Installs an app on the caller's account. Checks rights (BX-3), visibility (LC-3, TY-3), the
   * free-app limit (BX-9) under the account's row lock, TY-2 by the database's partial unique
   * index, then asks billing (TR-2: whether the account ever installed it). Everything local is
   * one transaction, so a refusal writes nothing; follow-ups to the catalog and the vendor are
   * enqueued in it.
   *
   * Billing's decision (PR-3 options, a TR-2 trial) is pending until the install commits: the
   * `billing-install-confirmed` job, enqueued in the transaction, confirms it exactly when the
   * install exists. When the transaction fails after billing decided, billing is told at once to
   * release it (best effort); billing's sweep releases what a crash left pending.
   *
   * With `idempotencyKey`, a retry by the account answers the install the first call made (even
   * once it is live, where a call without a key is ALREADY_INSTALLED with the live install's id).
   */
  async install(identity: Identity, appId: string, idempotencyKey?: string | null): Promise<Install> {
    const user = requireUser(identity);
    const account = await this.accountOf(user);
    assertMayInstall(account, user);
    // A read, made before the transaction so that no connection is held while catalog answers.
    const app = await this.deps.catalog.getAppForInstall(appId);
    const decided: { installId: string | null } = { installId: null };
    const request = { scope: `account:${account.id}`, key: idempotencyKey, operation: 'installApp', input: { appId } };
    return this.deps.idempotency.transaction(request, {
      run: (m) => this.installIn(m, account, appId, app, decided),
      keep: (install) => ({ installId: install.id }),
      replay: (kept) => this.installs.findOneByOrFail({ id: (kept as { installId: string }).installId }),
    }).catch(async (error: unknown) => {
      if (decided.installId) await this.releaseDecision(decided.installId);
      throw error;
    });
  }

  /**
   * The account's live install of the app, or null. ALREADY_INSTALLED answers it beside the user
   * error: a retry without a key may well have made it (a lost answer), and the storefront links to it.
   */
  liveInstallOf(identity: Identity, appId: string): Promise<Install | null> {
    const user = requireUser(identity);
    return this.installs.findOneBy({ accountId: user.accountId, appId, status: Not(InstallStatus.UNINSTALLED) });
  }

  /** The install's checks and writes in `m`; `decided` says when billing may hold a decision for it. */
  private async installIn(
    m: EntityManager,
    account: Account,
    appId: string,
    app: AppForInstall | null,
    decided: { installId: string | null },
  ): Promise<Install> {
    const live = await m.getRepository(Install).findOneBy({ accountId: account.id, appId, status: Not(InstallStatus.UNINSTALLED) });
    assertInstallable(app, account, live !== null, 'appId');
    // Without a key a retry lands here: the error carries the live install, which it may well have made.
    if (live) throw new DomainError('ALREADY_INSTALLED', 'the app is already installed', { field: 'appId', installId: live.id });
    const found = app!;
    const now = this.deps.clock.now();
    await m.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [account.id]);
    if (found.isFree) await this.assertFreeAppLimit(m, account);
    // TR-2: removed installs are kept, so "ever installed" is a lookup; AR-3: the account's
    // settings of the last one (BX-6 access list) come back with the app.
    const previous = await m.getRepository(Install).findOne({ where: { accountId: account.id, appId }, order: { installedAt: 'DESC' } });
    const everInstalledBefore = previous !== null;
    const install = m.getRepository(Install).create({
      id: randomUUID(), accountId: account.id, appId, appType: found.type, status: InstallStatus.ACTIVE,
      installedAt: now, uninstalledAt: null, permissions: found.access, isFree: found.isFree, allowedUserIds: previous?.allowedUserIds ?? null,
      activationState: found.type === InstalledAppType.SERVER ? ActivationState.ACTIVATING : null,
      suspendedAt: null, updatedAt: now,
    });
    // TY-2 is the database's: a partial unique index settles concurrent installs.
    await m.getRepository(Install).insert(install).catch((error: unknown) => mapInstallInsertError(error, found.type));
    // From here billing may hold a decision (a time-out may hide one): release it if this fails.
    decided.installId = install.id;
    await this.deps.billing.decide({
      installId: install.id, accountId: account.id, appId, appType: found.type, everInstalledBefore,
    }).catch((error: unknown) => {
      // A refusal (billing's code) decided nothing: there is nothing to release. An unreachable
      // billing (time-out) may have decided all the same.
      if (error instanceof DomainError && !(error instanceof PeerCallError)) decided.installId = null;
      throw error;
    });
    await this.deps.jobs().send(Queues.billingInstallConfirmed, { installId: install.id }, { manager: m });
    await this.recordInstallState(m, install, true);
    if (install.appType === InstalledAppType.SERVER) {
      await this.deps.vendorCalls.enqueue(m, install, { method: 'PUT', cause: 'Install' });
    }
    return install;
  }

  /** Compensation of a failed install; best effort, the original error is what the caller gets. */
  private async releaseDecision(installId: string): Promise<void> {
    // The COMMIT may have succeeded with its answer lost: then the install is real and its
    // confirm job will run. When the database cannot tell, billing's sweep asks later.
    const committed = await this.installs.existsBy({ id: installId }).catch(() => true);
    if (committed) return;
    try {
      await this.deps.billing.releaseInstallDecision(installId);
    } catch {
      // Billing unreachable: its sweep releases the pending decision after the TTL.
    }
  }

  /**
   * Removes an install but keeps its row and data (AR-3, BX-7, TR-2). Revokes its token before the
   * vendor hears of it (SV-1); billing frees its paid-app options.
   */
  async uninstall(identity: Identity, installId: string): Promise<Install> {
    const user = requireUser(identity);
    const account = await this.accountOf(user);
    assertMayInstall(account, user);
    return this.deps.dataSource.transaction(async (m) => {
      const install = await this.lockLive(m, installId, account.id);
      const now = this.deps.clock.now();
      install.status = InstallStatus.UNINSTALLED;
      install.uninstalledAt = now;
      install.updatedAt = now;
      await this.deps.tokens.revokeAll(m, install.id);
      if (install.appType === InstalledAppType.SERVER) {
        install.activationState = ActivationState.DEACTIVATING;
        await this.deps.vendorCalls.enqueue(m, install, { method: 'DELETE', cause: 'Uninstall' });
      }
      await m.getRepository(Install).save(install);
      await this.recordInstallState(m, install, false);
      await this.deps.jobs().send(Queues.billingInstallRemoved, { installId: install.id }, { manager: m });
      // TL-1, TL-2: the loyalty connection and Phone API binding go with the install (no shared tables).
      if (install.appType === InstalledAppType.LOYALTY || install.appType === InstalledAppType.TELEPHONY) {
        await this.deps.jobs().send(Queues.telephonyInstallRemoved, { installId: install.id }, { manager: m });
      }
      return install;
    });
  }

  /**
   * AR-3: the account consents to the app's current permissions: the live install takes the
   * current access block, and apps that declare `updatePermissions` hear of it.
   */
  async reinstall(identity: Identity, installId: string): Promise<Install> {
    const user = requireUser(identity);
    const account = await this.accountOf(user);
    assertMayInstall(account, user);
    const current = await this.installs.findOneBy({ id: installId, accountId: account.id });
    if (!current) throw new NotFoundError('Install', { field: 'installId', id: installId });
    if (current.status === InstallStatus.UNINSTALLED) {
      throw new DomainError('INSTALL_NOT_LIVE', 'the install was removed: install the app again', { field: 'installId', installId });
    }
    const app = assertInstallable(await this.deps.catalog.getAppForInstall(current.appId), account, true, 'installId');
    return this.deps.dataSource.transaction(async (m) => {
      const install = await this.lockLive(m, installId, account.id);
      install.permissions = app.access;
      install.updatedAt = this.deps.clock.now();
      await m.getRepository(Install).save(install);
      if (install.appType === InstalledAppType.SERVER && app.vendorApi?.additionalEvents.includes('updatePermissions')) {
        await this.deps.vendorCalls.enqueue(m, install, { method: 'PUT', cause: 'PermissionsChanged', pathSuffix: '/event' });
      }
      return install;
    });
  }

  /** BX-6: which users may open the app; null gives it back to everyone. Admins only. */
  async setAllowedUsers(identity: Identity, installId: string, userIds: string[] | null): Promise<Install> {
    const user = requireUser(identity);
    assertAdmin(user);
    const install = await this.installs.findOneBy({ id: installId, accountId: user.accountId });
    if (!install) throw new NotFoundError('Install', { field: 'installId', id: installId });
    if (userIds) {
      const unique = [...new Set(userIds)];
      const found = await this.deps.dataSource.getRepository(User).find({ select: { id: true }, where: { id: In(unique), accountId: user.accountId } });
      throwIfStrangers(userIds, new Set(found.map((u) => u.id)));
      userIds = unique;
    }
    install.allowedUserIds = userIds;
    install.updatedAt = this.deps.clock.now();
    return this.installs.save(install);
  }

  private async accountOf(user: UserIdentity): Promise<Account> {
    await assertActive(this.deps.dataSource, user.userId, user.accountId);
    const account = await this.deps.dataSource.getRepository(Account).findOneBy({ id: user.accountId });
    if (!account) throw new NotFoundError('Account', { id: user.accountId });
    return account;
  }

  private async lockLive(m: EntityManager, installId: string, accountId: string): Promise<Install> {
    const install = await m.getRepository(Install).findOne({ where: { id: installId, accountId }, lock: { mode: 'pessimistic_write' } });
    if (!install) throw new NotFoundError('Install', { field: 'installId', id: installId });
    if (install.status === InstallStatus.UNINSTALLED) {
      throw new DomainError('INSTALL_NOT_LIVE', 'the install was already removed', { field: 'installId', installId });
    }
    return install;
  }

  /** BX-9 (lifted by the marketplace subscription, BX-4), counted under the account's row lock so concurrent installs cannot both pass. */
  private async assertFreeAppLimit(m: EntityManager, account: Account): Promise<void> {
    const limit = freeAppLimitOf(this.deps.freeAppLimits, account);
    if (limit === null) return;
    const used = await m.getRepository(Install).countBy({ accountId: account.id, isFree: true, status: Not(InstallStatus.UNINSTALLED) });
    // BX-4: the marketplace subscription gives an unlimited number of apps; asked of billing only at the limit.
    if (used >= limit && !(await this.deps.billing.marketplaceSubscription(account.id)).active) {
      throw new DomainError('FREE_APP_LIMIT_REACHED', `zone ${account.zone}, tariff ${account.tariff}: at most ${limit} free apps (BX-9)`, { limit });
    }
  }

  /** LC-3, DL-4: catalog's projection, through the queue, ordered by time of change + install id. */
  private recordInstallState(m: EntityManager, install: Install, installed: boolean): Promise<void> {
    const version = `${(install.updatedAt ?? this.deps.clock.now()).toISOString()}/${install.id}`;
    return this.deps.jobs().send(
      Queues.catalogInstallState,
      { accountId: install.accountId, appId: install.appId, installed, version },
      { manager: m },
    );
  }
}

/** BX-6: every id of the access list that is no user of the account, each at its place in the list (`userIds.2`). */
function throwIfStrangers(userIds: readonly string[], members: ReadonlySet<string>): void {
  throwAll(userIds.flatMap((id, index) => (members.has(id) ? [] : [
    new DomainError('USER_NOT_IN_ACCOUNT', `user ${id} does not belong to the account (BX-6)`, { field: `userIds.${index}` }),
  ])));
}
