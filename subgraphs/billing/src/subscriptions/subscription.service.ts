import { randomUUID } from 'node:crypto';
import { DomainError, throwAll } from '@appmarket/core';
import type { IdempotencyKeys } from '@appmarket/db';
import type { DataSource } from 'typeorm';
import { OPTION_KOPECKS } from '../config';
import type { AccountBillingService, AccountWrite } from '../installs/account-billing.service';
import { BillingState } from '../installs/billing-state.enum';
import { optionsFor } from '../installs/settlement';
import { addMonths } from './periods';
import { Subscription } from './subscription.entity';

export interface BuyPaidAppOptionsInput {
  paidAppOptions: number;
  periodMonths: number;
  /** Start now, beside the running periods (more options at once), instead of after the last paid one. */
  startImmediately?: boolean | null;
}

/** Integer kopecks: `list` less `percent` %, rounded to the kopeck (exact for option prices). */
export function discounted(listKopecks: number, percent: number): number {
  return Math.round((listKopecks * (100 - percent)) / 100);
}

/**
 * PR-3: an account's subscription periods and the paid-app options they hold, bought for 1, 3, 6
 * or 12 months with that period's discount (BILLING_PERIOD_DISCOUNTS). A purchase that holds
 * options now resumes SUSPENDED installs it covers (BX-7: payment resumes them).
 */
export class SubscriptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountBillingService,
    private readonly discounts: ReadonlyMap<number, number>,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  prices(): { periodMonths: number; discountPercent: number; optionMonthlyKopecks: number }[] {
    return [...this.discounts].map(([periodMonths, discountPercent]) => ({ periodMonths, discountPercent, optionMonthlyKopecks: OPTION_KOPECKS }));
  }

  /**
   * A purchase; with `idempotencyKey`, a repeat by the account with the same input returns the
   * period the first one bought instead of paying again (docs/API.md, "Retries and idempotency").
   */
  async buy(accountId: string, userId: string, input: BuyPaidAppOptionsInput, idempotencyKey?: string | null): Promise<Subscription> {
    const discountPercent = this.discounts.get(input.periodMonths);
    // Both fields are checked before refusing, so a form shows every problem at once.
    const problems: DomainError[] = [];
    if (!Number.isInteger(input.paidAppOptions) || input.paidAppOptions < 1 || input.paidAppOptions > 1000) {
      problems.push(new DomainError('INVALID_PAID_APP_OPTIONS', 'a subscription buys 1 to 1000 paid-app options', { field: 'paidAppOptions' }));
    }
    if (discountPercent === undefined) {
      problems.push(new DomainError('INVALID_SUBSCRIPTION_PERIOD', 'a subscription is bought for 1, 3, 6 or 12 months', {
        field: 'periodMonths', periodMonths: input.periodMonths,
      }));
    }
    throwAll(problems);
    const request = {
      scope: `account:${accountId}`, key: idempotencyKey, operation: 'buyPaidAppOptions',
      input: { paidAppOptions: input.paidAppOptions, periodMonths: input.periodMonths, startImmediately: input.startImmediately ?? false },
    };
    return this.idempotency.transaction(request, {
      run: (manager) => this.accounts.write(accountId, (w) => this.buyLocked(w, userId, input, discountPercent!), manager),
      keep: (period) => ({ subscriptionId: period.id }),
      replay: (kept) => this.dataSource.getRepository(Subscription).findOneByOrFail({ id: (kept as { subscriptionId: string }).subscriptionId }),
    });
  }

  private async buyLocked(w: AccountWrite, userId: string, input: BuyPaidAppOptionsInput, discountPercent: number): Promise<Subscription> {
    const { accountId } = w;
    const [{ end }] = await w.manager.query(
      'SELECT max(ends_at) AS end FROM subscriptions WHERE account_id = $1 AND ends_at > $2', [accountId, w.now],
    );
    const startsAt: Date = input.startImmediately || !end ? w.now : new Date(end);
    const listPriceKopecks = input.paidAppOptions * OPTION_KOPECKS * input.periodMonths;
    const period = this.dataSource.getRepository(Subscription).create({
      id: randomUUID(), accountId, paidAppOptions: input.paidAppOptions, periodMonths: input.periodMonths, startsAt,
      endsAt: addMonths(startsAt, input.periodMonths), listPriceKopecks, discountPercent,
      paidKopecks: discounted(listPriceKopecks, discountPercent), purchasedAt: w.now, purchasedBy: userId,
    });
    await w.manager.getRepository(Subscription).insert(period);
    await w.resettle();
    await this.resumeSuspended(w);
    await this.accounts.revenue.accrueSubscription(w.manager, period, w.installs.filter((b) => b.state === BillingState.PAID));
    // BX-7: when the period ends, paid installs it alone covered are suspended.
    await this.accounts.scheduleSettle(w.manager, accountId, period.endsAt);
    return period;
  }

  private async resumeSuspended(w: AccountWrite) {
    const suspended = w.installs.filter((b) => b.state === BillingState.SUSPENDED && b.priceKopecks > 0)
      .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.installId.localeCompare(b.installId));
    let free = w.optionsFree;
    for (const b of suspended) {
      const needed = optionsFor(b.priceKopecks);
      if (needed > free) continue;
      free -= needed;
      b.state = BillingState.PAID;
      b.paidAppOptionsUsed = needed;
      b.paidSince = w.now;
      await w.record(b, BillingState.SUSPENDED, 'PAYMENT', 'RESUME');
    }
    if (suspended.length) await w.resettle();
  }

  findByAccountIds(accountIds: readonly string[]): Promise<Subscription[]> {
    return this.dataSource.getRepository(Subscription).createQueryBuilder('s')
      .where('s.account_id = ANY(:ids)', { ids: [...accountIds] }).orderBy('s.starts_at', 'DESC').getMany();
  }
}
