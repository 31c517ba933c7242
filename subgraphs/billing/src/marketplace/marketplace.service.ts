import { randomUUID } from 'node:crypto';
import { type Clock, DAY, DomainError } from '@appmarket/core';
import type { IdempotencyKeys } from '@appmarket/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountBillingService } from '../installs/account-billing.service';
import { addMonths } from '../subscriptions/periods';
import { discounted } from '../subscriptions/subscription.service';

export interface MarketplaceSubscriptionStatus {
  accountId: string;
  active: boolean;
  demo: boolean;
  endsAt: Date | null;
}

interface Row {
  account_id: string;
  demo: boolean;
  ends_at: Date;
}

/**
 * The marketplace subscription (the Bitrix24 model): BX-2 paid apps need it, BX-4 it opens local
 * apps and webhooks in zone ru (accounts reads `active`), BX-5 a demo an account activates once.
 */
export class MarketplaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly accounts: AccountBillingService,
    private readonly settings: { monthlyKopecks: number; demoDays: number; discounts: ReadonlyMap<number, number> },
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /** One statement for any number of accounts: the running period that ends last. */
  async statusByAccountIds(accountIds: readonly string[]): Promise<MarketplaceSubscriptionStatus[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT DISTINCT ON (account_id) account_id, demo, ends_at FROM marketplace_subscriptions
        WHERE account_id = ANY($1) AND starts_at <= $2 AND ends_at > $2 ORDER BY account_id, ends_at DESC`,
      [[...accountIds], this.clock.now()],
    );
    const byId = new Map(rows.map((r) => [r.account_id, r]));
    return accountIds.map((accountId) => {
      const row = byId.get(accountId);
      return { accountId, active: !!row, demo: row?.demo ?? false, endsAt: row ? new Date(row.ends_at) : null };
    });
  }

  async isActive(manager: EntityManager, accountId: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM marketplace_subscriptions WHERE account_id = $1 AND starts_at <= $2 AND ends_at > $2 LIMIT 1', [accountId, at],
    );
    return rows.length > 0;
  }

  /**
   * BX-5: once per account (a partial unique index holds it), and not over a paid subscription.
   * With `idempotencyKey`, a retry of the activation answers the status instead of
   * MARKETPLACE_DEMO_ALREADY_USED.
   */
  async activateDemo(accountId: string, idempotencyKey?: string | null): Promise<MarketplaceSubscriptionStatus> {
    const request = { scope: `account:${accountId}`, key: idempotencyKey, operation: 'activateMarketplaceDemo', input: {} };
    return this.idempotency.transaction(request, {
      run: async (manager) => void (await this.activateDemoLocked(accountId, manager)),
      keep: () => null,
      replay: async () => undefined,
    }).then(async () => (await this.statusByAccountIds([accountId]))[0]!);
  }

  private async activateDemoLocked(accountId: string, manager: EntityManager): Promise<void> {
    await this.accounts.write(accountId, async (w) => {
      const used: unknown[] = await w.manager.query('SELECT 1 FROM marketplace_subscriptions WHERE account_id = $1 AND demo', [accountId]);
      if (used.length) throw new DomainError('MARKETPLACE_DEMO_ALREADY_USED', 'the marketplace subscription demo can be activated once (BX-5)');
      if (await this.isActive(w.manager, accountId, w.now)) {
        throw new DomainError('MARKETPLACE_SUBSCRIPTION_ACTIVE', 'the marketplace subscription is already active');
      }
      await w.manager.query(
        `INSERT INTO marketplace_subscriptions (id, account_id, demo, period_months, starts_at, ends_at) VALUES ($1, $2, true, NULL, $3, $4)`,
        [randomUUID(), accountId, w.now, new Date(w.now.getTime() + this.settings.demoDays * DAY)],
      );
    }, manager);
  }

  /**
   * A paid period, after the running one (a demo included), with the period's discount. With
   * `idempotencyKey`, a repeat with the same period pays nothing and answers the status.
   */
  async buy(accountId: string, periodMonths: number, idempotencyKey?: string | null): Promise<MarketplaceSubscriptionStatus> {
    const discount = this.settings.discounts.get(periodMonths);
    if (discount === undefined) {
      throw new DomainError('INVALID_SUBSCRIPTION_PERIOD', 'a subscription is bought for 1, 3, 6 or 12 months', { field: 'periodMonths', periodMonths });
    }
    const request = { scope: `account:${accountId}`, key: idempotencyKey, operation: 'buyMarketplaceSubscription', input: { periodMonths } };
    await this.idempotency.transaction(request, {
      run: (manager) => this.buyLocked(accountId, periodMonths, discount, manager),
      keep: (periodId) => ({ periodId }),
      replay: async (kept) => (kept as { periodId: string }).periodId,
    });
    return (await this.statusByAccountIds([accountId]))[0]!;
  }

  /** BX-2, BX-4: the price of each period the subscription is sold for, with its discount (what `buy` charges). */
  prices(): { periodMonths: number; discountPercent: number; listKopecks: number; paidKopecks: number }[] {
    return [...this.settings.discounts].map(([periodMonths, discountPercent]) => {
      const listKopecks = this.settings.monthlyKopecks * periodMonths;
      return { periodMonths, discountPercent, listKopecks, paidKopecks: discounted(listKopecks, discountPercent) };
    });
  }

  /** Inserts the paid period; returns its id. */
  private async buyLocked(accountId: string, periodMonths: number, discount: number, manager: EntityManager): Promise<string> {
    const id = randomUUID();
    await this.accounts.write(accountId, async (w) => {
      const [{ end }] = await w.manager.query(
        'SELECT max(ends_at) AS end FROM marketplace_subscriptions WHERE account_id = $1 AND ends_at > $2', [accountId, w.now],
      );
      const startsAt: Date = end ? new Date(end) : w.now;
      const list = this.settings.monthlyKopecks * periodMonths;
      await w.manager.query(
        `INSERT INTO marketplace_subscriptions (id, account_id, demo, period_months, starts_at, ends_at, list_price_kopecks, paid_kopecks)
         VALUES ($1, $2, false, $3, $4, $5, $6, $7)`,
        [id, accountId, periodMonths, startsAt, addMonths(startsAt, periodMonths), list, discounted(list, discount)],
      );
    }, manager);
    return id;
  }
}
