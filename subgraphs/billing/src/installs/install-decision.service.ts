import { type Clock, DAY, DomainError } from '@appmarket/core';
import type { DecideInstallBillingInput } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import type { MarketplaceService } from '../marketplace/marketplace.service';
import type { CatalogPort } from '../ports/catalog.port';
import type { AccountBillingService, AccountWrite } from './account-billing.service';
import { BillingState } from './billing-state.enum';
import { InstallBillingHistory } from '../history/install-billing-history.entity';
import { InstallBilling } from './install-billing.entity';
import { optionsFor } from './settlement';

export interface InstallBillingDecisionResult {
  installId: string;
  state: BillingState;
  trialEndsAt: Date | null;
}

/** Accounts asks billing how a new install is paid for, and tells it when an install is removed. */
export class InstallDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogPort,
    private readonly accounts: AccountBillingService,
    private readonly marketplace: MarketplaceService,
  ) {}

  /** Idempotent by installId: a repeated call answers the first decision, as it was made. */
  async decide(input: DecideInstallBillingInput): Promise<InstallBillingDecisionResult> {
    const known = await this.existing(input);
    if (known) return known;
    const now = this.clock.now();
    // TR-3: the app's price and trial as they are at this moment are frozen on the install.
    const app = await this.catalog.appAt(input.appId, now);
    if (!app) throw new DomainError('APP_NOT_INSTALLABLE', 'the catalog does not know this app', { appId: input.appId });
    return this.accounts.write(input.accountId, async (w) => {
      // A concurrent call for the same install may have decided while this one waited for the lock.
      const raced = await w.manager.getRepository(InstallBilling).findOneBy({ installId: input.installId });
      if (raced) return this.answer(input, w.installs.find((b) => b.installId === raced.installId) ?? raced);
      const b = this.dataSource.getRepository(InstallBilling).create({
        installId: input.installId, accountId: input.accountId, appId: input.appId, vendorId: app.vendorId,
        state: BillingState.FREE, trialEndsAt: null, paidAppOptionsUsed: 0, priceKopecks: app.priceKopecks ?? 0,
        pendingPriceKopecks: null, pendingPriceFrom: null, paidSince: null, createdAt: now, removedAt: null,
        // Pending until accounts confirms its install committed (pending-decision.service.ts).
        pendingSince: now,
      });
      if (b.priceKopecks > 0) await this.decidePaid(w, b, input, app.trialDays ?? 0);
      await w.record(b, null, 'INSTALLED', null);
      if (b.state === BillingState.TRIAL) await this.accounts.scheduleSettle(w.manager, input.accountId, b.trialEndsAt!);
      return { installId: b.installId, state: b.state, trialEndsAt: b.trialEndsAt };
    });
  }

  private async decidePaid(w: AccountWrite, b: InstallBilling, input: DecideInstallBillingInput, trialDays: number) {
    // TR-2: only an account that never installed the app gets its trial; billing's own memory
    // of earlier installs counts as well as what accounts says. A released decision (pending and
    // removed) was an install that never committed: it does not count.
    const seen: unknown[] = await w.manager.query(
      `SELECT 1 FROM install_billings WHERE account_id = $1 AND app_id = $2 AND install_id <> $3
          AND (pending_since IS NULL OR removed_at IS NULL) LIMIT 1`,
      [input.accountId, input.appId, input.installId],
    );
    const granted: { ends_at: Date }[] = await w.manager.query(
      'SELECT ends_at FROM trial_extensions WHERE account_id = $1 AND app_id = $2 AND ends_at > $3',
      [input.accountId, input.appId, w.now],
    );
    if (trialDays > 0 && !input.everInstalledBefore && seen.length === 0) {
      // TR-4: a trial needs neither free options nor the marketplace subscription.
      b.state = BillingState.TRIAL;
      b.trialEndsAt = new Date(w.now.getTime() + trialDays * DAY);
      const extendedEnd = granted[0]?.ends_at;
      if (extendedEnd && extendedEnd > b.trialEndsAt) b.trialEndsAt = extendedEnd;
      return;
    }
    if (granted[0]) {
      // TX-1: a trial the vendor granted this account before it installed.
      b.state = BillingState.TRIAL;
      b.trialEndsAt = granted[0].ends_at;
      return;
    }
    if (!(await this.marketplace.isActive(w.manager, input.accountId, w.now))) {
      throw new DomainError('MARKETPLACE_SUBSCRIPTION_REQUIRED', 'a paid app needs an active marketplace subscription (BX-2)');
    }
    const needed = optionsFor(b.priceKopecks);
    if (needed > w.optionsFree) {
      throw new DomainError('NOT_ENOUGH_PAID_APP_OPTIONS', `the app needs ${needed} free paid-app options, the account has ${w.optionsFree} (PR-3)`, {
        needed, free: w.optionsFree,
      });
    }
    b.state = BillingState.PAID;
    b.paidAppOptionsUsed = needed;
    b.paidSince = w.now;
  }

  private async existing(input: DecideInstallBillingInput): Promise<InstallBillingDecisionResult | null> {
    const [decided] = await this.dataSource.getRepository(InstallBillingHistory).find({
      where: { installId: input.installId, cause: 'INSTALLED' }, take: 1,
    });
    const row = decided && (await this.dataSource.getRepository(InstallBilling).findOneByOrFail({ installId: input.installId }));
    return row ? this.answer(input, { ...row, state: decided.toState, trialEndsAt: decided.trialEndsAt }) : null;
  }

  private answer(input: DecideInstallBillingInput, row: InstallBilling): InstallBillingDecisionResult {
    if (row.accountId !== input.accountId || row.appId !== input.appId) {
      throw new DomainError('INSTALL_DECISION_MISMATCH', 'this install id was decided for another account or app');
    }
    return { installId: row.installId, state: row.state, trialEndsAt: row.trialEndsAt };
  }

  /**
   * Frees the install's options; idempotent, unknown installs included (nothing to free). Accounts
   * removes only installs that committed, so a removal also confirms a decision still pending (its
   * confirmation job may come later): the removed install counts for TR-2.
   */
  async recordRemoved(installId: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(InstallBilling).findOneBy({ installId });
    if (!row || row.removedAt) return true;
    return this.accounts.write(row.accountId, async (w) => {
      const live = w.installs.find((b) => b.installId === installId);
      if (!live) return true;
      await w.manager.query('UPDATE install_billings SET pending_since = NULL WHERE install_id = $1 AND removed_at IS NULL', [installId]);
      const from = live.state;
      live.removedAt = w.now;
      live.paidAppOptionsUsed = 0;
      await w.record(live, from, 'REMOVED', null);
      return true;
    });
  }
}
