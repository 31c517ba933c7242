import { type Clock, DAY, DomainError } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import { OPTION_KOPECKS } from '../config';
import type { AccountBillingService, AccountWrite } from '../installs/account-billing.service';
import { BillingState } from '../installs/billing-state.enum';
import type { InstallBilling } from '../installs/install-billing.entity';

export interface PriceChangeInput {
  /** The catalog's id of this change: a repeated call with it changes nothing more. */
  changeId: string;
  appId: string;
  /** The new monthly price; null makes the app free. */
  priceKopecks: number | null;
  /** PC-3: the trial the current users of a free app made paid get (7 to 14 days). */
  trialDays: number | null;
}

export interface PriceChangeResult {
  changeId: string;
  appId: string;
  installsAffected: number;
}

/**
 * PC-1..PC-3, the effect of a price change on existing installs (docs/billing.md):
 * - paid → free: every install becomes FREE at once; its options are free again;
 * - free → paid (PC-3): FREE installs get the mandatory trial (7–14 days) from now, then TR-5;
 * - a new price: PAID installs keep the price they paid for until the end of the account's running
 *   subscription coverage and pay the new one from their next period; TRIAL and SUSPENDED
 *   installs take the new price at once (it is what they will pay at trial end or on resume).
 */
export class PriceChangeService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly accounts: AccountBillingService) {}

  async apply(input: PriceChangeInput): Promise<PriceChangeResult> {
    const price = input.priceKopecks;
    if (price !== null && (!Number.isInteger(price) || price <= 0 || price % OPTION_KOPECKS !== 0)) {
      throw new DomainError('INVALID_PRICE', 'a paid app costs a whole multiple of 500 RUB a month (PR-2)', { priceKopecks: price });
    }
    const done: { app_id: string; price_kopecks: number | null; installs_affected: number }[] = await this.dataSource.query(
      'SELECT app_id, price_kopecks, installs_affected FROM price_changes WHERE change_id = $1', [input.changeId],
    );
    if (done[0]) {
      if (done[0].app_id !== input.appId || done[0].price_kopecks !== price) {
        throw new DomainError('PRICE_CHANGE_ID_REUSED', 'this changeId was applied to another app or price');
      }
      return { changeId: input.changeId, appId: input.appId, installsAffected: done[0].installs_affected };
    }
    const rows: { account_id: string; free: boolean }[] = await this.dataSource.query(
      `SELECT account_id, bool_or(state = 'FREE') AS free FROM install_billings WHERE app_id = $1 AND removed_at IS NULL GROUP BY account_id`,
      [input.appId],
    );
    const trialDays = input.trialDays ?? 0;
    if (price !== null && rows.some((r) => r.free) && (trialDays < 7 || trialDays > 14)) {
      throw new DomainError('PRICE_CHANGE_TRIAL_REQUIRED', 'a free app made paid needs a trial of 7 to 14 days for its users (PC-3)');
    }
    let affected = 0;
    // One account at a time: each write locks only its own account.
    for (const { account_id } of rows) {
      affected += await this.accounts.write(account_id, async (w) => {
        let n = 0;
        for (const b of w.installs.filter((i) => i.appId === input.appId)) n += (await this.applyTo(w, b, price, trialDays)) ? 1 : 0;
        return n;
      });
    }
    await this.dataSource.query(
      `INSERT INTO price_changes (change_id, app_id, price_kopecks, trial_days, applied_at, installs_affected)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [input.changeId, input.appId, price, input.trialDays, this.clock.now(), affected],
    );
    return { changeId: input.changeId, appId: input.appId, installsAffected: affected };
  }

  private async applyTo(w: AccountWrite, b: InstallBilling, price: number | null, trialDays: number): Promise<boolean> {
    const from = b.state;
    if (price === null) {
      if (from === BillingState.FREE) return false;
      Object.assign(b, { state: BillingState.FREE, priceKopecks: 0, paidAppOptionsUsed: 0, trialEndsAt: null, pendingPriceKopecks: null, pendingPriceFrom: null });
      await w.record(b, from, 'PRICE_CHANGED', from === BillingState.SUSPENDED ? 'RESUME' : 'TARIFF_CHANGED');
      return true;
    }
    if (from === BillingState.FREE) {
      // PC-3: current users go on free for the trial, then TR-5 decides.
      Object.assign(b, { state: BillingState.TRIAL, priceKopecks: price, trialEndsAt: new Date(w.now.getTime() + trialDays * DAY) });
      await w.record(b, from, 'PRICE_CHANGED', 'TARIFF_CHANGED');
      await this.accounts.scheduleSettle(w.manager, w.accountId, b.trialEndsAt!);
      return true;
    }
    if (from === BillingState.PAID) {
      if (b.priceKopecks === price && b.pendingPriceKopecks === null) return false;
      const [{ end }] = await w.manager.query(
        'SELECT max(ends_at) AS end FROM subscriptions WHERE account_id = $1 AND starts_at <= $2 AND ends_at > $2', [w.accountId, w.now],
      );
      Object.assign(b, { pendingPriceKopecks: price, pendingPriceFrom: end ? new Date(end) : w.now });
      await w.record(b, from, 'PRICE_CHANGED', null);
      await this.accounts.scheduleSettle(w.manager, w.accountId, b.pendingPriceFrom!);
      return true;
    }
    if (b.priceKopecks === price) return false;
    b.priceKopecks = price;
    await w.record(b, from, 'PRICE_CHANGED', null);
    return true;
  }
}
